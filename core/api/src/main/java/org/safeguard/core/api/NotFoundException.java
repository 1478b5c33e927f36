package org.safeguard.core.api;

/** Something asked for by id or name does not exist (or is not available in this home). */
public class NotFoundException extends SafeguardException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
