package org.safeguard.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.store.internal.MailRows;

/**
 * The disclosure log: every document sent or exported — which document and version, which
 * parts, to whom, on what basis, when — and what became of it. Append-only: entries and
 * their outcomes are only ever added (the schema's triggers refuse anything else).
 */
public final class Disclosures {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Disclosures(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /**
     * Records a disclosure with its first outcome: QUEUED for a message waiting in the queue,
     * SENT for a document handed over directly (an export). {@code mailMessageId} is the
     * message carrying it, or {@code null}.
     */
    public Disclosure add(NewDisclosure d, Long mailMessageId, DisclosureOutcome outcome, String detail) {
        List<Problem> problems = new ArrayList<>();
        if (d.recipient() == null || d.recipient().isBlank()) {
            problems.add(Problem.of("recipient", "name who the document goes to"));
        }
        if (d.recipientAgency() == null || d.recipientAgency().isBlank()) {
            problems.add(Problem.of("agency", "name the recipient's agency"));
        }
        if (d.basis() == null || d.basis().isBlank()) {
            problems.add(Problem.of("basis", "a disclosure is recorded with the basis for sharing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("disclosure refused", problems);
        }
        long id = handle.createUpdate("""
                INSERT INTO disclosure (document_kind, document_id, document_version, parts, recipient, recipient_name,
                    recipient_agency, basis, disclosed, mail_message_id, recorded_by)
                VALUES (:kind, :doc, :version, :parts, :to, :name, :agency, :basis, :now, :mail, :by)""")
                .bind("kind", d.document().kind()).bind("doc", d.document().id()).bind("version", d.document().version())
                .bind("parts", d.parts().name()).bind("to", MailQueue.normalise(d.recipient())).bind("name", d.recipientName())
                .bind("agency", d.recipientAgency().strip()).bind("basis", d.basis().strip()).bind("now", now.toString())
                .bind("mail", mailMessageId).bind("by", audit.actor())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        if (!d.children().isEmpty()) {
            // one statement however many children the copy concerned
            handle.createUpdate("INSERT INTO disclosure_child (disclosure_id, child_id) SELECT ?, value FROM json_each(?)")
                    .bind(0, id).bind(1, d.children().toString()).execute();
        }
        audit.record("disclose", "disclosure", id, "document=" + d.document().token() + " parts=" + d.parts()
                + (d.children().isEmpty() ? "" : " children=" + d.children().size()), AuditTrail.Sealed.DISCLOSURE, id);
        addOutcome(id, outcome, detail);
        return require(id);
    }

    /** Adds what became of a disclosure; the latest outcome is its current one. */
    public Disclosure recordOutcome(long disclosureId, DisclosureOutcome outcome, String detail) {
        require(disclosureId);
        addOutcome(disclosureId, outcome, detail);
        return require(disclosureId);
    }

    /** Which children each of these disclosures concerned, by child id (disclosures that concerned none are absent). */
    public Map<Long, List<Long>> childrenOf(Collection<Long> disclosureIds) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        if (!disclosureIds.isEmpty()) {
            handle.createQuery("SELECT disclosure_id, child_id FROM disclosure_child WHERE disclosure_id IN (<ids>) ORDER BY disclosure_id, child_id")
                    .bindList("ids", List.copyOf(disclosureIds))
                    .map((r, c) -> Map.entry(r.getLong(1), r.getLong(2)))
                    .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return out;
    }

    /**
     * The meeting whose document each of these disclosures carried, by meeting id (other documents
     * are absent). A cancellation names its meeting directly; the papers, by their document version.
     */
    public Map<Long, Long> meetingsOf(Collection<Long> disclosureIds) {
        Map<Long, Long> out = new LinkedHashMap<>();
        if (!disclosureIds.isEmpty()) {
            handle.createQuery("""
                    SELECT d.id, md.meeting_id FROM disclosure d
                    JOIN meeting_document md ON md.id = d.document_id AND lower(md.kind) = d.document_kind
                    WHERE d.id IN (<ids>)
                    UNION ALL
                    SELECT d.id, d.document_id FROM disclosure d WHERE d.document_kind = 'cancellation' AND d.id IN (<ids>)""").bindList("ids", List.copyOf(disclosureIds))
                    .map((r, c) -> Map.entry(r.getLong(1), r.getLong(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /**
     * The disclosures that match every filter given (each may be null), oldest first: those that
     * concerned a child, were of a meeting's documents, went to an address, or were made since a moment.
     */
    public List<Disclosure> matching(Long childId, Long meetingId, String recipient, Instant since) {
        StringBuilder sql = new StringBuilder("SELECT * FROM disclosure_log d WHERE 1 = 1");
        if (childId != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM disclosure_child k WHERE k.disclosure_id = d.id AND k.child_id = :child)");
        }
        if (meetingId != null) {
            sql.append(" AND (EXISTS (SELECT 1 FROM meeting_document md WHERE md.id = d.document_id AND lower(md.kind) = d.document_kind"
                    + " AND md.meeting_id = :meeting) OR (d.document_kind = 'cancellation' AND d.document_id = :meeting))");
        }
        if (recipient != null) {
            sql.append(" AND d.recipient = :recipient");
        }
        if (since != null) {
            sql.append(" AND julianday(d.disclosed) >= julianday(:since)");
        }
        sql.append(" ORDER BY d.id");
        var q = handle.createQuery(sql.toString());
        if (childId != null) q.bind("child", childId);
        if (meetingId != null) q.bind("meeting", meetingId);
        if (recipient != null) q.bind("recipient", MailQueue.normalise(recipient));
        if (since != null) q.bind("since", since.toString());
        return q.map(MailRows::disclosure).list();
    }

    public Optional<Disclosure> find(long id) {
        return handle.createQuery("SELECT * FROM disclosure_log WHERE id = ?").bind(0, id).map(MailRows::disclosure).findOne();
    }

    public Disclosure require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no disclosure with id " + id));
    }

    /** The disclosure a queued message carries. */
    public Optional<Disclosure> forMail(long mailMessageId) {
        return handle.createQuery("SELECT * FROM disclosure_log WHERE mail_message_id = ?")
                .bind(0, mailMessageId).map(MailRows::disclosure).findOne();
    }

    /** Every disclosure of any version of a document, oldest first. */
    public List<Disclosure> forDocument(String kind, long documentId) {
        return handle.createQuery("SELECT * FROM disclosure_log WHERE document_kind = ? AND document_id = ? ORDER BY id")
                .bind(0, kind).bind(1, documentId).map(MailRows::disclosure).list();
    }

    public List<Disclosure> latest(int limit) {
        return handle.createQuery("SELECT * FROM disclosure_log ORDER BY id DESC LIMIT ?").bind(0, limit).map(MailRows::disclosure).list();
    }

    /** Every outcome of a disclosure, in order. */
    public List<DisclosureOutcome> outcomes(long disclosureId) {
        return handle.createQuery("SELECT outcome FROM disclosure_outcome WHERE disclosure_id = ? ORDER BY id")
                .bind(0, disclosureId).mapTo(String.class).map(DisclosureOutcome::valueOf).list();
    }

    private void addOutcome(long disclosureId, DisclosureOutcome outcome, String detail) {
        long id = handle.createUpdate("INSERT INTO disclosure_outcome (disclosure_id, outcome, at, detail) VALUES (?, ?, ?, ?)")
                .bind(0, disclosureId).bind(1, outcome.name()).bind(2, now.toString()).bind(3, detail == null ? "" : detail)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("outcome", "disclosure", disclosureId, outcome.name().toLowerCase(java.util.Locale.ROOT), AuditTrail.Sealed.DISCLOSURE_OUTCOME, id);
    }
}
