package org.safeguard.core.app.internal;

import org.safeguard.core.api.form.FieldType;

import org.safeguard.core.api.Problem;

import org.safeguard.core.api.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.form.CoreField;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FormDefinition;
import java.util.Optional;
import org.safeguard.core.app.CirculationService;
import org.safeguard.core.app.ReferralService;
import org.safeguard.core.render.Format;
import org.safeguard.core.store.Tx;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Referral;
import org.safeguard.core.model.ReferralFacts;
import org.safeguard.core.runtime.Container;
import org.safeguard.core.store.NewChild;
import org.safeguard.core.store.NewReferral;

/**
 * {@link ReferralService} on the area's own form: every answer is validated, then — in the same
 * transaction — the child is recorded (or the one named is used), a case is opened in the area
 * if the child has none open, and the referral is attached to it.
 */
final class ReferralServiceImpl implements ReferralService {
    private final Wiring w;

    ReferralServiceImpl(Wiring w) {
        this.w = w;
    }

    /** The referral form an area names, as its plugin provides it. */
    static FormDefinition form(Container container, AreaDescriptor area) {
        String formId = area.referralForm().orElseThrow(() -> new RefusedException("referral-form-needed",
                "area " + area.id() + " has no referral form"));
        return container.forms().find(formId).orElseThrow(() -> new NotFoundException("referral form " + formId + " is not available"));
    }

    @Override
    public Form form(RequestContext ctx, String areaId) {
        AreaDescriptor area = w.area(areaId);
        return new Form(area.id(), form(w.container(), area));
    }

    @Override
    public Outcome refer(RequestContext ctx, String areaId, Long childId, Map<String, Object> answers) {
        AreaDescriptor area = w.area(areaId);
        Container container = w.container();
        FormDefinition form = form(container, area);
        Map<String, Object> typedIn = safe(form, answers);
        Outcome outcome = w.inTransaction(ctx, tx -> {
            Child known = childId == null ? null : tx.children().require(childId);
            Map<String, Object> values = new LinkedHashMap<>(typedIn);
            if (known != null) {
                fillFromChild(form, values, known);
            }
            return record(tx, area, prepare(ctx, area, form, values, known == null, true), known);
        });
        w.language().noteAnswers(ctx, form, outcome.referral().answers());
        return outcome;
    }

    /**
     * A referral checked and ready to record: what the referral and (for a new child) the child
     * will hold.
     */
    record Prepared(NewReferral referral, NewChild child) {
    }

    /**
     * Checks a referral's answers against its form, then the referral date and, for a new child,
     * the date of birth and gender; needs no transaction.
     *
     * @param warnOfAge whether to warn of a date of birth that makes the child an adult today (not
     *                  for an import of past referrals, whose children have grown up since)
     * @throws InvalidInputException with the form's problems all at once, else the first other one
     */
    Prepared prepare(RequestContext ctx, AreaDescriptor area, FormDefinition form, Map<String, Object> values, boolean newChild,
                     boolean warnOfAge) {
        Map<String, Object> v = form.validate(values, w.container().codeLists()::find);
        String dateField = form.boundTo(CoreField.REFERRAL_DATE).map(FieldDefinition::id).orElse("received");
        Object typed = bound(form, v, CoreField.REFERRAL_DATE, null);
        LocalDate received = typed == null ? ctx.today() : Inputs.notFuture(ctx, dateField, LocalDate.parse((String) typed));
        NewReferral referral = new NewReferral(form.id(), form.version(), (String) bound(form, v, CoreField.REFERRER_NAME, ""),
                (String) bound(form, v, CoreField.REFERRER_AGENCY, ""), received, strings(bound(form, v, CoreField.BASIS_OF_CONCERN, null)),
                strings(bound(form, v, CoreField.WARNING_SIGNS, null)), (Boolean) bound(form, v, CoreField.PARENTS_AWARE, null),
                (String) bound(form, v, CoreField.NARRATIVE, null), v);
        if (newChild) {
            checkNewChild(ctx, form, v, warnOfAge);
        }
        return new Prepared(referral, newChild ? newChild(form, v, area) : null);
    }

    /** Records a prepared referral: the child (unless known), a case opened in the area if the child has none open, the referral. */
    static Outcome record(Tx tx, AreaDescriptor area, Prepared p, Child known) {
        Child child = known != null ? known : tx.children().add(p.child());
        var open = tx.cases().openFor(child.id(), area.id());
        CaseRecord c = open.orElseGet(() -> tx.cases().open(child.id(), area, p.referral().received()));
        Referral r = tx.referrals().add(c.id(), child.id(), p.referral());
        return new Outcome(child, c, open.isEmpty(), r);
    }

