package org.safeguard.core.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MinutesEntry;
import org.safeguard.dsl.model.AreaDefinition;

/**
 * Minutes on their way into the record: what they are checked against (the meeting's agenda
 * as numbered, its panel, its area's agencies) and what checked minutes hold. Reading and
 * checking what a coordinator wrote is the caller's; {@link AreaMeetings} stores only minutes
 * that passed. Immutable records.
 */
public final class MinutesImport {
    /** One agenda item as the agenda numbered it, with the references of the cases it lists (in the agenda's order). */
    public record AgendaItem(String number, String title, boolean confidential, List<String> cases) {
        public AgendaItem {
            cases = List.copyOf(cases);
        }
    }

    /**
     * What minutes are checked against.
     *
     * @param meeting the meeting
     * @param day     the meeting's day in Europe/London (an action is not due before it)
     * @param agenda  its agenda's items as numbered for it, in order
     * @param panel   the cases on its panel: their references, with their ids, in case order
     * @param area    the area definition in force (its agencies)
     */
    public record Frame(Meeting meeting, LocalDate day, List<AgendaItem> agenda, Map<String, Long> panel, AreaDefinition area) {
        public Frame {
            agenda = List.copyOf(agenda);
            panel = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(panel));
        }
    }

    /** An action to record. */
    public record NewAction(String item, String caseReference, String description, String owner, String agency, LocalDate due,
                            String strand) {
        /** An action that names no strand. */
        public NewAction(String item, String caseReference, String description, String owner, String agency, LocalDate due) {
            this(item, caseReference, description, owner, agency, due, null);
        }
    }

    /**
     * Minutes as checked: attendance, the entries (one per item minuted, its case null, and one
     * per case discussed under an item, its case set), and the actions agreed.
     */
    public record Parsed(List<Attendance> attendance, List<MinutesEntry> entries, List<NewAction> actions) {
        public Parsed {
            attendance = List.copyOf(attendance);
            entries = List.copyOf(entries);
            actions = List.copyOf(actions);
        }
    }

    /**
     * What recording minutes changed.
     *
     * @param items     the items whose notes, decisions or case discussions were recorded (in agenda order)
     * @param added     the references of the actions recorded
     * @param repeated  how many of the minutes' actions were already recorded for their item
     *                  (same case, description, owner, agency and due day), so not added again
     * @param cancelled the references of open actions cancelled because minutes replacing the
     *                  recorded ones did not repeat them
     */
    public record Outcome(Parsed parsed, List<String> items, List<String> added, int repeated, List<String> cancelled) {
        public Outcome {
            items = List.copyOf(items);
            added = List.copyOf(added);
            cancelled = List.copyOf(cancelled);
        }
    }

    private MinutesImport() {
    }
}
