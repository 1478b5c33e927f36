package org.safeguard.core.app;

import java.util.List;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.model.Role;

/**
 * Actions agreed at meetings: who does what by when, tracked until done or cancelled and
 * carried to the next meeting's review of actions. Listing them is an audited read (their
 * descriptions speak of cases). An action is open, overdue ({@link MeetingAction#state} on
 * {@link RequestContext#today()}), done or cancelled. Implementations are thread-safe.
 */
public interface ActionService {
    /** An action recorded, with the meeting that agreed it. */
    record Added(Meeting meeting, MeetingAction action) {
    }

    /** The open actions (every action when {@code includeClosed}), by due date; the listing is audited. */
    @Needs(Role.PRACTITIONER)
    List<MeetingAction> list(RequestContext ctx, boolean includeClosed);

    /**
     * Records an action agreed at a meeting against one of its agenda items, checked as the
     * minutes are (a problem names the action's field: {@code agency}, {@code due}, {@code case},
     * {@code item}). Refused once the meeting's minutes are issued ({@code minutes-issued}).
     */
    @Needs(Role.COORDINATOR)
    Added add(RequestContext ctx, long meetingId, String item, MeetingService.NewAction action);

    /** Marks an open action done, with an optional note; refused when it is closed already ({@code action-must-be-open}). */
    @Needs(Role.PRACTITIONER)
    MeetingAction done(RequestContext ctx, long actionId, String note);

    /** Cancels an open action, with the reason; refused when it is closed already ({@code action-must-be-open}). */
    @Needs(Role.COORDINATOR)
    MeetingAction cancel(RequestContext ctx, long actionId, String reason);
}
