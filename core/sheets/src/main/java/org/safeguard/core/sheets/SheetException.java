package org.safeguard.core.sheets;

/** A table file that cannot be read or written, with a message naming the file and what is wrong. */
public final class SheetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SheetException(String message) {
        super(message);
    }

    public SheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
