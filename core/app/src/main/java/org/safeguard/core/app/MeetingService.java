package org.safeguard.core.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.model.MeetingDocument;
import org.safeguard.core.model.Role;

/**
 * A coordinator's meetings, of the types the area's definition declares: scheduling one (the
 * type's agencies are invited), inviting others, putting cases on its panel, recording who
 * attended (and so whether it was quorate) and recording its minutes. Showing a meeting is an
 * audited read; the definition in force is the area file's last good version when the file has
 * errors. Actions agreed are {@link ActionService}'s. Implementations are thread-safe.
 */
public interface MeetingService {
    /**
     * A meeting to schedule.
     *
     * @param area        the area, or null for the only one enabled
     * @param type        a meeting type of the area's definition
     * @param startsAt    when it starts
     * @param endsAt      when it ends, or null
     * @param venue       where it is (a venue, call details, or both)
     * @param callDetails how to join it remotely
     * @param chair       who chairs it, or null
     * @param cases       the ids of the cases on its panel (open cases of the area)
     */
    record NewMeeting(String area, String type, Instant startsAt, Instant endsAt, String venue, String callDetails, String chair,
                      List<Long> cases) {
        public NewMeeting {
            cases = cases == null ? List.of() : List.copyOf(cases);
        }
    }

    /**
     * Someone to invite. A restricted invitee receives documents without their confidential parts.
     *
     * @param agency an agency id of the area's definition, or {@code family}
     * @param access what they receive; {@link Access#DEFAULT} when not said
     * @param reason why an invitee who is not a member of the meeting receives its confidential
     *               parts (needed with {@link Access#UNRESTRICTED} for them; recorded and audited)
     */
    record Invitation(String name, String email, String agency, Access access, String reason) {
        public Invitation {
            access = access == null ? Access.DEFAULT : access;
        }
    }

    /**
     * How much of a meeting an invitee receives. By default a member agency's invitee (one of the
     * agencies the meeting type names) receives every part, and anyone else — family, an agency
     * the type does not name — is restricted to the open parts. Making someone else unrestricted
     * needs a reason ({@code unrestricted-needs-reason}).
     */
    enum Access { DEFAULT, RESTRICTED, UNRESTRICTED }

    /** One person's attendance for an agency (an agency id of the area's definition). */
    record Attendee(String name, String agency, Attendance.Status status) {
    }

