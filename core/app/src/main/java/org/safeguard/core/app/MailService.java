package org.safeguard.core.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.safeguard.core.model.Role;

/**
 * The outgoing mail queue: what is waiting, retrying or failed (an audited read: the queue
 * names recipients and subjects), and delivering what is due — over SMTP when the home
 * configures a host, else into the home's outbox folder. A message that cannot be sent stays
 * queued and is retried with backoff; after its last attempt it fails, and so does its
 * disclosure. The settings are read afresh on every call, so a corrected configuration takes
 * effect without a restart. Implementations are thread-safe; two deliveries at once never send
 * the same message twice.
 */
public interface MailService {
    /** Where a message stands. */
    enum State { QUEUED, SENDING, SENT, FAILED }

    /**
     * Where mail goes.
     *
     * @param outbox the home's outbox folder, used when no SMTP host is configured
     * @param host   the SMTP host, or null when mail goes to the outbox
     * @param port   the SMTP port
     */
    record Route(Path outbox, String host, int port) {
        public boolean toOutbox() {
            return host == null;
        }
    }

    /**
     * A message in the queue, without its content.
     *
     * @param key         the document, version and recipient (stable and unique; names no child)
     * @param nextAttempt when a queued message is next tried
     * @param lastError   why the last attempt failed, or null
     */
    record Message(long id, String key, String document, int version, String recipient, String subject, State state, int attempts,
                   Instant nextAttempt, String lastError) {
    }

    /** The queue: where mail goes, how many messages are in each state, and every message not yet sent (sending, queued, failed). */
    record Queue(Route route, Map<State, Integer> counts, List<Message> waiting) {
        public Queue {
            counts = Map.copyOf(counts);
            waiting = List.copyOf(waiting);
        }
    }

    /**
     * What one delivery run did: messages sent, put back with a later attempt, and given up on
     * after their last; {@code stillQueued} counts every message waiting afterwards, {@code
     * midSend} those of them marked as being sent (by another run now, or caught on the wire by
     * an interrupted one: the server may have it, and it goes again with the same Message-ID once
     * its claim lapses), and
     * {@code failedInQueue} every message given up on, in this run or before, that nobody has
     * queued again. {@code problems} has one line per failed attempt — the message key and the
     * reason, never content.
     */
    record Delivery(int sent, int retrying, int failed, int stillQueued, int midSend, int failedInQueue, List<String> problems) {
        public Delivery {
            problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        }

        /** Whether any message could not be sent this time. */
        public boolean troubled() {
            return failed > 0 || retrying > 0;
        }

        @Override
        public String toString() {
            return sent + " sent, " + retrying + " to retry, " + failed + " failed, " + (stillQueued - midSend) + " still queued"
                    + (midSend > 0 ? ", " + midSend + " mid-send" : "")
                    + (failedInQueue > failed ? ", " + (failedInQueue - failed) + " failed earlier" : "");
        }
    }

    /** The queue as it stands; the read is audited. */
    @Needs(Role.COORDINATOR)
    Queue status(RequestContext ctx);

    /**
     * Sends every message that is due by the request's clock. {@code retryNow} first makes every
     * queued message due now, without waiting out its backoff (after fixing the settings, or
     * when the server is back); that is audited.
     */
    @Needs(Role.COORDINATOR)
    Delivery deliver(RequestContext ctx, boolean retryNow);
}
