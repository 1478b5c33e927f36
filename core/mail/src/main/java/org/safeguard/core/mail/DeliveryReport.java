package org.safeguard.core.mail;

import java.util.List;

/**
 * What one {@link Mailer#deliverPending} run did: messages sent, put back with a later
 * attempt, and given up on after their last attempt; {@code stillQueued} counts every
 * message waiting afterwards (queued, or mid-send elsewhere). {@code problems} has one line
 * per failed attempt — the message key and the reason, never message content. Immutable.
 */
public record DeliveryReport(int sent, int retrying, int failed, int stillQueued, List<String> problems) {
    public DeliveryReport {
        problems = List.copyOf(problems);
    }

    @Override
    public String toString() {
        return sent + " sent, " + retrying + " to retry, " + failed + " failed, " + stillQueued + " still queued";
    }
}
