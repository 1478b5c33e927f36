package org.safeguard.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.model.Plan;
import org.safeguard.core.store.internal.Rows;

/** Plans recorded on cases: each a version, numbered per case and kind, only ever added. */
public final class Plans {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Plans(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /**
     * Records the next version of a plan of its kind on the case; the caller has checked the kind
     * and route are the area's. The audit entry names the case, kind and version, never the text.
     */
    public Plan add(long caseId, String kind, String route, String text, String owner, LocalDate reviewOn) {
        int number = handle.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM plan WHERE case_id = ? AND kind = ?")
                .bind(0, caseId).bind(1, kind).mapTo(Integer.class).one();
        long id = handle.createUpdate("""
                INSERT INTO plan (case_id, kind, number, route, text, owner, review_on, recorded_by, recorded)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, caseId).bind(1, kind).bind(2, number).bind(3, route).bind(4, text).bind(5, owner)
                .bind(6, reviewOn == null ? null : reviewOn.toString()).bind(7, audit.actor()).bind(8, now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("add", "plan", id, "case=" + caseId + " kind=" + kind + " version=" + number + (route == null ? "" : " route=" + route)
                + " fields=text" + (owner == null ? "" : ",owner") + (reviewOn == null ? "" : ",review"), AuditTrail.Sealed.PLAN, id);
        return handle.createQuery("SELECT * FROM plan WHERE id = ?").bind(0, id).map(Rows::plan).one();
    }

    /** Every version of every plan on a case, by kind then version. */
    public List<Plan> forCase(long caseId) {
        return handle.createQuery("SELECT * FROM plan WHERE case_id = ? ORDER BY kind, number").bind(0, caseId).map(Rows::plan).list();
    }

    /** The latest version of each kind of plan on several cases, by case then kind. */
    public List<Plan> latestForCases(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("""
                SELECT * FROM plan p WHERE case_id IN (<ids>)
                AND number = (SELECT MAX(number) FROM plan q WHERE q.case_id = p.case_id AND q.kind = p.kind)
                ORDER BY case_id, kind""").bindList("ids", caseIds).map(Rows::plan).list();
    }
}
