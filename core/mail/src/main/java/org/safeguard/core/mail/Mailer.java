package org.safeguard.core.mail;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.mail.internal.Channel;
import org.safeguard.core.mail.internal.DeliveryException;
import org.safeguard.core.mail.internal.MimeBuilder;
import org.safeguard.core.mail.internal.OutboxChannel;
import org.safeguard.core.mail.internal.SmtpChannel;
import org.safeguard.core.store.Disclosure;
import org.safeguard.core.store.DisclosureOutcome;
import org.safeguard.core.store.MailMessage;
import org.safeguard.core.store.MailQueue;
import org.safeguard.core.store.MailStatus;
import org.safeguard.core.store.NewDisclosure;
import org.safeguard.core.store.NewMail;
import org.safeguard.core.store.Store;
import org.safeguard.core.store.Tx;

/**
 * Queues messages and delivers them. {@link #enqueue} builds a message once and records it
 * with its disclosure in one transaction; {@link #deliverPending} sends what is due, over
 * SMTP or into the outbox.
 *
 * <p>What can and cannot happen twice: each message is marked SENDING in one transaction
 * before it goes on the wire and SENT in another after the server accepted it. If the
 * process dies in between, the message is still SENDING; once its claim lapses the next run
 * sends it again with the same bytes and the same Message-ID. So after a crash exactly at the
 * wire a receiving server may see one Message-ID twice (mail clients then show it once).
 * Nothing else is ever sent twice: a SENT message is final, a claimed one is left alone by
 * other runs until its claim lapses, and the same document version goes to the same
 * recipient only once unless resent on purpose.
 *
 * <p>A failed attempt (server down, refused login, a 4xx or 5xx reply) puts the message back
 * in the queue with a later attempt time ({@link RetryPolicy}) and the reason; after the
 * last attempt it is FAILED and so is its disclosure. Nothing queued is lost.
 *
 * <p>Thread-safe when each thread uses its own runs; two concurrent runs (even in two
 * processes on the same home) never send the same message at once.
 */
public final class Mailer {
    /** The actor named in the audit trail for delivery runs. */
    public static final String ACTOR = "mailer";
    private static final int BATCH = 200;
    /** How long one delivery run may go on: a slow server never holds a command (or serve's mail thread) for long. */
    static final java.time.Duration RUN_BUDGET = java.time.Duration.ofMinutes(2);

    private final Store store;
    private final MailSettings settings;
    private final Path outbox;
    private final RetryPolicy retry;

    public Mailer(Store store, MailSettings settings, Path outbox) {
        this(store, settings, outbox, RetryPolicy.DEFAULT);
    }

    /** {@code outbox} is the home's {@code outbox/} folder, used when no SMTP host is configured. */
    public Mailer(Store store, MailSettings settings, Path outbox, RetryPolicy retry) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    public MailSettings settings() {
        return settings;
    }

    /** Queues {@code mail} in a transaction of its own on behalf of {@code actor}. */
    public Enqueued enqueue(String actor, OutgoingMail mail, boolean resend) {
        return store.inTransaction(actor, tx -> enqueue(tx, mail, resend));
    }

    /**
     * Queues {@code mail} inside the caller's transaction, so a message and whatever caused
     * it (minutes marked circulated, say) are recorded together or not at all. The message is
     * built now — its Date is the transaction's time — and recorded with its disclosure
     * (outcome QUEUED). If this document version was already queued for this recipient the
     * call is skipped and says so, unless {@code resend}: then a new message is queued under
     * the next resend counter.
     */
    public Enqueued enqueue(Tx tx, OutgoingMail mail, boolean resend) {
        String to = MailQueue.normalise(mail.recipient().address());
        OptionalInt last = tx.mailQueue().lastResend(mail.document(), to);
        if (last.isPresent() && !resend) {
            MailMessage earlier = tx.mailQueue().findByKey(MailQueue.keyFor(mail.document(), to, last.getAsInt())).orElseThrow();
            return new Enqueued(false, earlier, tx.disclosures().forMail(earlier.id()).orElse(null));
        }
        int counter = last.isPresent() ? last.getAsInt() + 1 : 0;
        String messageId = MimeBuilder.newMessageId(settings.from());
        byte[] mime = MimeBuilder.build(mail, settings.from(), settings.replyTo().orElse(null), messageId, tx.now());
        MailMessage message = tx.mailQueue().add(new NewMail(mail.document(), to, mail.recipient().name(), counter, messageId,
                mail.subject(), mime));
        Disclosure disclosure = tx.disclosures().add(new NewDisclosure(mail.document(), mail.parts(), to, mail.recipient().name(),
                mail.recipient().agency(), mail.basis(), mail.children()), message.id(), DisclosureOutcome.QUEUED, "");
        return new Enqueued(true, message, disclosure);
    }

