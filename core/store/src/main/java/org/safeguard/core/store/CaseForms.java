package org.safeguard.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.model.CaseForm;
import org.safeguard.core.store.internal.Json;
import org.safeguard.core.store.internal.Rows;

/** Forms recorded against cases: append-only versions, numbered per case and form. */
public final class CaseForms {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    CaseForms(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /** Records the next version of a form on a case; the answers are already validated and normalised. */
    public CaseForm add(long caseId, String formId, String formVersion, Map<String, Object> answers) {
        int number = handle.createQuery("SELECT coalesce(max(number), 0) + 1 FROM case_form WHERE case_id = ? AND form_id = ?")
                .bind(0, caseId).bind(1, formId).mapTo(Integer.class).one();
        long id = handle.createUpdate("""
                INSERT INTO case_form (case_id, form_id, form_version, number, answers, recorded_by, recorded)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, caseId).bind(1, formId).bind(2, formVersion).bind(3, number).bind(4, Json.write(answers))
                .bind(5, audit.actor()).bind(6, now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("add", "case_form", id, "case=" + caseId + " form=" + formId + " version=" + number, AuditTrail.Sealed.CASE_FORM, id);
        return handle.createQuery("SELECT * FROM case_form WHERE id = ?").bind(0, id).map(Rows::caseForm).one();
    }

    /** Every version of every form on a case, by form then version. */
    public List<CaseForm> forCase(long caseId) {
        return handle.createQuery("SELECT * FROM case_form WHERE case_id = ? ORDER BY form_id, number")
                .bind(0, caseId).map(Rows::caseForm).list();
    }

    /** The latest version of each form on each of the cases, in one query whatever their number. */
    public List<CaseForm> latestForCases(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("""
                SELECT f.* FROM case_form f WHERE f.case_id IN (<ids>)
                AND f.number = (SELECT max(number) FROM case_form g WHERE g.case_id = f.case_id AND g.form_id = f.form_id)
                ORDER BY f.case_id, f.form_id""")
                .bindList("ids", caseIds).map(Rows::caseForm).list();
    }
}
