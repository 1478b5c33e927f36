package org.safeguard.core.api;

/**
 * The toolkit's one unchecked base exception. Its message is written for the person at the
 * keyboard: it names what could not be done and why, and never carries a child's details.
 */
public class SafeguardException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SafeguardException(String message) {
        super(message);
    }

    public SafeguardException(String message, Throwable cause) {
        super(message, cause);
    }
}
