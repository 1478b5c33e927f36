package org.safeguard.core.app.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.ClassificationScheme;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.area.OutcomeCode;
import org.safeguard.core.api.casework.RecordedCase;
import org.safeguard.core.api.casework.Step;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.app.CaseService;
import org.safeguard.core.meetings.AreaCasework;
import org.safeguard.core.model.CaseForm;
import org.safeguard.core.model.PersonOfConcern;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.CaseStatus;
import org.safeguard.core.model.Child;
import org.safeguard.core.runtime.Container;
import org.safeguard.core.store.Tx;

/** {@link CaseService} over the store and the enabled plugins' code lists. */
final class CaseServiceImpl implements CaseService {
    private final Wiring w;

    CaseServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public List<Summary> list(RequestContext ctx, boolean includeClosed) {
        return w.inTransaction(ctx, tx -> {
            tx.audit().record("list", "case", null, "");
            List<CaseRecord> cases = tx.cases().list().stream().filter(c -> includeClosed || c.status() == CaseStatus.OPEN).toList();
            return summaries(tx, cases);
        });
    }

    /** Summaries of cases in three queries whatever their number: the cases, their children, their assessments. */
    static List<Summary> summaries(Tx tx, List<CaseRecord> cases) {
        Map<Long, Child> children = tx.children().withIds(cases.stream().map(CaseRecord::childId).distinct().toList());
        Map<Long, List<Assessment>> byCase = new HashMap<>();
        for (Assessment a : tx.assessments().forCases(cases.stream().map(CaseRecord::id).toList())) {
            byCase.computeIfAbsent(a.caseId(), k -> new ArrayList<>()).add(a);
        }
        List<Summary> out = new ArrayList<>();
        for (CaseRecord c : cases) {
            out.add(summary(c, children.get(c.childId()), byCase.getOrDefault(c.id(), List.of())));
        }
        return out;
    }

    static Summary summary(CaseRecord c, Child child, List<Assessment> assessments) {
        Optional<Assessment> current = assessments.stream().filter(a -> a.status() == AssessmentStatus.FINAL)
                .max(Comparator.comparingLong(Assessment::id));
        int drafts = (int) assessments.stream().filter(a -> a.status() == AssessmentStatus.DRAFT).count();
        return new Summary(c, child, current, drafts);
    }

    @Override
    public Detail show(RequestContext ctx, long caseId) {
        return w.inTransaction(ctx, tx -> {
            CaseRecord c = tx.cases().require(caseId);
            tx.audit().read("case", caseId);
            List<Assessment> assessments = tx.assessments().forCase(caseId);
            List<org.safeguard.core.model.Referral> referrals = tx.referrals().forCase(caseId);
            var classifications = tx.classifications().history(caseId);
            var decisions = tx.decisions().forCase(caseId);
            var missing = tx.missingEpisodes().forChild(c.childId());
            Child child = tx.children().require(c.childId());
            Instant now = ctx.now();
            AreaCasework casework = w.casework(c.area());
            RecordedCase recorded = tx.recordedCases().of(c);
            Map<Long, PersonOfConcern> persons = new HashMap<>();
            tx.personsOfConcern().linkedTo(c.childId()).forEach(p -> persons.put(p.id(), p));
            List<org.safeguard.core.model.CaseOutcome> outcomeRecords = tx.caseOutcomes().forCase(caseId);
            List<OutcomeEntry> outcomes = outcomeRecords.stream().map(o -> new OutcomeEntry(o,
                    outcomeTitle(casework, o.code()), o.personId() == null ? null : persons.get(o.personId()))).toList();
            List<RecordedForm> forms = tx.caseForms().latestForCases(List.of(caseId)).stream().map(f -> {
                Optional<FormDefinition> form = casework.forms().apply(f.formId());
                return new RecordedForm(f, form.map(FormDefinition::title).orElse(f.formId()),
                        ReferralReading.sections(f.answers(), form, casework.codeLists()));
            }).toList();
            List<org.safeguard.core.model.Screening> screenings = tx.screenings().forCase(caseId);
            return new Detail(summary(c, child, assessments), referrals, assessments,
                    Set.copyOf(tx.assessments().superseded(caseId)), classifications, decisions,
                    missing.stream().map(e -> MissingEpisodeServiceImpl.episode(e, child, now)).toList(),
                    casework.flags(recorded), outcomes, forms, screenings, DeadlineServiceImpl.entries(w, tx, List.of(c), now),
                    Chronology.of(tx, c, referrals, assessments, classifications, decisions, missing, tx.caseForms().forCase(caseId),
                            outcomeRecords, screenings, tx.placements().forChildren(List.of(c.childId())), tx.plans().forCase(caseId)),
                    new org.safeguard.core.app.PlanService.Plans(c, tx.plans().forCase(caseId), casework.planKinds()),
                    w.container().paths().all().stream().filter(p -> p.area().equals(c.area()))
                            .flatMap(p -> p.step(recorded).stream()).findFirst());
        });
    }