    /** The answers with long text's line ends as line feeds; refused listing every answer that holds a control character. */
    static Map<String, Object> safe(FormDefinition form, Map<String, Object> answers) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        answers.forEach((id, value) -> {
            boolean multiLine = form.fields().stream().anyMatch(f -> f.id().equals(id) && f.type() == FieldType.LONG_TEXT);
            List<?> parts = value instanceof List<?> l ? l : List.of(value == null ? "" : value);
            for (Object part : parts) {
                if (part instanceof String s) {
                    Problem p = multiLine ? Inputs.textProblem(id, s) : Inputs.lineProblem(id, s);
                    if (p != null) {
                        problems.add(p);
                    }
                }
            }
            out.put(id, multiLine && value instanceof String s ? s.replace("\r\n", "\n").replace('\r', '\n') : value);
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException("referral not recorded", problems);
        }
        return out;
    }

    @Override
    public Referral recordFacts(RequestContext ctx, long referralId, ReferralFacts facts) {
        List<Problem> problems = new ArrayList<>();
        if (facts.socialCareOutcome() != null && !ReferralFacts.SOCIAL_CARE_OUTCOMES.contains(facts.socialCareOutcome())) {
            problems.add(new Problem("social-care-outcome", "'" + facts.socialCareOutcome() + "' is not a social care outcome ("
                    + String.join(", ", ReferralFacts.SOCIAL_CARE_OUTCOMES) + ")",
                    org.safeguard.core.api.Suggestions.closest(facts.socialCareOutcome(), ReferralFacts.SOCIAL_CARE_OUTCOMES).orElse(null)));
        }
        if (facts.initialContact() != null && !ReferralFacts.INITIAL_CONTACTS.contains(facts.initialContact())) {
            problems.add(new Problem("initial-contact", "'" + facts.initialContact() + "' is not a method of initial contact ("
                    + String.join(", ", ReferralFacts.INITIAL_CONTACTS) + ")",
                    org.safeguard.core.api.Suggestions.closest(facts.initialContact(), ReferralFacts.INITIAL_CONTACTS).orElse(null)));
        }
        if (facts.missingBefore() != null && facts.missingBefore() < 0) {
            problems.add(Problem.of("missing-before", "is a number of times, 0 or more"));
        }
        if (!facts.any()) {
            problems.add(Problem.of("facts", "name at least one fact to record"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("facts not recorded", problems);
        }
        return w.inTransaction(ctx, tx -> {
            tx.referrals().find(referralId).orElseThrow(() -> new NotFoundException("no referral with id " + referralId));
            return tx.referrals().recordFacts(referralId, facts);
        });
    }

    @Override
    public Detail show(RequestContext ctx, long referralId) {
        return w.inTransaction(ctx, tx -> {
            Referral r = tx.referrals().find(referralId).orElseThrow(() -> new NotFoundException("no referral with id " + referralId));
            tx.audit().read("referral", referralId);
            return new Detail(r, tx.children().require(r.childId()), tx.cases().require(r.caseId()));
        });
    }

    /** A new child's date of birth and gender as the form gave them: possible for a child, and a gender the rules read. */
    private void checkNewChild(RequestContext ctx, FormDefinition form, Map<String, Object> v, boolean warnOfAge) {
        List<Problem> problems = new ArrayList<>();
        String dobField = form.boundTo(CoreField.DATE_OF_BIRTH).map(FieldDefinition::id).orElse("dateOfBirth");
        String dob = (String) bound(form, v, CoreField.DATE_OF_BIRTH, null);
        if (dob != null) {
            LocalDate born = LocalDate.parse(dob);
            if (born.isAfter(ctx.today())) {
                problems.add(Problem.of(dobField, "is in the future (" + born + ")"));
            } else if (java.time.Period.between(born, ctx.today()).getYears() > ChildServiceImpl.OLDEST) {
                problems.add(Problem.of(dobField, "makes the child " + java.time.Period.between(born, ctx.today()).getYears()
                        + " today; Safeguard records children and young people up to " + ChildServiceImpl.OLDEST + " (care leavers): check the date"));
            }
        }
        Inputs.gender(form.boundTo(CoreField.GENDER).map(FieldDefinition::id).orElse("gender"), (String) bound(form, v, CoreField.GENDER, null),
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("referral not recorded", problems);
        }
        if (dob != null && warnOfAge) {
            ChildServiceImpl.unlikelyAge(ctx, LocalDate.parse(dob)).ifPresent(w.events()::warning);
        }
    }

    @Override
    public Reading read(RequestContext ctx, long referralId) {
        return w.inTransaction(ctx, tx -> reading(tx, referralId));
    }

    @Override
    public CirculationService.Rendering render(RequestContext ctx, long referralId, CirculationService.Format format) {
        Reading reading = read(ctx, referralId);
        String areaName = w.area(reading.onCase().area()).name();
        Format f = Format.valueOf(format.name());
        return new CirculationService.Rendering(format, w.renderer().render("referral", f, ReferralReading.view(reading, areaName)).bytes());
    }

    @Override
    public List<Listed> list(RequestContext ctx, Long childId) {
        return w.inTransaction(ctx, tx -> {
            tx.audit().record("list", "referral", null, childId == null ? "" : "child=" + childId);
            List<Referral> referrals = childId == null ? tx.referrals().list() : tx.referrals().forChild(childId);
            Map<Long, Child> children = tx.children().withIds(referrals.stream().map(Referral::childId).distinct().toList());
            Map<Long, CaseRecord> cases = tx.cases().withIds(referrals.stream().map(Referral::caseId).distinct().toList());
            return referrals.stream().map(r -> new Listed(r.id(), ReferralReading.reference(r.id()), cases.get(r.caseId()).reference(),
                    children.get(r.childId()).reference(), r.received(), r.formId(), r.recordedBy())).toList();
        });
    }

    private Reading reading(Tx tx, long referralId) {
        Referral r = tx.referrals().find(referralId).orElseThrow(() -> new NotFoundException("no referral with id " + referralId));
        tx.audit().read("referral", referralId);
        Container container = w.container();
        Optional<FormDefinition> form = container.forms().find(r.formId());
        return new Reading(r, ReferralReading.reference(r.id()), tx.children().require(r.childId()), tx.cases().require(r.caseId()),
                form.map(FormDefinition::title).orElse(r.formId()), form.map(FormDefinition::source).orElse(null),
                ReferralReading.sections(r, form, container.codeLists()::find));
    }

    private static NewChild newChild(FormDefinition form, Map<String, Object> v, AreaDescriptor area) {
        String dob = (String) bound(form, v, CoreField.DATE_OF_BIRTH, null);
        String aliases = (String) bound(form, v, CoreField.ALTERNATIVE_NAMES, null);
        return new NewChild((String) bound(form, v, CoreField.FAMILY_NAME, null), (String) bound(form, v, CoreField.GIVEN_NAME, null),
                (String) bound(form, v, CoreField.MIDDLE_NAMES, null),
                aliases == null ? List.of() : Arrays.stream(aliases.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList(),
                dob == null ? null : LocalDate.parse(dob), Inputs.gender("gender", (String) bound(form, v, CoreField.GENDER, null), new ArrayList<>()),
                (String) bound(form, v, CoreField.ETHNICITY, null), (String) bound(form, v, CoreField.ADDRESS, null),
                (String) bound(form, v, CoreField.LOOKED_AFTER_STATUS, null), (String) bound(form, v, CoreField.LEGAL_STATUS, null),
                null, null, (String) bound(form, v, CoreField.SCHOOL, null), null, area.id(), null);
    }

    /** With a known child, the form's subject fields default to what is recorded. */
    private static void fillFromChild(FormDefinition form, Map<String, Object> values, Child c) {
        put(form, values, CoreField.FAMILY_NAME, c.familyName());
        put(form, values, CoreField.GIVEN_NAME, c.givenName());
        put(form, values, CoreField.MIDDLE_NAMES, c.middleNames());
        put(form, values, CoreField.DATE_OF_BIRTH, c.dateOfBirth() == null ? null : c.dateOfBirth().toString());
        put(form, values, CoreField.ETHNICITY, c.ethnicity());
        put(form, values, CoreField.ADDRESS, c.address());
        put(form, values, CoreField.LOOKED_AFTER_STATUS, c.lookedAfterStatus());
        put(form, values, CoreField.LEGAL_STATUS, c.legalStatus());
        put(form, values, CoreField.SCHOOL, c.school());
        if (!c.alternativeNames().isEmpty()) {
            put(form, values, CoreField.ALTERNATIVE_NAMES, String.join(", ", c.alternativeNames()));
        }
    }

    private static void put(FormDefinition form, Map<String, Object> values, CoreField concept, String value) {
        form.boundTo(concept).map(FieldDefinition::id).ifPresent(id -> {
            if (value != null && !values.containsKey(id)) {
                values.put(id, value);
            }
        });
    }

    private static Object bound(FormDefinition form, Map<String, Object> values, CoreField concept, Object fallback) {
        return form.boundTo(concept).map(f -> values.get(f.id())).map(o -> (Object) o).orElse(fallback);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return o == null ? List.of() : new ArrayList<>((List<String>) o);
    }
}
