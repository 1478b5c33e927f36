package org.safeguard.core.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.safeguard.core.api.area.ClassificationScheme;
import org.safeguard.core.api.casework.Flag;
import org.safeguard.core.api.casework.RecordedCase;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.MissingEpisode;
import org.safeguard.core.model.Placement;
import org.safeguard.core.model.Referral;
import org.safeguard.core.model.Decision;
import org.safeguard.core.store.Meetings;
import org.safeguard.dsl.eval.CaseEvent;
import org.safeguard.dsl.eval.CaseField;
import org.safeguard.dsl.eval.CaseSnapshot;

/**
 * Reads a case from the store as the facts the area definition language evaluates: the
 * fields of its catalogue that the core records, the final assessments, missing episodes,
 * the referral as the anchor of deadlines, and the panel context of one meeting.
 */
public final class CaseFactsReader {
    /** Dates in the model are local to England. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private CaseFactsReader() {
    }

    /**
     * The same facts from records already read (a document reads them for all its cases at
     * once): the case's child, its assessments, the child's missing episodes in start order,
     * and the days the case's referrals were received; and what the area's plugin says of it: the current value of each
     * classification scheme that feeds a case field ({@code case.category}, {@code case.tier}),
     * the flags that hold ({@code case.flags}) and the outcome codes recorded ({@code case.outcomes}).
     *
     * @param onPanel              the case is on the meeting being prepared
     * @param proposedForDischarge the case is proposed for discharge at it
     * @param newToPanel           this is the case's first meeting of the type
     */
    public static CaseSnapshot read(CaseRecord c, Child child, List<Assessment> assessments, List<MissingEpisode> episodes,
                                    List<LocalDate> referrals, Instant now, boolean onPanel, boolean proposedForDischarge,
                                    boolean newToPanel, int actionsOverdue, RecordedCase recorded, AreaCasework casework,
                                    List<Placement> placements, List<CaseEvent> events) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        CaseSnapshot.Builder b = CaseSnapshot.at(now)
                .set("case.status", c.status().name().toLowerCase())
                .set("case.opened", c.opened())
                .set("case.priority", c.priority())
                .set("case.days-open", ChronoUnit.DAYS.between(c.opened(), today))
                .set("case.on-panel", onPanel)
                .set("case.proposed-for-discharge", proposedForDischarge)
                .set("case.new-to-panel", newToPanel)
                .actionsOverdue(actionsOverdue);
        for (CaseEvent e : events) {
            if (e.kind() == CaseEvent.Kind.MEETING_HELD) {
                b.meetingHeld(e.name(), e.at());
            } else {
                b.decision(e.name(), e.at());
            }
        }
        // a batch that was asked for no child field reads no child (null)
        if (child != null) {
            b.set("child.looked-after", child.legalStatus() != null);
        }
        if (child != null && child.dateOfBirth() != null) {
            b.set("child.date-of-birth", child.dateOfBirth()).set("child.age", (long) child.ageOn(today));
        }
        if (child != null && child.ethnicity() != null) {
            b.set("child.ethnicity", child.ethnicity());
        }
        if (child != null && child.gender() != null) {
            b.set("child.gender", child.gender());
        }
        List<Assessment> finals = assessments.stream()
                .filter(a -> a.status() == AssessmentStatus.FINAL).sorted(Comparator.comparingLong(Assessment::id)).toList();
        for (Assessment a : finals) {
            b.assessment(a.instrumentId(), a.recorded(), a.band(), a.level(), a.score());
        }
        if (!finals.isEmpty()) {
            Assessment latest = finals.get(finals.size() - 1);
            b.set("case.band", latest.band()).set("case.level", latest.level()).set("case.score", (long) latest.score());
        }
        b.anchor("case-opened", c.opened().atStartOfDay(ZONE).toInstant());
        // placements come by day, so the last is the latest: where the child is placed now
        if (!placements.isEmpty()) {
            b.anchor("placement", placements.get(placements.size() - 1).placedOn().atStartOfDay(ZONE).toInstant());
        }
        if (!finals.isEmpty()) {
            b.anchor("assessment", finals.get(finals.size() - 1).recorded());
        }
        // episodes come in start order, so the last anchors written are the latest episode's
        for (MissingEpisode e : episodes) {
            b.missing(e.started(), e.returned(), e.returnInterviewHeld(), e.returnInterviewRequired());
            b.anchor("missing", e.started());
            if (e.returned() != null) {
                b.anchor("return", e.returned());
            }
        }
        referrals.stream().min(Comparator.naturalOrder()).ifPresent(received -> {
            Instant at = received.atStartOfDay(ZONE).toInstant();
            b.set("referral.received", at).anchor("referral", at);
        });
        if (recorded == null) {
            return b.build(); // a batch that was asked for no plugin field reads no recorded case
        }
        for (ClassificationScheme scheme : casework.schemes()) {
            scheme.field().filter(path -> CaseField.byPath(path).isEmpty()).ifPresent(path -> recorded.classification(scheme.id())
                    .ifPresent(code -> set(b, path, code)));
        }
        for (RecordedCase.FormAnswers form : recorded.forms()) {
            answers(b, casework, form, id -> CaseField.formPath(form.formId(), id), true);
        }
        recorded.referral().ifPresent(referral -> answers(b, casework, referral, CaseField::referralPath, false));
        for (RecordedCase.Screening s : recorded.screenings()) {
            b.set(CaseField.plugin(CaseField.checklistPath(s.checklist()), CaseField.Kind.CODE_SET, 0, 0, null, ""),
                    new TreeSet<>(s.proposals()));
        }
        b.set("case.flags", casework.flags(recorded).stream().map(Flag::code).collect(Collectors.toCollection(TreeSet::new)));
        b.set("case.outcomes", recorded.outcomes().stream().map(RecordedCase.Outcome::code).collect(Collectors.toCollection(TreeSet::new)));
        return b.build();
    }

    /**
     * Sets the fields a form's answers feed, each at {@code path.apply(fieldId)}: a yes/no, a date,
     * a code, a set of codes; a text as whether it is recorded (only when {@code all}: the
     * referral's texts feed nothing, as the vocabulary offers none of them).
     */
    private static void answers(CaseSnapshot.Builder b, AreaCasework casework, RecordedCase.FormAnswers form,
                                java.util.function.UnaryOperator<String> path, boolean all) {
        var definition = casework.forms().apply(form.formId());
        if (definition.isEmpty()) {
            return; // the form's plugin is gone: its answers feed nothing the checker let a file name
        }
        for (var field : definition.get().fields()) {
            Object value = form.answers().get(field.id());
            String at = path.apply(field.id());
            switch (field.type()) {
                case YES_NO -> {
                    if (value instanceof Boolean yes) {
                        b.set(CaseField.plugin(at, CaseField.Kind.BOOLEAN, 0, 0, null, ""), yes);
                    }
                }
                case DATE -> {
                    if (all && value instanceof String s) {
                        b.set(CaseField.plugin(at, CaseField.Kind.DATE, 0, 0, null, ""), LocalDate.parse(s));
                    }
                }
                case CODE -> {
                    if (value instanceof String s) {
                        b.set(CaseField.plugin(at, CaseField.Kind.CODE, 0, 0, null, ""), s);
                    }
                }
                case CODES -> {
                    if (value instanceof List<?> l) {
                        b.set(CaseField.plugin(at, CaseField.Kind.CODE_SET, 0, 0, null, ""),
                                l.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new)));
                    }
                }
                case GROUP -> { }
                // a text answer feeds whether it is recorded
                default -> {
                    if (all) {
                        b.set(CaseField.plugin(at, CaseField.Kind.BOOLEAN, 0, 0, null, ""), value instanceof String s && !s.isBlank());
                    }
                }
            }
        }
    }

    /**
     * What can meet the case's deadlines besides assessments and return interviews: the meetings
     * of its appearances that were not cancelled and had begun by {@code now}, and its decisions
     * (from the start of the day decided).
     */
    public static List<CaseEvent> events(List<Meetings.Appearance> appearances, List<Decision> decisions, Instant now) {
        List<CaseEvent> out = new java.util.ArrayList<>();
        for (Meetings.Appearance a : appearances) {
            if (!a.cancelled() && !a.startsAt().isAfter(now)) {
                out.add(new CaseEvent(CaseEvent.Kind.MEETING_HELD, a.meetingType(), a.startsAt()));
            }
        }
        for (Decision d : decisions) {
            out.add(new CaseEvent(CaseEvent.Kind.DECISION, d.kind(), d.decidedOn().atStartOfDay(ZONE).toInstant()));
        }
        return out;
    }

    /**
     * A scheme's current code as the value of the plugin's field it feeds: a number when the code
     * is one (the vocabulary makes a scheme of numeric codes a number field), else the code.
     */
    private static void set(CaseSnapshot.Builder b, String path, String code) {
        boolean number = code.matches("-?\\d{1,18}");
        CaseField field = CaseField.plugin(path, number ? CaseField.Kind.NUMBER : CaseField.Kind.CODE, Long.MIN_VALUE, Long.MAX_VALUE, null, "");
        b.set(field, number ? (Object) Long.parseLong(code) : code);
    }
}