    @Override
    public Map<String, CodeList> schemes(RequestContext ctx, String areaId) {
        Container container = w.container();
        AreaDescriptor area = enabled(areaId, "classifying a case");
        Map<String, CodeList> out = new LinkedHashMap<>();
        for (ClassificationScheme scheme : area.schemes()) {
            CodeList list = container.codeLists().find(scheme.codeList()).orElseThrow(() -> new SafeguardException("the "
                    + area.name() + " plugin declares the classification scheme " + scheme.id() + " but no code list of that id"));
            out.put(scheme.id(), list);
        }
        return out;
    }

    private static String outcomeTitle(AreaCasework casework, String code) {
        return casework.area() == null ? code : casework.area().outcome(code).map(OutcomeCode::title).orElse(code);
    }

    @Override
    public List<FormDefinition> caseForms(RequestContext ctx, String areaId) {
        AreaDescriptor area = enabled(areaId, "recording a case form");
        return area.caseForms().stream().map(id -> w.container().forms().find(id).orElseThrow(() -> new SafeguardException("the "
                + area.name() + " plugin declares the case form " + id + " but no form of that id"))).toList();
    }

    @Override
    public FormRecorded recordForm(RequestContext ctx, long caseId, String formId, Map<String, ?> values) {
        String id = Inputs.required("form", formId);
        FormRecorded recorded = w.inTransaction(ctx, tx -> {
            CaseRecord c = openCase(tx, caseId, "a form is recorded");
            List<FormDefinition> forms = caseForms(ctx, c.area());
            FormDefinition form = forms.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> InvalidInputException.of(
                    "refused", new Problem("form", forms.isEmpty() ? "area " + c.area() + " records no forms on its cases"
                            : "'" + id + "' is not a form area " + c.area() + " records on its cases ("
                            + String.join(", ", forms.stream().map(FormDefinition::id).toList()) + ")",
                            Suggestions.closest(id, forms.stream().map(FormDefinition::id).toList()).orElse(null))));
            Optional<CaseForm> latest = tx.caseForms().latestForCases(List.of(c.id())).stream().filter(f -> f.formId().equals(id)).findFirst();
            Map<String, Object> merged = new LinkedHashMap<>(latest.map(CaseForm::answers).orElse(Map.of()));
            values.forEach((field, value) -> {
                if (value == null || (value instanceof String text && text.isBlank())) {
                    merged.remove(field);
                } else {
                    merged.put(field, value);
                }
            });
            Map<String, Object> answers = form.validate(merged, w.container().codeLists()::find);
            Map<String, Object> before = latest.map(CaseForm::answers).orElse(Map.of());
            List<String> changed = form.fields().stream().map(f -> f.id())
                    .filter(f -> !java.util.Objects.equals(before.get(f), answers.get(f))).toList();
            if (latest.isPresent() && changed.isEmpty()) {
                return new FormRecorded(c, latest.get(), List.of());
            }
            if (answers.isEmpty()) {
                throw InvalidInputException.of("refused", Problem.of("form", "nothing to record: no field of " + form.title() + " is given"));
            }
            return new FormRecorded(c, tx.caseForms().add(c.id(), form.id(), form.version(), answers), changed);
        });
        // the answers carried over from the last version were checked when they were saved
        Map<String, Object> changedAnswers = new LinkedHashMap<>(recorded.form().answers());
        changedAnswers.keySet().retainAll(recorded.changed());
        caseForms(ctx, recorded.onCase().area()).stream().filter(f -> f.id().equals(recorded.form().formId())).findFirst()
                .ifPresent(f -> w.language().noteAnswers(ctx, f, changedAnswers));
        return recorded;
    }

    @Override
    public OutcomeRecorded recordOutcome(RequestContext ctx, long caseId, String code, Long personId, String note, LocalDate on) {
        String why = Inputs.requiredText("note", note);
        String wanted = Inputs.required("code", code);
        LocalDate day = on == null ? ctx.today() : Inputs.notFuture(ctx, "on", on);
        return w.language().saved(ctx, w.inTransaction(ctx, tx -> {
            CaseRecord c = openCase(tx, caseId, "an outcome is recorded");
            AreaDescriptor area = enabled(c.area(), "recording an outcome");
            List<String> codes = area.outcomes().stream().map(OutcomeCode::code).toList();
            OutcomeCode outcome = area.outcome(wanted).or(() -> area.outcome(wanted.toUpperCase(Locale.ROOT)))
                    .orElseThrow(() -> InvalidInputException.of("refused", new Problem("code", codes.isEmpty()
                            ? "area " + c.area() + " records no outcome codes"
                            : "'" + wanted + "' is not an outcome code of area " + c.area() + " (" + String.join(", ", codes) + ")",
                            Suggestions.closest(wanted, codes).orElse(null))));
            if (outcome.on() == OutcomeCode.On.VICTIM && personId != null) {
                throw InvalidInputException.of("refused", Problem.of("person", outcome.code() + " (" + outcome.title()
                        + ") is entered on the victim's record, not on a person of concern's: name no person"));
            }
            PersonOfConcern person = null;
            if (outcome.on() == OutcomeCode.On.PERSON) {
                if (personId == null) {
                    throw InvalidInputException.of("refused", Problem.of("person", outcome.code() + " (" + outcome.title()
                            + ") is entered on a person of concern's record: name the person"));
                }
                PersonOfConcern p = tx.personsOfConcern().require(personId);
                person = p;
                if (tx.personsOfConcern().linkedTo(c.childId()).stream().noneMatch(x -> x.id() == p.id())) {
                    throw InvalidInputException.of("refused", Problem.of("person", "person " + p.reference()
                            + " is not linked to the child of case " + c.reference() + "; link them to the child first"));
                }
            }
            if (day.isBefore(c.opened())) {
                throw InvalidInputException.of("refused", Problem.of("on", day + " is before the case was opened (" + c.opened() + ")"));
            }
            return new OutcomeRecorded(c, tx.caseOutcomes().add(c.id(), outcome.code(), personId, why, day), outcome, person);
        }), "note", why);
    }

    private static CaseRecord openCase(Tx tx, long caseId, String what) {
        CaseRecord c = tx.cases().require(caseId);
        if (c.status() != CaseStatus.OPEN) {
            throw new RefusedException("case-must-be-open", "case " + c.reference() + " is "
                    + c.status().name().toLowerCase(Locale.ROOT) + "; " + what + " only on an open case");
        }
        return c;
    }

    private AreaDescriptor enabled(String areaId, String doing) {
        return w.container().enabledAreas().stream().filter(a -> a.id().equals(areaId)).findFirst()
                .orElseThrow(() -> new RefusedException("area-plugin-needed",
                        "area " + areaId + " is not enabled in this home; " + doing + " needs its plugin"));
    }

    @Override
    public Classified classify(RequestContext ctx, long caseId, String scheme, String value, String rationale) {
        String why = Inputs.requiredText("rationale", rationale);
        String schemeId = scheme.strip();
        return w.language().saved(ctx, w.inTransaction(ctx, tx -> {
            CaseRecord c = tx.cases().require(caseId);
            if (c.status() != CaseStatus.OPEN) {
                throw new RefusedException("case-must-be-open", "case " + c.reference() + " is "
                        + c.status().name().toLowerCase(Locale.ROOT) + "; only an open case is classified");
            }
            Map<String, CodeList> schemes = schemes(ctx, c.area());
            CodeList list = schemes.get(schemeId);
            if (list == null) {
                throw InvalidInputException.of("refused", new Problem("scheme", w.container().instruments().find(schemeId).isPresent()
                        ? "'" + scheme + "' is an instrument: its level comes from a final assessment"
                        : "'" + scheme + "' is not a classification scheme of area " + c.area() + " (" + String.join(", ", schemes.keySet()) + ")",
                        Suggestions.closest(schemeId, schemes.keySet()).orElse(null)));
            }
            Code code = list.find(value).orElseThrow(() -> InvalidInputException.of("refused", new Problem("value",
                    "'" + value + "' is not in " + list.title() + " (" + String.join(", ", list.codeValues()) + ")",
                    Suggestions.closest(value.strip(), list.codeValues()).orElse(null))));
            return new Classified(c, code, tx.classifications().change(c.id(), list.id(), code.code(), why, null));
        }), "rationale", why);
    }

    @Override
    public Closed close(RequestContext ctx, long caseId, CaseStatus how, String reason, LocalDate on) {
        String why = Inputs.required("reason", reason);
        if (how != CaseStatus.CLOSED && how != CaseStatus.DISCHARGED) {
            throw InvalidInputException.of("refused", Problem.of("how", "a case is closed or discharged here"
                    + (how == CaseStatus.TRANSFERRED ? " (a transfer to another area is not recorded this way)" : "")));
        }
        LocalDate day = on == null ? ctx.today() : Inputs.notFuture(ctx, "on", on);
        return w.language().saved(ctx, w.inTransaction(ctx, tx -> {
            CaseRecord open = tx.cases().require(caseId);
            if (open.status() == CaseStatus.OPEN && day.isBefore(open.opened())) {
                throw InvalidInputException.of("refused", Problem.of("on", day + " is before the case was opened (" + open.opened() + ")"));
            }
            if (open.status() == CaseStatus.OPEN && how == CaseStatus.DISCHARGED) {
                AreaCasework casework = w.casework(open.area());
                if (casework.area() == null) {
                    throw new RefusedException("area-plugin-needed", "area " + open.area() + " is not enabled in this home; discharging a case"
                            + " needs its plugin, which says what a discharge waits for (closing it does not)");
                }
                casework.require(new Step.Discharge(), tx.recordedCases().of(open), "be discharged");
            }
            CaseRecord closed = tx.cases().close(caseId, how, why, day);
            List<String> off = new ArrayList<>();
            for (Meeting m : tx.meetings().forCase(caseId)) {
                if (m.status() == Meeting.Status.SCHEDULED && m.startsAt().isAfter(ctx.now()) && tx.meetings().removeCase(m.id(), caseId)) {
                    off.add(m.reference());
                }
            }
            return new Closed(closed, off);
        }), "reason", why);
    }
}
