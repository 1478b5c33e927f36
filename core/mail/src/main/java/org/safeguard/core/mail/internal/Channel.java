package org.safeguard.core.mail.internal;

import org.safeguard.core.store.MailMessage;

/** Where due messages go in one delivery run: an SMTP server or the outbox folder. Not thread-safe. */
public interface Channel extends AutoCloseable {
    /** Puts the message's bytes on their way to its recipient, or says why not (without quoting the message). */
    void deliver(MailMessage message, byte[] mime) throws DeliveryException;

    /** Where delivered messages went, for the disclosure log: {@code smtp mail.example.org:587} or {@code outbox}. */
    String describe();

    @Override
    void close();
}
