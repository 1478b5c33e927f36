package org.safeguard.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.casework.RecordedCase;
import org.safeguard.core.model.CaseForm;
import org.safeguard.core.model.CaseOutcome;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.PersonOfConcern;
import org.safeguard.core.model.Referral;
import org.safeguard.core.store.internal.Json;

/**
 * Cases as their area's plugin reads them ({@link RecordedCase}): current classifications, the
 * latest version of each case form, the answers of the referral that opened it, the latest screening of each
 * checklist, outcomes, the plans in force, decisions, meetings and the persons linked to the child.
 * Read for several cases in nine queries whatever their number.
 */
public final class RecordedCases {
    /** The days of meetings and screenings are England's. */
    private static final java.time.ZoneId ENGLAND = java.time.ZoneId.of("Europe/London");

    private final Handle handle;
    private final Tx tx;

    RecordedCases(Handle handle, Tx tx) {
        this.handle = handle;
        this.tx = tx;
    }

    /** The snapshot of one case. */
    public RecordedCase of(CaseRecord c) {
        return of(List.of(c)).get(c.id());
    }

    /** Snapshots of the cases, by case id, in the order given. */
    public Map<Long, RecordedCase> of(Collection<CaseRecord> cases) {
        Map<Long, RecordedCase> out = new LinkedHashMap<>();
        if (cases.isEmpty()) {
            return out;
        }
        List<Long> ids = cases.stream().map(CaseRecord::id).toList();
        Map<Long, Map<String, String>> classified = new HashMap<>();
        handle.createQuery("SELECT case_id, scheme, value FROM classification WHERE case_id IN (<ids>) ORDER BY id")
                .bindList("ids", ids)
                .map((r, ctx) -> new String[] {r.getString("case_id"), r.getString("scheme"), r.getString("value")})
                .forEach(row -> classified.computeIfAbsent(Long.valueOf(row[0]), k -> new HashMap<>()).put(row[1], row[2]));
        Map<Long, List<CaseForm>> forms = new HashMap<>();
        tx.caseForms().latestForCases(ids).forEach(f -> forms.computeIfAbsent(f.caseId(), k -> new ArrayList<>()).add(f));
        Map<Long, List<CaseOutcome>> outcomes = new HashMap<>();
        tx.caseOutcomes().forCases(ids).forEach(o -> outcomes.computeIfAbsent(o.caseId(), k -> new ArrayList<>()).add(o));
        Map<Long, List<RecordedCase.Plan>> plans = new HashMap<>();
        tx.plans().latestForCases(ids).forEach(p -> plans.computeIfAbsent(p.caseId(), k -> new ArrayList<>())
                .add(new RecordedCase.Plan(p.kind(), p.route(), p.number(), p.reviewOn())));
        Map<Long, List<RecordedCase.Decision>> decisions = new HashMap<>();
        handle.createQuery("SELECT case_id, kind, decision, decided_on FROM decision WHERE case_id IN (<ids>) ORDER BY id")
                .bindList("ids", ids)
                .map((r, ctx) -> Map.entry(r.getLong("case_id"), new RecordedCase.Decision(r.getString("kind"), r.getString("decision"),
                        LocalDate.parse(r.getString("decided_on")))))
                .forEach(e -> decisions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<RecordedCase.MeetingOnPanel>> meetings = new HashMap<>();
        handle.createQuery("SELECT c.case_id, m.meeting_type, m.starts_at, m.status, m.minutes FROM meeting m"
                        + " JOIN meeting_case c ON c.meeting_id = m.id WHERE c.case_id IN (<ids>) AND m.status <> 'CANCELLED'"
                        + " ORDER BY m.starts_at, m.id")
                .bindList("ids", ids)
                .map((r, ctx) -> Map.entry(r.getLong("case_id"), new RecordedCase.MeetingOnPanel(r.getString("meeting_type"),
                        LocalDate.ofInstant(java.time.Instant.parse(r.getString("starts_at")), ENGLAND),
                        r.getString("status").equals("HELD") || !r.getString("minutes").equals("NONE"))))
                .forEach(e -> meetings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        // referrals come in id order: the first of a case's is the one that opened it, the one its
        // referral.received and the deadline event `referral` count from; numbered by how many it has
        Map<Long, RecordedCase.FormAnswers> referrals = new HashMap<>();
        for (Referral r : tx.referrals().forCases(ids)) {
            RecordedCase.FormAnswers before = referrals.get(r.caseId());
            referrals.put(r.caseId(), before == null ? new RecordedCase.FormAnswers(r.formId(), r.formVersion(), 1, r.answers())
                    : new RecordedCase.FormAnswers(before.formId(), before.version(), before.number() + 1, before.answers()));
        }
        // screenings come in id order: the last of a checklist's on a case is its latest
        Map<Long, Map<String, RecordedCase.Screening>> screenings = new HashMap<>();
        handle.createQuery("SELECT case_id, checklist_id, checklist_version, complete, proposals, recorded FROM screening"
                        + " WHERE case_id IN (<ids>) ORDER BY id")
                .bindList("ids", ids)
                .map((r, ctx) -> Map.entry(r.getLong("case_id"), new RecordedCase.Screening(r.getString("checklist_id"),
                        r.getString("checklist_version"), r.getInt("complete") == 1, Json.strings(r.getString("proposals")),
                        LocalDate.ofInstant(java.time.Instant.parse(r.getString("recorded")), ENGLAND))))
                .forEach(e -> screenings.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(e.getValue().checklist(), e.getValue()));
        Map<Long, List<PersonOfConcern>> persons = tx.personsOfConcern()
                .linkedToChildren(cases.stream().map(CaseRecord::childId).distinct().toList());
        for (CaseRecord c : cases) {
            out.put(c.id(), new Snapshot(c.area(), c.reference(), c.opened(), Map.copyOf(classified.getOrDefault(c.id(), Map.of())),
                    forms.getOrDefault(c.id(), List.of()).stream().map(f -> new RecordedCase.FormAnswers(f.formId(), f.formVersion(),
                            f.number(), f.answers())).toList(),
                    outcomes.getOrDefault(c.id(), List.of()).stream().map(o -> new RecordedCase.Outcome(o.code(), o.personId(),
                            o.achievedOn())).toList(),
                    persons.getOrDefault(c.childId(), List.of()).stream().map(PersonOfConcern::id).toList(),
                    plans.getOrDefault(c.id(), List.of()), decisions.getOrDefault(c.id(), List.of()),
                    meetings.getOrDefault(c.id(), List.of()), Optional.ofNullable(referrals.get(c.id())),
                    List.copyOf(screenings.getOrDefault(c.id(), Map.of()).values())));
        }
        return out;
    }

    private record Snapshot(String area, String reference, LocalDate opened, Map<String, String> classifications,
                            List<FormAnswers> forms, List<Outcome> outcomes, List<Long> linkedPersons, List<Plan> plans,
                            List<Decision> decisions, List<MeetingOnPanel> meetings, Optional<FormAnswers> referral,
                            List<RecordedCase.Screening> screenings) implements RecordedCase {
        Snapshot {
            decisions = List.copyOf(decisions);
            meetings = List.copyOf(meetings);
            plans = List.copyOf(plans);
            forms = List.copyOf(forms);
            outcomes = List.copyOf(outcomes);
            linkedPersons = List.copyOf(linkedPersons);
        }

        @Override
        public Optional<String> classification(String scheme) {
            return Optional.ofNullable(classifications.get(scheme));
        }

        @Override
        public Optional<FormAnswers> form(String formId) {
            return forms.stream().filter(f -> f.formId().equals(formId)).findFirst();
        }
    }
}
