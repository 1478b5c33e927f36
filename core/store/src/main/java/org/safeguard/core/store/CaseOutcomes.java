package org.safeguard.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.model.CaseOutcome;
import org.safeguard.core.store.internal.Rows;

/** Outcomes recorded on cases, on the victim or on a person of concern: only ever added. */
public final class CaseOutcomes {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    CaseOutcomes(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /** Records an outcome; the caller has checked the code is the area's and the person is linked to the case's child. */
    public CaseOutcome add(long caseId, String code, Long personId, String note, LocalDate achievedOn) {
        long id = handle.createUpdate("""
                INSERT INTO case_outcome (case_id, code, person_id, note, achieved_on, recorded_by, recorded)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, caseId).bind(1, code).bind(2, personId).bind(3, note).bind(4, achievedOn.toString())
                .bind(5, audit.actor()).bind(6, now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("add", "case_outcome", id, "case=" + caseId + " code=" + code + (personId == null ? " on=victim" : " person=" + personId),
                AuditTrail.Sealed.CASE_OUTCOME, id);
        return handle.createQuery("SELECT * FROM case_outcome WHERE id = ?").bind(0, id).map(Rows::caseOutcome).one();
    }

    /** The outcomes of a case, oldest first. */
    public List<CaseOutcome> forCase(long caseId) {
        return handle.createQuery("SELECT * FROM case_outcome WHERE case_id = ? ORDER BY id").bind(0, caseId).map(Rows::caseOutcome).list();
    }

    /** The outcomes of several cases in one query, by case then oldest first. */
    public List<CaseOutcome> forCases(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT * FROM case_outcome WHERE case_id IN (<ids>) ORDER BY case_id, id")
                .bindList("ids", caseIds).map(Rows::caseOutcome).list();
    }
}
