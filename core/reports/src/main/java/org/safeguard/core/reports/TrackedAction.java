package org.safeguard.core.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;

/**
 * An action as a board report shows it: its reference, the case by reference (never the child's
 * name), the meeting that agreed it, its strand, what it is, who owns it, by when, and its state
 * on the report's day. An action agreed in a meeting's confidential part shows no description,
 * whether it is on a case or not: the report goes wider than the panel, and the definition keeps
 * what the part says to the panel's professionals (London's MASE keeps both its parts so).
 *
 * @param caseReference    the case's reference, or null for an action on no case
 * @param meetingReference the meeting that agreed it, or null for one an area rule created
 * @param description      what the action is, or null for an action agreed in a confidential part
 * @param agreed           the day of the meeting that agreed it, or for a rule's the day it was created
 * @param state            open, overdue, done or cancelled, on the report's day
 * @param closedOn         the day it was done or cancelled, or null while open
 */
public record TrackedAction(String reference, String caseReference, String meetingReference, String strand, String description,
                            String owner, String agency, LocalDate agreed, LocalDate due, String state, LocalDate closedOn) {

    /** What a report prints in place of the description it leaves out. */
    public static final String CONFIDENTIAL = "(agreed in a confidential part: see the minutes)";

    /** The actions as tracked on {@code asAt}, with the references of their cases and meetings read once for all. */
    public static List<TrackedAction> of(Collection<MeetingAction> actions, Map<Long, CaseRecord> cases, Map<Long, Meeting> meetings,
                                         LocalDate asAt) {
        List<TrackedAction> out = new ArrayList<>(actions.size());
        for (MeetingAction a : actions) {
            CaseRecord c = a.caseId() == null ? null : cases.get(a.caseId());
            Meeting m = a.meetingId() == null ? null : meetings.get(a.meetingId());
            out.add(new TrackedAction(a.reference(), c == null ? null : c.reference(), m == null ? null : m.reference(), a.strand(),
                    a.confidential() ? null : a.description(), a.owner(), a.agency(),
                    (m == null ? a.recorded() : m.startsAt()).atZone(Reports.ZONE).toLocalDate(), a.due(), a.state(asAt),
                    a.closed() == null ? null : a.closed().atZone(Reports.ZONE).toLocalDate()));
        }
        return out;
    }

    public boolean open() {
        return closedOn == null;
    }

    /** Open and past due on the report's day. */
    public boolean overdue() {
        return "overdue".equals(state);
    }
}
