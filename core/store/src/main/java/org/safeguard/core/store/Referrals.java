package org.safeguard.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.model.Referral;
import org.safeguard.core.model.ReferralFacts;
import org.safeguard.core.store.internal.Json;
import org.safeguard.core.store.internal.Rows;

/** Referrals, each attached to the case it opened or joined. */
public final class Referrals {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Referrals(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    public Referral add(long caseId, long childId, NewReferral r) {
        long id = handle.createUpdate("""
                INSERT INTO referral (case_id, child_id, form_id, form_version, referrer_name, referrer_agency, received,
                    basis, warning_signs, parents_aware, narrative, answers, recorded_by, recorded)
                VALUES (:case, :child, :form, :version, :name, :agency, :received, :basis, :signs, :aware, :narrative,
                    :answers, :by, :recorded)""")
                .bind("case", caseId).bind("child", childId).bind("form", r.formId()).bind("version", r.formVersion())
                .bind("name", r.referrerName()).bind("agency", r.referrerAgency()).bind("received", r.received().toString())
                .bind("basis", Json.write(r.basis())).bind("signs", Json.write(r.warningSigns()))
                .bind("aware", r.parentsAware() == null ? null : (r.parentsAware() ? 1 : 0))
                .bind("narrative", r.narrative()).bind("answers", Json.write(r.answers()))
                .bind("by", audit.actor()).bind("recorded", now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("add", "referral", id, "case=" + caseId + " form=" + r.formId());
        return find(id).orElseThrow();
    }

    /**
     * Records a referral's profile facts: those given take the place of what was recorded, those
     * null leave it as it was. The audit entry names the facts changed, never their values.
     */
    public Referral recordFacts(long id, ReferralFacts facts) {
        Referral before = find(id).orElseThrow(() -> new org.safeguard.core.api.NotFoundException("no referral with id " + id));
        ReferralFacts f = before.facts().with(facts);
        handle.createUpdate("""
                UPDATE referral SET social_care_outcome = ?, camhs_contact = ?, missing_before = ?, initial_contact = ? WHERE id = ?""")
                .bind(0, f.socialCareOutcome()).bind(1, f.camhsContact() == null ? null : (f.camhsContact() ? 1 : 0))
                .bind(2, f.missingBefore()).bind(3, f.initialContact()).bind(4, id).execute();
        java.util.List<String> changed = new java.util.ArrayList<>();
        if (!java.util.Objects.equals(f.socialCareOutcome(), before.facts().socialCareOutcome())) changed.add("socialCareOutcome");
        if (!java.util.Objects.equals(f.camhsContact(), before.facts().camhsContact())) changed.add("camhsContact");
        if (!java.util.Objects.equals(f.missingBefore(), before.facts().missingBefore())) changed.add("missingBefore");
        if (!java.util.Objects.equals(f.initialContact(), before.facts().initialContact())) changed.add("initialContact");
        if (!changed.isEmpty()) {
            audit.record("record facts", "referral", id, String.join(",", changed));
        }
        return find(id).orElseThrow();
    }

    public Optional<Referral> find(long id) {
        return handle.createQuery("SELECT * FROM referral WHERE id = ?").bind(0, id).map(Rows::referral).findOne();
    }

    public List<Referral> forCase(long caseId) {
        return handle.createQuery("SELECT * FROM referral WHERE case_id = ? ORDER BY id").bind(0, caseId).map(Rows::referral).list();
    }

    /** Every referral of these cases, in id order, in one query. */
    public List<Referral> forCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT * FROM referral WHERE case_id IN (<ids>) ORDER BY id").bindList("ids", List.copyOf(caseIds))
                .map(Rows::referral).list();
    }

    /** The days each case's referrals were received, by case id (the facts a deadline counts from, without the forms' answers). */
    public java.util.Map<Long, List<java.time.LocalDate>> receivedForCases(Collection<Long> caseIds) {
        java.util.Map<Long, List<java.time.LocalDate>> out = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        handle.createQuery("SELECT case_id, received FROM referral WHERE case_id IN (<ids>) ORDER BY id").bindList("ids", List.copyOf(caseIds))
                .map((r, c) -> java.util.Map.entry(r.getLong(1), java.time.LocalDate.parse(r.getString(2))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** Every referral of one child, in id order. */
    public List<Referral> forChild(long childId) {
        return handle.createQuery("SELECT * FROM referral WHERE child_id = ? ORDER BY id").bind(0, childId).map(Rows::referral).list();
    }

    /** Every referral, in id order. */
    public List<Referral> list() {
        return handle.createQuery("SELECT * FROM referral ORDER BY id").map(Rows::referral).list();
    }

    public int count() {
        return handle.createQuery("SELECT count(*) FROM referral").mapTo(Integer.class).one();
    }
}
