package org.safeguard.core.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.StatementContext;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.CaseStatus;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Classification;
import org.safeguard.core.model.CaseForm;
import org.safeguard.core.model.CaseOutcome;
import org.safeguard.core.model.Decision;
import org.safeguard.core.model.Location;
import org.safeguard.core.model.LocationKind;
import org.safeguard.core.model.MissingEpisode;
import org.safeguard.core.model.PersonOfConcern;
import org.safeguard.core.model.Placement;
import org.safeguard.core.model.Referral;
import org.safeguard.core.model.ReferralFacts;
import org.safeguard.core.model.Screening;
import org.safeguard.core.model.Role;
import org.safeguard.core.model.User;

/** Row mappers from the schema's columns to the model's records. */
public final class Rows {
    private Rows() {
    }

    public static User user(ResultSet r, StatementContext ctx) throws SQLException {
        return new User(r.getLong("id"), r.getString("login"), Role.valueOf(r.getString("role")), instant(r, "added"),
                r.getString("added_by"), instant(r, "disabled"), r.getString("disabled_by"));
    }

    public static Child child(ResultSet r, StatementContext ctx) throws SQLException {
        return new Child(r.getLong("id"), r.getString("reference"), r.getString("family_name"), r.getString("given_name"),
                r.getString("middle_names"), Json.strings(r.getString("alternative_names")), date(r, "date_of_birth"),
                r.getString("gender"), r.getString("ethnicity"), r.getString("address"), r.getString("looked_after_status"),
                r.getString("legal_status"), r.getString("disability"), r.getString("education_status"), r.getString("school"),
                r.getString("allocated_worker"), r.getString("home_area"), r.getString("host_area"), instant(r, "recorded"));
    }

    public static CaseRecord caseRecord(ResultSet r, StatementContext ctx) throws SQLException {
        return new CaseRecord(r.getLong("id"), r.getString("reference"), r.getLong("child_id"), r.getString("area"),
                CaseStatus.valueOf(r.getString("status")), date(r, "opened"), date(r, "closed"), r.getString("close_reason"),
                instant(r, "recorded"), r.getString("priority"));
    }

    public static Referral referral(ResultSet r, StatementContext ctx) throws SQLException {
        Object aware = r.getObject("parents_aware");
        return new Referral(r.getLong("id"), r.getLong("case_id"), r.getLong("child_id"), r.getString("form_id"),
                r.getString("form_version"), r.getString("referrer_name"), r.getString("referrer_agency"), date(r, "received"),
                Json.strings(r.getString("basis")), Json.strings(r.getString("warning_signs")),
                aware == null ? null : r.getInt("parents_aware") == 1, r.getString("narrative"),
                Json.map(r.getString("answers")), r.getString("recorded_by"), instant(r, "recorded"),
                new ReferralFacts(r.getString("social_care_outcome"), r.getObject("camhs_contact") == null ? null : r.getInt("camhs_contact") == 1,
                        integer(r, "missing_before"), r.getString("initial_contact")));
    }

    public static Assessment assessment(ResultSet r, StatementContext ctx) throws SQLException {
        return new Assessment(r.getLong("id"), r.getLong("case_id"), r.getLong("child_id"), r.getString("instrument_id"),
                r.getString("instrument_version"), AssessmentStatus.valueOf(r.getString("status")), r.getInt("complete") == 1,
                integer(r, "score"), r.getString("band"), r.getString("level"), Json.ints(r.getString("factor_scores")),
                Json.booleans(r.getString("supplementary")), longOrNull(r, "supersedes"), r.getString("assessor"),
                instant(r, "recorded"));
    }

    public static Classification classification(ResultSet r, StatementContext ctx) throws SQLException {
        return new Classification(r.getLong("id"), r.getLong("case_id"), r.getString("scheme"), r.getString("value"),
                r.getString("previous"), r.getString("rationale"), longOrNull(r, "assessment_id"), r.getString("author"),
                instant(r, "recorded"));
    }

    public static MissingEpisode missing(ResultSet r, StatementContext ctx) throws SQLException {
        return new MissingEpisode(r.getLong("id"), r.getLong("child_id"), instant(r, "started"), instant(r, "returned"),
                r.getString("where_found"), r.getInt("return_interview_required") == 1, instant(r, "return_interview_held"),
                instant(r, "recorded"));
    }

