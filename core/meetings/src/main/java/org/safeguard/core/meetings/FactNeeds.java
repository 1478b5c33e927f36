package org.safeguard.core.meetings;

import java.util.ArrayList;
import java.util.List;
import org.safeguard.dsl.eval.DeadlineAnchor;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.Condition;
import org.safeguard.dsl.model.Deadline;
import org.safeguard.dsl.model.MetBy;
import org.safeguard.dsl.model.Operand;
import org.safeguard.dsl.model.Rule;

/**
 * Which of a case's records a batch of facts must read for what will be evaluated: a sweep reads
 * what its area's rules and the deadlines they test name, a deadline listing what the deadlines
 * name, nothing more. A record left unread gives the facts it feeds no value, so each flag below
 * must be true wherever a condition, anchor or evidence could read it. Immutable.
 *
 * @param child       the child's fields ({@code child.*})
 * @param recorded    the plugin's view of the case: its schemes' fields, flags and outcome codes
 * @param assessments final assessments (bands, levels, scores; the {@code assessment} event and its evidence)
 * @param episodes    missing episodes (counts, {@code child.missing}, the {@code missing} and {@code return} events, return interviews)
 * @param placements  placements (the {@code placement} event)
 * @param actions     actions (the count overdue)
 * @param appearances the meetings the case is on ({@code case.on-panel}, meetings held as evidence)
 * @param decisions   decisions (as evidence)
 */
public record FactNeeds(boolean child, boolean recorded, boolean assessments, boolean episodes, boolean placements, boolean actions,
                        boolean appearances, boolean decisions) {
    /** Everything: a case shown or explained in full. */
    public static final FactNeeds ALL = new FactNeeds(true, true, true, true, true, true, true, true);
    private static final FactNeeds NONE = new FactNeeds(false, false, false, false, false, false, false, false);

    /** What the area's rules read, with the deadlines they test. */
    public static FactNeeds forRules(AreaDefinition area) {
        FactNeeds n = NONE;
        List<Deadline> tested = new ArrayList<>();
        for (Rule r : area.rules()) {
            n = n.or(condition(r.when(), area, tested));
        }
        for (Deadline d : tested) {
            n = n.or(deadline(d, area));
        }
        return n;
    }

    /** What the area's deadlines read: their events and what meets them. */
    public static FactNeeds forDeadlines(AreaDefinition area) {
        FactNeeds n = NONE;
        for (Deadline d : area.deadlines()) {
            n = n.or(deadline(d, area));
        }
        return n;
    }

    private static FactNeeds condition(Condition c, AreaDefinition area, List<Deadline> tested) {
        if (c == null) {
            return NONE;
        }
        if (c instanceof Condition.And and) {
            FactNeeds n = NONE;
            for (Condition p : and.parts()) {
                n = n.or(condition(p, area, tested));
            }
            return n;
        }
        if (c instanceof Condition.Or or) {
            FactNeeds n = NONE;
            for (Condition p : or.parts()) {
                n = n.or(condition(p, area, tested));
            }
            return n;
        }
        if (c instanceof Condition.Not not) {
            return condition(not.operand(), area, tested);
        }
        if (c instanceof Condition.Test t) {
            return operand(t.field(), area, tested);
        }
        if (c instanceof Condition.DeadlinePassed d) {
            area.deadline(d.deadline().name()).ifPresent(tested::add);
            return NONE;
        }
        Condition.Compare cmp = (Condition.Compare) c;
        return operand(cmp.left(), area, tested);
    }

    private static FactNeeds operand(Operand o, AreaDefinition area, List<Deadline> tested) {
        if (o instanceof Operand.MissingEpisodes) {
            return NONE.with(3);
        }
        if (o instanceof Operand.ActionsOverdue) {
            return NONE.with(5);
        }
        if (o instanceof Operand.DeadlinesPassed) {
            tested.addAll(area.deadlines());
            return NONE;
        }
        if (o instanceof Operand.TimeSince t) {
            return field(t.field().path());
        }
        return field(((Operand.Field) o).path());
    }

    private static FactNeeds field(String path) {
        if (path.startsWith("child.")) {
            return path.equals("child.missing") ? NONE.with(3) : NONE.with(0);
        }
        return switch (path) {
            case "case.status", "case.status-since", "case.opened", "case.days-open", "case.priority", "referral.received",
                    "case.proposed-for-discharge", "case.new-to-panel" -> NONE;
            case "case.band", "case.level", "case.score" -> NONE.with(2);
            case "case.on-panel" -> NONE.with(6);
            default -> NONE.with(1); // a plugin's field (a scheme's), case.flags, case.outcomes
        };
    }

    /** What a deadline reads: its event, what meets it, and its condition (which the checker lets test no deadline). */
    private static FactNeeds deadline(Deadline d, AreaDefinition area) {
        String event = d.anchor().name();
        FactNeeds n = event.equals(DeadlineAnchor.ASSESSMENT.word()) ? NONE.with(2)
                : event.equals(DeadlineAnchor.MISSING.word()) || event.equals(DeadlineAnchor.RETURN.word()) ? NONE.with(3)
                : event.equals(DeadlineAnchor.PLACEMENT.word()) ? NONE.with(4)
                : NONE;
        for (MetBy m : d.metBy()) {
            n = n.or(m instanceof MetBy.FinalAssessment ? NONE.with(2) : m instanceof MetBy.ReturnInterview ? NONE.with(3)
                    : m instanceof MetBy.MeetingHeld ? NONE.with(6) : NONE.with(7));
        }
        if (d.when().isPresent()) {
            n = n.or(condition(d.when().get(), area, new ArrayList<>()));
        }
        return n;
    }

    /** This with one more record read, by its position in the record's components (0 = child … 7 = decisions). */
    private FactNeeds with(int which) {
        boolean[] v = {child, recorded, assessments, episodes, placements, actions, appearances, decisions};
        v[which] = true;
        return new FactNeeds(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    private FactNeeds or(FactNeeds o) {
        return new FactNeeds(child || o.child, recorded || o.recorded, assessments || o.assessments, episodes || o.episodes,
                placements || o.placements, actions || o.actions, appearances || o.appearances, decisions || o.decisions);
    }
}
