package org.safeguard.core.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.area.OutcomeCode;
import org.safeguard.core.api.casework.Flag;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.CaseForm;
import org.safeguard.core.model.CaseOutcome;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.CaseStatus;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Classification;
import org.safeguard.core.model.Decision;
import org.safeguard.core.model.PersonOfConcern;
import org.safeguard.core.model.Referral;
import org.safeguard.core.model.Role;
import org.safeguard.core.model.Screening;

/**
 * Cases: listing them with their current risk, showing everything recorded on one (an audited
 * read), changing a case's classification in one of its area's schemes, and closing it.
 * Implementations are thread-safe.
 */
public interface CaseService {
    /**
     * A case as a list shows it.
     *
     * @param onCase  the case
     * @param child   its child
     * @param current the latest final assessment, if any
     * @param drafts  how many draft assessments it has
     */
    record Summary(CaseRecord onCase, Child child, Optional<Assessment> current, int drafts) {
        /** The current risk in words: level, band and score, or "not yet assessed". */
        public String risk() {
            return current.map(a -> a.level() + " (" + a.band() + ") " + a.score()).orElse("not yet assessed");
        }
    }

    /**
     * Everything recorded on a case, each list in the order it was recorded, and the case's
     * chronology: every one of those, the meetings the case was on, its actions and the
     * documents sent about its child, in date order.
     */
    record Detail(Summary summary, List<Referral> referrals, List<Assessment> assessments, Set<Long> superseded,
                  List<Classification> classifications, List<Decision> decisions, List<MissingEpisodeService.Episode> missingEpisodes,
                  List<Flag> flags, List<OutcomeEntry> outcomes, List<RecordedForm> forms, List<Screening> screenings,
                  List<DeadlineService.Entry> deadlines, List<Event> chronology, PlanService.Plans plans,
                  java.util.Optional<org.safeguard.core.api.casework.CasePath.PathStep> path) {
        public Detail {
            deadlines = List.copyOf(deadlines);
            screenings = List.copyOf(screenings);
            flags = List.copyOf(flags);
            outcomes = List.copyOf(outcomes);
            forms = List.copyOf(forms);
            chronology = List.copyOf(chronology);
        }
    }

    /**
     * An outcome recorded on a case, for reading.
     *
     * @param outcome the record
     * @param title   the outcome code's title in the area's words, or the code when its plugin is not enabled
     * @param person  the person of concern it is entered on, or null for the victim
     */
    record OutcomeEntry(CaseOutcome outcome, String title, PersonOfConcern person) {
    }

    /**
     * The latest version of a form recorded on a case, read back under the form's own labels.
     *
     * @param form     the version stored
     * @param title    the form's title, or its id when its plugin is not enabled
     * @param sections the answers in the form's sections (as a referral is read back)
     */
    record RecordedForm(CaseForm form, String title, List<ReferralService.Section> sections) {
        public RecordedForm {
            sections = List.copyOf(sections);
        }
    }

    /**
     * What recording a case form did.
     *
     * @param onCase  the case
     * @param form    the version now current: a new one, or the latest when nothing changed
     * @param changed the fields this record set, changed or cleared, in form order; empty when it changed nothing
     */
    record FormRecorded(CaseRecord onCase, CaseForm form, List<String> changed) {
        public FormRecorded {
            changed = List.copyOf(changed);
        }
    }

    /** What recording an outcome did: the case, the record, the area's code it used and the person it is on (null for the victim). */
    record OutcomeRecorded(CaseRecord onCase, CaseOutcome outcome, OutcomeCode code, PersonOfConcern person) {
    }

    /**
     * One line of a case's chronology.
     *
     * @param at        when: an ISO date (2026-11-02) or an ISO instant (2026-11-02T10:00:00Z)
     * @param kind      referral, assessment, screening, classification, case-form, outcome, placement, missing, returned, return-interview,
     *                  meeting, decision, action, action-done, action-cancelled or document-sent
     * @param summary   what happened, in a line
     * @param reference the printed reference of the record, or null when it has none
     */
    record Event(String at, String kind, String summary, String reference) {
    }

    /**
     * What a classification request did.
     *
     * @param onCase the case
     * @param code   the code it is now classified with
     * @param change the history entry recorded, or empty when the case already had that value
     */
    record Classified(CaseRecord onCase, Code code, Optional<Classification> change) {
    }

    /** The cases (open only unless {@code includeClosed}), by id; the listing is audited. */
    @Needs(Role.PRACTITIONER)
    List<Summary> list(RequestContext ctx, boolean includeClosed);

    /** Everything recorded on a case; the read is audited. */
    @Needs(Role.PRACTITIONER)
    Detail show(RequestContext ctx, long caseId);

    /**
     * The schemes a case in an area may be classified by, as its plugin declares them
     * ({@code AreaDescriptor.schemes()}), each with its code list, in the declared order. Needs
     * the area's plugin enabled.
     */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    Map<String, CodeList> schemes(RequestContext ctx, String areaId);

    /** The forms an area records against its cases ({@code AreaDescriptor.caseForms()}), in the declared order. Needs the area's plugin. */
    @Needs(Role.PRACTITIONER)
    List<FormDefinition> caseForms(RequestContext ctx, String areaId);

    /**
     * Records a form against an open case as its next version: the latest version's answers with
     * the given ones over them (a blank value clears a field), validated whole by the form. When
     * that changes nothing, nothing is recorded. Refused, naming every problem, for a form the
     * case's area does not record on cases, or answers the form refuses.
     *
     * @param values field id to value, as {@code FormDefinition.validate} takes them
     */
    @Needs(Role.PRACTITIONER)
    FormRecorded recordForm(RequestContext ctx, long caseId, String formId, Map<String, ?> values);

    /**
     * Records an outcome code of the case's area on an open case: on the victim ({@code personId}
     * null) or on a person of concern linked to the case's child, as the code says; achieved on a
     * day (today when null; never in the future, never before the case was opened).
     */
    @Needs(Role.PRACTITIONER)
    OutcomeRecorded recordOutcome(RequestContext ctx, long caseId, String code, Long personId, String note, LocalDate on);

    /** Records a change of an open case's classification in a scheme, with the rationale. */
    @Needs(Role.PRACTITIONER)
    Classified classify(RequestContext ctx, long caseId, String scheme, String value, String rationale);

    /**
     * A case closed or discharged, and the panels of meetings still to come it was taken off.
     *
     * @param offPanels the references of the meetings not yet held whose panel it left
     */
    record Closed(CaseRecord record, List<String> offPanels) {
        public Closed {
            offPanels = List.copyOf(offPanels);
        }
    }

    /**
     * Closes or discharges an open case on a day (today when null; never in the future, never
     * before it was opened), and takes it off the panel of every meeting not yet held (the
     * meetings already held keep it: their papers show what stood). A closed case is not
     * reopened: a new referral opens a new case. A discharge is refused, changing nothing, while a
     * guard of the case's area names something missing (London: no positive intervention for
     * the victim), each thing named.
     */
    @Needs(Role.COORDINATOR)
    Closed close(RequestContext ctx, long caseId, CaseStatus how, String reason, LocalDate on);
}