    public static PersonOfConcern person(ResultSet r, StatementContext ctx) throws SQLException {
        return new PersonOfConcern(r.getLong("id"), r.getString("reference"), r.getString("name"), Json.strings(r.getString("aliases")),
                date(r, "date_of_birth"), r.getString("gender"), r.getString("gang_affiliation"), r.getString("offending_history"),
                instant(r, "recorded"), r.getString("ethnicity"), date(r, "referred"), r.getString("area"));
    }

    public static Location location(ResultSet r, StatementContext ctx) throws SQLException {
        return new Location(r.getLong("id"), LocationKind.valueOf(r.getString("kind")), r.getString("description"),
                r.getString("address"), r.getString("postcode"), instant(r, "recorded"));
    }

    public static Decision decision(ResultSet r, StatementContext ctx) throws SQLException {
        return new Decision(r.getLong("id"), longOrNull(r, "case_id"), r.getString("kind"), r.getString("decision"),
                r.getString("reasons"), r.getString("decided_by"), date(r, "decided_on"), r.getString("recorded_by"),
                instant(r, "recorded"), r.getString("approved_by"));
    }

    public static CaseForm caseForm(ResultSet r, StatementContext ctx) throws SQLException {
        return new CaseForm(r.getLong("id"), r.getLong("case_id"), r.getString("form_id"), r.getString("form_version"),
                r.getInt("number"), Json.map(r.getString("answers")), r.getString("recorded_by"), instant(r, "recorded"));
    }

    public static CaseOutcome caseOutcome(ResultSet r, StatementContext ctx) throws SQLException {
        return new CaseOutcome(r.getLong("id"), r.getLong("case_id"), r.getString("code"), longOrNull(r, "person_id"),
                r.getString("note"), date(r, "achieved_on"), r.getString("recorded_by"), instant(r, "recorded"));
    }

    public static org.safeguard.core.model.Plan plan(ResultSet r, StatementContext ctx) throws SQLException {
        String review = r.getString("review_on");
        return new org.safeguard.core.model.Plan(r.getLong("id"), r.getLong("case_id"), r.getString("kind"), r.getInt("number"),
                r.getString("route"), r.getString("text"), r.getString("owner"), review == null ? null : java.time.LocalDate.parse(review),
                r.getString("recorded_by"), instant(r, "recorded"));
    }

    public static Placement placement(ResultSet r, StatementContext ctx) throws SQLException {
        return new Placement(r.getLong("id"), r.getLong("child_id"), r.getString("host_area"), date(r, "placed_on"), r.getString("recorded_by"),
                instant(r, "recorded"));
    }

    @SuppressWarnings("unchecked")
    public static Screening screening(ResultSet r, StatementContext ctx) throws SQLException {
        Map<String, String> answers = new LinkedHashMap<>();
        Json.map(r.getString("answers")).forEach((k, v) -> answers.put(k, String.valueOf(v)));
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Object o : Json.list(r.getString("rules"))) {
            rules.add((Map<String, Object>) o);
        }
        Map<String, String> notes = new LinkedHashMap<>();
        Json.map(r.getString("notes")).forEach((k, v) -> notes.put(k, String.valueOf(v)));
        return new Screening(r.getLong("id"), r.getLong("case_id"), r.getLong("child_id"), r.getString("checklist_id"),
                r.getString("checklist_version"), answers, r.getInt("complete") == 1, Json.strings(r.getString("proposals")), rules,
                r.getString("assessor"), instant(r, "recorded"), notes);
    }

    public static AuditEntry audit(ResultSet r, StatementContext ctx) throws SQLException {
        return new AuditEntry(r.getLong("id"), instant(r, "at"), r.getString("actor"), r.getString("action"),
                r.getString("entity"), longOrNull(r, "entity_id"), r.getString("details"));
    }

    private static LocalDate date(ResultSet r, String column) throws SQLException {
        String v = r.getString(column);
        return v == null ? null : LocalDate.parse(v);
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        String v = r.getString(column);
        return v == null ? null : Instant.parse(v);
    }

    private static Integer integer(ResultSet r, String column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet r, String column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }
}
