package org.safeguard.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.model.Decision;
import org.safeguard.core.store.internal.Rows;

/** The decision log: append-only, every decision with its reasons and accountable decision-makers. */
public final class Decisions {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Decisions(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    public Decision add(Long caseId, String kind, String decision, String reasons, String decidedBy, LocalDate decidedOn) {
        return add(caseId, kind, decision, reasons, decidedBy, decidedOn, null);
    }

    /** A decision with who approved it (null for nobody named). */
    public Decision add(Long caseId, String kind, String decision, String reasons, String decidedBy, LocalDate decidedOn, String approvedBy) {
        if (reasons == null || reasons.isBlank()) {
            throw InvalidInputException.of("decision refused", Problem.of("reasons", "a decision is recorded with its reasons"));
        }
        if (decidedBy == null || decidedBy.isBlank()) {
            throw InvalidInputException.of("decision refused", Problem.of("decidedBy", "name the accountable decision-maker(s)"));
        }
        long id = handle.createUpdate("""
                INSERT INTO decision (case_id, kind, decision, reasons, decided_by, decided_on, recorded_by, recorded, approved_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, caseId).bind(1, kind).bind(2, decision).bind(3, reasons).bind(4, decidedBy)
                .bind(5, decidedOn.toString()).bind(6, audit.actor()).bind(7, now.toString()).bind(8, approvedBy)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("add", "decision", id, "kind=" + kind, AuditTrail.Sealed.DECISION, id);
        return handle.createQuery("SELECT * FROM decision WHERE id = ?").bind(0, id).map(Rows::decision).one();
    }

    /** The decisions on these cases, in id order (for facts read for many cases at once). */
    public List<Decision> forCases(java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT * FROM decision WHERE case_id IN (<ids>) ORDER BY id").bindList("ids", List.copyOf(caseIds))
                .map(Rows::decision).list();
    }

    public List<Decision> forCase(long caseId) {
        return handle.createQuery("SELECT * FROM decision WHERE case_id = ? ORDER BY id").bind(0, caseId).map(Rows::decision).list();
    }
}
