package org.safeguard.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.store.internal.MailRows;

/**
 * The outgoing mail queue. A message moves QUEUED → SENDING → SENT, or back to QUEUED with a
 * later attempt time when a send fails, or to FAILED after the last attempt. Each move is
 * its own transaction, so a crash leaves a message either untouched, visibly mid-send, or
 * sent. Audit entries name the message key, never the recipient or subject.
 */
public final class MailQueue {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    MailQueue(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /** Addresses are compared and stored in lower case, so a duplicate is a duplicate however it was typed. */
    public static String normalise(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The message key: {@code minutes-12-v3-r<12 hex digits of the recipient's hash>}, with
     * {@code -resend1}, {@code -resend2} … for deliberate resends. Safe as a file name, and
     * it names no one.
     */
    public static String keyFor(DocumentRef document, String recipient, int resend) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalise(recipient).getBytes(StandardCharsets.UTF_8));
            String key = document.token() + "-r" + HexFormat.of().formatHex(hash, 0, 6);
            return resend == 0 ? key : key + "-resend" + resend;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Queues a message, due now. A second message for the same document version, recipient and resend counter is refused. */
    public MailMessage add(NewMail m) {
        String recipient = normalise(m.recipient());
        if (recipient.isEmpty()) {
            throw InvalidInputException.of("message refused", Problem.of("recipient", "a message needs a recipient address"));
        }
        String key = keyFor(m.document(), recipient, m.resend());
        if (findByKey(key).isPresent()) {
            throw new SafeguardException("message " + key + " is already queued; queue a resend to send it again");
        }
        long id = handle.createUpdate("""
                INSERT INTO mail_message (message_key, document_kind, document_id, document_version, recipient, recipient_name,
                    resend, message_id, subject, mime, status, attempts, next_attempt, created)
                VALUES (:key, :kind, :doc, :version, :to, :name, :resend, :mid, :subject, :mime, 'QUEUED', 0, :due, :now)""")
                .bind("key", key).bind("kind", m.document().kind()).bind("doc", m.document().id())
                .bind("version", m.document().version()).bind("to", recipient).bind("name", m.recipientName())
                .bind("resend", m.resend()).bind("mid", m.messageId()).bind("subject", m.subject())
                .bind("mime", m.mime().clone()).bind("due", at(now)).bind("now", now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("queue", "mail_message", id, "key=" + key);
        return require(id);
    }

    public Optional<MailMessage> find(long id) {
        return handle.createQuery("SELECT * FROM mail_message WHERE id = ?").bind(0, id).map(MailRows::message).findOne();
    }

    public MailMessage require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no queued message with id " + id));
    }

    public Optional<MailMessage> findByKey(String key) {
        return handle.createQuery("SELECT * FROM mail_message WHERE message_key = ?").bind(0, key).map(MailRows::message).findOne();
    }

    /** The highest resend counter used for this document version and recipient, if it was ever queued for them. */
    public OptionalInt lastResend(DocumentRef document, String recipient) {
        Optional<Integer> last = handle.createQuery("""
                SELECT max(resend) FROM mail_message
                WHERE document_kind = ? AND document_id = ? AND document_version = ? AND recipient = ?""")
                .bind(0, document.kind()).bind(1, document.id()).bind(2, document.version()).bind(3, normalise(recipient))
                .mapTo(Integer.class).findOne();
        return last.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** The complete MIME bytes of a message not yet sent; a sent message's copy is not kept. */
    public Optional<byte[]> content(long id) {
        return handle.createQuery("SELECT mime FROM mail_message WHERE id = ?").bind(0, id).mapTo(byte[].class).findOne();
    }

    /**
     * Messages due at this transaction's moment, oldest first: queued ones whose next attempt
     * has come, and ones left SENDING whose claim has lapsed (interrupted mid-send).
     */
    public List<MailMessage> due(int limit) {
        return handle.createQuery("""
                SELECT * FROM mail_message WHERE status IN ('QUEUED', 'SENDING') AND next_attempt <= ?
                ORDER BY next_attempt, id LIMIT ?""")
                .bind(0, at(now)).bind(1, limit).map(MailRows::message).list();
    }

    /**
     * Claims a due message for sending: SENDING, one more attempt, and a claim that lapses at
     * {@code claimUntil}. Empty when the message is no longer due — another sender claimed or
     * finished it — so two senders never put the same message on the wire at once.
     */
    public Optional<MailMessage> claim(long id, Instant claimUntil) {
        int claimed = handle.createUpdate("""
                UPDATE mail_message SET status = 'SENDING', attempts = attempts + 1, next_attempt = ?
                WHERE id = ? AND status IN ('QUEUED', 'SENDING') AND next_attempt <= ?""")
                .bind(0, at(claimUntil)).bind(1, id).bind(2, at(now)).execute();
        return claimed == 1 ? find(id) : Optional.empty();
    }

    /** The message went: SENT now, and its bytes are dropped. */
    public MailMessage markSent(long id) {
        MailMessage m = requireSending(id);
        handle.createUpdate("UPDATE mail_message SET status = 'SENT', sent = ?, mime = NULL, last_error = NULL WHERE id = ?")
                .bind(0, now.toString()).bind(1, id).execute();
        audit.record("send", "mail_message", id, "key=" + m.key() + " attempts=" + m.attempts());
        return require(id);
    }

    /** The attempt failed and another will follow at {@code nextAttempt}. The error must not quote the message. */
    public MailMessage retryLater(long id, Instant nextAttempt, String error) {
        MailMessage m = requireSending(id);
        handle.createUpdate("UPDATE mail_message SET status = 'QUEUED', next_attempt = ?, last_error = ? WHERE id = ?")
                .bind(0, at(nextAttempt)).bind(1, error).bind(2, id).execute();
        audit.record("defer", "mail_message", id, "key=" + m.key() + " attempts=" + m.attempts());
        return require(id);
    }

    /** The last attempt failed: the message is given up on, and kept (with its bytes) to show what was not sent. */
    public MailMessage markFailed(long id, String error) {
        MailMessage m = requireSending(id);
        handle.createUpdate("UPDATE mail_message SET status = 'FAILED', last_error = ? WHERE id = ?")
                .bind(0, error).bind(1, id).execute();
        audit.record("fail", "mail_message", id, "key=" + m.key() + " attempts=" + m.attempts());
        return require(id);
    }

    /**
     * Brings every queued message's next attempt forward to now — for a coordinator who has
     * fixed the mail settings and does not want to wait out the backoff. Messages being sent
     * (SENDING) keep their claim, so nothing can go twice. Returns how many were brought forward.
     */
    public int retryNow() {
        int n = handle.createUpdate("UPDATE mail_message SET next_attempt = ? WHERE status = 'QUEUED' AND next_attempt > ?")
                .bind(0, at(now)).bind(1, at(now)).execute();
        if (n > 0) {
            audit.record("retry-now", "mail_message", null, "messages=" + n);
        }
        return n;
    }

    /** How each of these messages stands, in one query (ids that do not exist are left out). */
    public Map<Long, MailStatus> statuses(java.util.Collection<Long> ids) {
        Map<Long, MailStatus> out = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        handle.createQuery("SELECT id, status FROM mail_message WHERE id IN (<ids>) ORDER BY id").bindList("ids", List.copyOf(ids))
                .map((r, ctx) -> Map.entry(r.getLong("id"), MailStatus.valueOf(r.getString("status"))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public List<MailMessage> withStatus(MailStatus status) {
        return handle.createQuery("SELECT * FROM mail_message WHERE status = ? ORDER BY id")
                .bind(0, status.name()).map(MailRows::message).list();
    }

    /** How many messages are in each state (every state present, zero when none). */
    public Map<MailStatus, Integer> counts() {
        Map<MailStatus, Integer> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus s : MailStatus.values()) {
            counts.put(s, 0);
        }
        handle.createQuery("SELECT status, count(*) AS n FROM mail_message GROUP BY status")
                .map((r, ctx) -> Map.entry(MailStatus.valueOf(r.getString("status")), r.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /**
     * Attempt times are compared as text, so they are kept to whole seconds: {@code Instant}'s
     * text drops a zero fraction, and {@code 10:00:00Z} would sort after {@code 10:00:00.5Z}.
     */
    private static String at(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private MailMessage requireSending(long id) {
        MailMessage m = require(id);
        if (m.status() != MailStatus.SENDING) {
            throw new SafeguardException("message " + m.key() + " is " + m.status().name().toLowerCase(Locale.ROOT)
                    + ", not being sent; it was not changed");
        }
        return m;
    }
}
