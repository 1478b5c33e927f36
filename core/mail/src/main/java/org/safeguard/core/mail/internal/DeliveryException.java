package org.safeguard.core.mail.internal;

/** One attempt failed; the message is a reason fit to store — server replies and causes, no message content. */
public final class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public DeliveryException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
