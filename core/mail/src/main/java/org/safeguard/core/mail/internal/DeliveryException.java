package org.safeguard.core.mail.internal;

/** One attempt failed; the message is a reason fit to store — server replies and causes, no message content. */
public final class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Kind kind;

    /** How a delivery failed: worth retrying later, refused for good by the server, or the server stopped answering. */
    public enum Kind { TEMPORARY, PERMANENT, NOT_ANSWERING }

    public DeliveryException(String reason, Throwable cause) {
        this(reason, cause, Kind.TEMPORARY);
    }

    public DeliveryException(String reason, Throwable cause, Kind kind) {
        super(reason, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
