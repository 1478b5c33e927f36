package org.safeguard.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.ChecklistResult;
import org.safeguard.core.model.Screening;
import org.safeguard.core.store.internal.ChecklistCodec;
import org.safeguard.core.store.internal.InstrumentCodec;
import org.safeguard.core.store.internal.Json;
import org.safeguard.core.store.internal.Rows;

/**
 * Checklist results recorded on cases, and every checklist version they used, kept as it was:
 * a screening is reproducible from its answers with the checklist's plugin gone. Only added.
 */
public final class Screenings {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Screenings(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /**
     * Records the checklist's definition on first use. A different definition under a version
     * already recorded is refused: results would no longer be reproducible.
     */
    public void remember(Checklist checklist) {
        String definition = ChecklistCodec.encode(checklist);
        String fingerprint = InstrumentCodec.fingerprint(definition);
        Optional<String> known = handle.createQuery("SELECT fingerprint FROM checklist_version WHERE checklist_id = ? AND version = ?")
                .bind(0, checklist.id()).bind(1, checklist.version()).mapTo(String.class).findOne();
        if (known.isEmpty()) {
            handle.createUpdate("INSERT INTO checklist_version (checklist_id, version, definition, fingerprint, first_used) VALUES (?, ?, ?, ?, ?)")
                    .bind(0, checklist.id()).bind(1, checklist.version()).bind(2, definition).bind(3, fingerprint).bind(4, now.toString()).execute();
            long row = handle.createQuery("SELECT rowid FROM checklist_version WHERE checklist_id = ? AND version = ?")
                    .bind(0, checklist.id()).bind(1, checklist.version()).mapTo(Long.class).one();
            audit.record("remember", "checklist_version", null, "checklist=" + checklist.id() + " version=" + checklist.version(),
                    AuditTrail.Sealed.CHECKLIST_VERSION, row);
        } else if (!known.get().equals(fingerprint)) {
            throw new SafeguardException("checklist " + checklist.id() + " version " + checklist.version()
                    + " differs from the definition recorded under that version; the plugin must give a changed checklist a new version");
        }
    }

    /** The checklist exactly as it was recorded. */
    public Optional<Checklist> version(String checklistId, String version) {
        return handle.createQuery("SELECT definition FROM checklist_version WHERE checklist_id = ? AND version = ?")
                .bind(0, checklistId).bind(1, version).mapTo(String.class).findOne().map(ChecklistCodec::decode);
    }

    /** Records a result on a case; the checklist version it used must be remembered first. */
    public Screening add(long caseId, long childId, ChecklistResult result) {
        return add(caseId, childId, result, Map.of());
    }

    /**
     * Records a result on a case with a note per answer (question id to the note as written, the
     * caller having checked the ids); the checklist version it used must be remembered first.
     */
    public Screening add(long caseId, long childId, ChecklistResult result, Map<String, String> notes) {
        long id = handle.createUpdate("""
                INSERT INTO screening (case_id, child_id, checklist_id, checklist_version, answers, complete, proposals, rules, assessor,
                                       recorded, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, caseId).bind(1, childId).bind(2, result.checklistId()).bind(3, result.version()).bind(4, Json.write(result.answers()))
                .bind(5, result.complete() ? 1 : 0).bind(6, Json.write(result.proposals()))
                .bind(7, Json.write(result.rules().stream().map(Held::of).toList())).bind(8, audit.actor()).bind(9, now.toString())
                .bind(10, Json.write(notes))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("add", "screening", id, "case=" + caseId + " checklist=" + result.checklistId(), AuditTrail.Sealed.SCREENING, id);
        return handle.createQuery("SELECT * FROM screening WHERE id = ?").bind(0, id).map(Rows::screening).one();
    }

    /** The screenings of a case, oldest first. */
    public List<Screening> forCase(long caseId) {
        return handle.createQuery("SELECT * FROM screening WHERE case_id = ? ORDER BY id").bind(0, caseId).map(Rows::screening).list();
    }

    /** How a rule that held is stored: its id, section and what it proposed. */
    private static final class Held {
        static java.util.Map<String, Object> of(ChecklistResult.Held h) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("rule", h.rule());
            m.put("source", h.source());
            m.put("proposes", h.proposes());
            return m;
        }
    }
}