    /**
     * Minutes as a coordinator writes them, before they are checked against the meeting's agenda
     * and area: each item names its agenda item number ("2.2"). Values are as written (they are
     * stripped and checked when recorded); a problem names its place, e.g.
     * {@code items[1].actions[2].agency}.
     *
     * @param attendance who attended (may be empty)
     * @param items      the items minuted
     */
    record MinutesInput(List<Attendee> attendance, List<ItemMinutes> items) {
        public MinutesInput {
            attendance = attendance == null ? List.of() : List.copyOf(attendance);
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /**
     * The minutes of one agenda item.
     *
     * @param item      its number on the agenda, e.g. "2.2"
     * @param notes     the notes, or null
     * @param decisions the decisions taken (may be empty)
     * @param actions   the actions agreed (may be empty)
     * @param cases     the discussion of cases the item lists, case by case (may be empty)
     */
    record ItemMinutes(String item, String notes, List<String> decisions, List<NewAction> actions, List<CaseMinutes> cases) {
        public ItemMinutes {
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
            actions = actions == null ? List.of() : List.copyOf(actions);
            cases = cases == null ? List.of() : List.copyOf(cases);
        }

        /** An item's minutes without a case's discussion. */
        public ItemMinutes(String item, String notes, List<String> decisions, List<NewAction> actions) {
            this(item, notes, decisions, actions, List.of());
        }
    }

    /**
     * The discussion of one case under an item that lists it.
     *
     * @param caseReference the case's reference (or its number), as the agenda lists it under the item
     * @param discussion    what the panel said of it, or null
     * @param decisions     the decisions taken for it (may be empty)
     */
    record CaseMinutes(String caseReference, String discussion, List<String> decisions) {
        public CaseMinutes {
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
        }
    }

    /**
     * An action agreed at a meeting.
     *
     * @param agency        an agency id of the area's definition
     * @param due           when it is due: not before the meeting's day
     * @param caseReference the reference of a case on the meeting's panel (or, for an action added on its own, its number), or null
     * @param strand        a strand of the area's activity plan (the definition's {@code strands}), or null
     */
    record NewAction(String description, String owner, String agency, LocalDate due, String caseReference, String strand) {
        /** An action that names no strand. */
        public NewAction(String description, String owner, String agency, LocalDate due, String caseReference) {
            this(description, owner, agency, due, caseReference, null);
        }
    }

    /** A case on a meeting's panel. */
    record PanelCase(long caseId, String reference, boolean proposedForDischarge) {
    }

    /** Whether a meeting is quorate under its type's rule, and what the rule needed and missed, in words. */
    record Quorum(boolean quorate, String explanation) {
    }

    /**
     * When a document of a meeting is due by its type's lead time, and whether it went.
     *
     * @param due     the day it is due by, if the type sets a lead time
     * @param sent    the latest version sent, if any
     * @param overdue due before today (by the request's clock) and not sent
     */
    record Paperwork(Optional<LocalDate> due, Optional<MeetingDocument> sent, boolean overdue) {
    }

    /**
     * Everything recorded on a meeting.
     *
     * @param quorum  the quorum on the attendance recorded (not quorate when none is)
     * @param papers  the agenda's paperwork
     * @param minutes the minutes' paperwork (sent once issued)
     * @param minutesAgreedAt the meeting that agreed its minutes, once agreed
     * @param agreedHere the meetings whose minutes were agreed at this one
     */
    record Detail(Meeting meeting, List<Invitee> invitees, List<PanelCase> cases, List<Attendance> attendance, Quorum quorum,
                  List<MeetingAction> actions, Paperwork papers, Paperwork minutes, Optional<Meeting> minutesAgreedAt,
                  List<Meeting> agreedHere) {
        public Detail {
            agreedHere = List.copyOf(agreedHere);
        }
    }

    /** Someone invited, and the meeting. */
    record Invited(Meeting meeting, Invitee invitee) {
    }

    /** A meeting and its panel after a change. */
    record Panel(Meeting meeting, List<PanelCase> cases) {
    }

    /** A meeting and its quorum after a change of attendance. */
    record Attended(Meeting meeting, Quorum quorum) {
    }

    /**
     * What recording minutes did.
     *
     * @param items   how many items were minuted
     * @param actions how many actions were recorded
     * @param quorum  the meeting's quorum afterwards (minutes of an inquorate meeting are not issued)
     * @param minuted   the items whose notes and decisions were recorded, in agenda order
     * @param added     the references of the actions recorded
     * @param repeated  how many actions the minutes name were already recorded for their item (same
     *                  case, description, owner, agency and due day), so not added again
     * @param cancelled the open actions cancelled because the minutes replacing them did not repeat them
     */
    record Recorded(Meeting meeting, int items, int actions, Quorum quorum, List<String> minuted, List<String> added, int repeated,
                    List<String> cancelled) {
        public Recorded {
            minuted = List.copyOf(minuted);
            added = List.copyOf(added);
            cancelled = List.copyOf(cancelled);
        }
    }

    /**
     * A change to a meeting not yet held: each value given replaces the one recorded, a null
     * keeps it; at least one is given.
     */
    record Change(Instant startsAt, Instant endsAt, String venue, String callDetails, String chair) {
    }

    /** A meeting after a change, and what changed ({@code start}, {@code end}, {@code venue}, {@code call}, {@code chair}). */
    record Changed(Meeting meeting, List<String> changed) {
        public Changed {
            changed = List.copyOf(changed);
        }
    }

    /**
     * What a cancellation (of the meeting, or of one invitee's place) did.
     *
     * @param meeting  the meeting afterwards
     * @param notified the addresses sent a cancellation of the calendar event
     * @param delivery the delivery run that followed
     */
    record Withdrawn(Meeting meeting, List<String> notified, MailService.Delivery delivery) {
        public Withdrawn {
            notified = List.copyOf(notified);
        }
    }

    /**
     * Issued minutes agreed at a later meeting.
     *
     * @param minutesOf   the meeting whose minutes were agreed (now {@code AGREED})
     * @param at          the meeting that agreed them
     * @param corrections the corrections agreed with them (empty when agreed as they stood)
     */
    record Agreed(Meeting minutesOf, Meeting at, List<String> corrections) {
        public Agreed {
            corrections = List.copyOf(corrections);
        }
    }

    /** Schedules a meeting with the cases on its panel, and invites the agencies and roles its type names. */
    @Needs(Role.COORDINATOR)
    Meeting schedule(RequestContext ctx, NewMeeting meeting);

    /** Every meeting, by start. */
    @Needs(Role.PRACTITIONER)
    List<Meeting> list(RequestContext ctx);

    /** Everything recorded on a meeting; the read is audited. */
    @Needs(Role.PRACTITIONER)
    Detail show(RequestContext ctx, long meetingId);

    /**
     * Invites someone (again: an invitee is one per address, the latest invitation wins),
     * restricted or not as {@link Access} says; refused by rule {@code unrestricted-needs-reason}
     * when someone outside the meeting's members is made unrestricted without a reason.
     */
    @Needs(Role.COORDINATOR)
    Invited invite(RequestContext ctx, long meetingId, Invitation invitation);

    /**
     * Puts open cases of the meeting's area on its panel, and marks others as proposed for
     * discharge (putting them on the panel if need be).
     */
    @Needs(Role.COORDINATOR)
    Panel cases(RequestContext ctx, long meetingId, List<Long> add, List<Long> proposeForDischarge);

    /** Records attendance (a meeting with attendance was held) and says whether it is quorate. */
    @Needs(Role.COORDINATOR)
    Attended attendance(RequestContext ctx, long meetingId, List<Attendee> attendance);

    /**
     * Records a meeting's minutes in place of those recorded: its attendance, each item's notes
     * and decisions, and its actions (an open action the minutes repeat stays; the other open
     * actions of the meeting, those added by hand too, are cancelled and named in the result).
     * Everything is checked before anything is stored; every problem is reported at once.
     */
    @Needs(Role.COORDINATOR)
    Recorded recordMinutes(RequestContext ctx, long meetingId, MinutesInput minutes);

    /**
     * Amends the minutes with what these name and nothing else: the items named with notes or
     * decisions get them, the other items keep theirs, attendance is recorded if given, and
     * actions are added to those recorded — except one already recorded for its item, so
     * importing the same minutes twice adds nothing. Refused once the minutes are issued
     * ({@code minutes-issued}).
     */
    @Needs(Role.COORDINATOR)
    Recorded amendMinutes(RequestContext ctx, long meetingId, MinutesInput minutes);

    /**
     * Records that a later meeting of the same panel (area and type) agreed a meeting's issued
     * minutes as an accurate record, with any corrections. The minutes as issued are never
     * changed: the agreement and its corrections are part of the agreeing meeting's minutes, which
     * must not have been issued yet. The agreeing meeting must have been held and be quorate.
     * Refused by rule: {@code minutes-not-issued}, {@code minutes-already-agreed},
     * {@code not-the-same-panel}, {@code not-a-later-meeting}, {@code meeting-not-held},
     * {@code minutes-need-quorum}, {@code minutes-issued} (the agreeing meeting's own).
     */
    @Needs(Role.COORDINATOR)
    Agreed agreeMinutes(RequestContext ctx, long meetingId, long atMeetingId, List<String> corrections);

    /**
     * Changes when or where a meeting is, or who chairs it. A change of time, venue or call
     * details raises its calendar event's sequence, so the invitation sent next updates the same
     * event. Refused once the meeting is held ({@code meeting-already-held}) or cancelled
     * ({@code meeting-cancelled}).
     */
    @Needs(Role.COORDINATOR)
    Changed change(RequestContext ctx, long meetingId, Change change);

    /**
     * Cancels a meeting, recording the reason, who and when, and sends a cancellation of the
     * calendar event (METHOD:CANCEL, the same UID, a higher SEQUENCE) to every invitee who holds
     * its invitation — queued with its disclosure record, then delivered. The message names the
     * meeting's type, date and reference only. Nothing else is sent for a cancelled meeting.
     * Refused once the meeting is held ({@code meeting-already-held}) or cancelled ({@code meeting-cancelled}).
     */
    @Needs(Role.COORDINATOR)
    Withdrawn cancel(RequestContext ctx, long meetingId, String reason);

    /**
     * Takes an invitee off a meeting; if they hold its invitation, they (only they) are sent a
     * cancellation of the calendar event. Refused when the address is not invited
     * ({@code not-invited}), once the meeting is held or cancelled.
     */
    @Needs(Role.COORDINATOR)
    Withdrawn uninvite(RequestContext ctx, long meetingId, String email);

    /**
     * Takes cases off the panel of a meeting not yet held. Refused when a case is not on it
     * ({@code case-not-on-panel}), once the meeting is held or cancelled.
     */
    @Needs(Role.COORDINATOR)
    Panel removeCases(RequestContext ctx, long meetingId, List<Long> remove);
}
