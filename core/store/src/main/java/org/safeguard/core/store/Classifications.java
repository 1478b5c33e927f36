package org.safeguard.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.model.Classification;
import org.safeguard.core.store.internal.Rows;

/** The append-only history of a case's classifications, one scheme at a time. */
public final class Classifications {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Classifications(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /** Records a change; recording the value already current does nothing and returns empty. */
    public Optional<Classification> change(long caseId, String scheme, String value, String rationale, Long assessmentId) {
        Optional<Classification> current = current(caseId, scheme);
        if (current.isPresent() && current.get().value().equals(value)) {
            return Optional.empty();
        }
        long id = handle.createUpdate("""
                INSERT INTO classification (case_id, scheme, value, previous, rationale, assessment_id, author, recorded)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, caseId).bind(1, scheme).bind(2, value).bind(3, current.map(Classification::value).orElse(null))
                .bind(4, rationale).bind(5, assessmentId).bind(6, audit.actor()).bind(7, now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("classify", "case", caseId, "scheme=" + scheme, AuditTrail.Sealed.CLASSIFICATION, id);
        return handle.createQuery("SELECT * FROM classification WHERE id = ?").bind(0, id).map(Rows::classification).findOne();
    }

    public Optional<Classification> current(long caseId, String scheme) {
        return handle.createQuery("SELECT * FROM classification WHERE case_id = ? AND scheme = ? ORDER BY id DESC LIMIT 1")
                .bind(0, caseId).bind(1, scheme).map(Rows::classification).findOne();
    }

    public List<Classification> history(long caseId) {
        return handle.createQuery("SELECT * FROM classification WHERE case_id = ? ORDER BY id")
                .bind(0, caseId).map(Rows::classification).list();
    }
}
