package org.safeguard.core.mail;

import java.util.List;

/**
 * What one {@link Mailer#deliverPending} run did: messages sent, put back with a later
 * attempt, and given up on after their last attempt; {@code stillQueued} counts every
 * message waiting afterwards (queued, or mid-send elsewhere), and {@code midSend} those of them
 * still marked as being sent: in another run now, or caught on the wire by an interrupted one —
 * the server may already have such a message, and it goes again, with the same Message-ID, once
 * its claim lapses. {@code problems} has one line per failed attempt — the message key and the
 * reason, never message content. Immutable.
 */
public record DeliveryReport(int sent, int retrying, int failed, int stillQueued, int midSend, List<String> problems) {
    public DeliveryReport {
        problems = List.copyOf(problems);
        if (midSend > stillQueued) {
            throw new IllegalArgumentException("midSend " + midSend + " > stillQueued " + stillQueued);
        }
    }

    @Override
    public String toString() {
        return sent + " sent, " + retrying + " to retry, " + failed + " failed, " + (stillQueued - midSend) + " still queued"
                + (midSend > 0 ? ", " + midSend + " mid-send" : "");
    }
}