    /**
     * Sends every message that is due: queued ones whose attempt time has come, and ones left
     * SENDING by an interrupted run whose claim has lapsed. Each message's outcome is recorded
     * as it happens, so stopping part-way loses nothing.
     */
    public DeliveryReport deliverPending() {
        return deliverPending(null);
    }

    /**
     * Like {@link #deliverPending()}, with every time this run writes or compares (what is
     * due, claims, the next attempt after a failure) taken from {@code clock}: the caller's
     * request clock, so a test or a catch-up sweep decides what "now" is.
     */
    public DeliveryReport deliverPending(Clock clock) {
        List<MailMessage> due = inTransaction(clock, tx -> tx.mailQueue().due(BATCH));
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        List<String> problems = new ArrayList<>();
        if (!due.isEmpty()) {
            try (Channel channel = settings.outboxMode() ? new OutboxChannel(outbox) : new SmtpChannel(settings)) {
                long deadline = System.nanoTime() + RUN_BUDGET.toNanos();
                for (MailMessage candidate : due) {
                    if (System.nanoTime() > deadline) {
                        problems.add("stopped after " + RUN_BUDGET.toSeconds() + " s: the rest wait for the next run");
                        break;
                    }
                    Optional<Claimed> claimed = inTransaction(clock, tx -> tx.mailQueue()
                            .claim(candidate.id(), tx.now().plus(retry.claim()))
                            .map(m -> new Claimed(m, tx.mailQueue().content(m.id()).orElseThrow())));
                    if (claimed.isEmpty()) {
                        continue; // another run claimed or finished it meanwhile
                    }
                    MailMessage m = claimed.get().message();
                    try {
                        channel.deliver(m, claimed.get().mime());
                    } catch (DeliveryException e) {
                        problems.add(m.key() + ": " + e.getMessage());
                        if (recordFailure(clock, m, e.getMessage(), e.kind() == DeliveryException.Kind.PERMANENT)) {
                            failed++;
                        } else {
                            retrying++;
                        }
                        if (e.kind() == DeliveryException.Kind.NOT_ANSWERING) {
                            // one message has waited out the timeout: the others are not made to wait too
                            problems.add("the server stopped answering: the rest wait for the next run");
                            break;
                        }
                        continue;
                    }
                    try {
                        recordSent(clock, m, channel.describe());
                        sent++;
                    } catch (SafeguardException e) {
                        // only when another run resumed this message after its claim lapsed mid-send: it is theirs to record
                        problems.add(m.key() + ": sent, but " + e.getMessage());
                    }
                }
            }
        }
        Map<MailStatus, Integer> counts = inTransaction(clock, tx -> tx.mailQueue().counts());
        return new DeliveryReport(sent, retrying, failed, counts.get(MailStatus.QUEUED) + counts.get(MailStatus.SENDING),
                counts.get(MailStatus.SENDING), problems);
    }

    private void recordSent(Clock clock, MailMessage m, String where) {
        inTransaction(clock, tx -> {
            tx.mailQueue().markSent(m.id());
            tx.disclosures().forMail(m.id()).ifPresent(d -> tx.disclosures().recordOutcome(d.id(), DisclosureOutcome.SENT, where));
            return null;
        });
    }

    /**
     * Puts the message back with a later attempt, or fails it after its last — or at once when
     * the server refused it for good (a 5xx reply); true when it failed for good.
     */
    private boolean recordFailure(Clock clock, MailMessage m, String reason, boolean permanent) {
        boolean last = permanent || retry.isFinal(m.attempts());
        inTransaction(clock, tx -> {
            if (last) {
                tx.mailQueue().markFailed(m.id(), reason);
                tx.disclosures().forMail(m.id()).ifPresent(d -> tx.disclosures().recordOutcome(d.id(), DisclosureOutcome.FAILED,
                        (permanent ? "refused by the server: " : "after " + m.attempts() + " attempts: ") + reason));
            } else {
                tx.mailQueue().retryLater(m.id(), tx.now().plus(retry.delayAfter(m.attempts())), reason);
            }
            return null;
        });
        return last;
    }

    /** A delivery run's transaction, as the mailer, on the given clock (the store's own when null). */
    private <R> R inTransaction(Clock clock, Function<Tx, R> work) {
        return clock == null ? store.inTransaction(ACTOR, work) : store.inTransaction(ACTOR, clock, work);
    }

    private record Claimed(MailMessage message, byte[] mime) {
    }

    @Override
    public String toString() {
        return "Mailer[" + settings + "]";
    }
}
