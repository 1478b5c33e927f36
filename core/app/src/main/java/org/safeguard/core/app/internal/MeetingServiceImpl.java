package org.safeguard.core.app.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.MailService;
import org.safeguard.core.app.MeetingService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.mail.LeastData;
import org.safeguard.core.mail.MailSettings;
import org.safeguard.core.mail.Mailer;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.meetings.MinutesImport;
import org.safeguard.core.meetings.QuorumCheck;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingDocument;
import org.safeguard.core.store.Tx;

/** {@link MeetingService} over the store and each area's {@link AreaMeetings} under its definition in force. */
final class MeetingServiceImpl implements MeetingService {
    /** What an agency field may say besides the area's agencies: the child's family. */
    static final String FAMILY = AreaMeetings.FAMILY;
    private static final int MAX_REASON = 500;
    private static final int MAX_CORRECTION = 2000;
    private static final DateTimeFormatter UK_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Wiring w;

    MeetingServiceImpl(Wiring w) {
        this.w = w;
    }

    /** Work on a meeting in one transaction, with its area's meeting rules (read first, outside the transaction). */
    interface OnMeeting<R> {
        R apply(Tx tx, Meeting m, AreaMeetings area);
    }

    static <R> R onMeeting(Wiring w, RequestContext ctx, long meetingId, OnMeeting<R> work) {
        String areaId = w.inTransaction(ctx, tx -> tx.meetings().require(meetingId)).area();
        AreaMeetings area = w.meetings(areaId);
        return w.inTransaction(ctx, tx -> work.apply(tx, tx.meetings().require(meetingId), area));
    }

    @Override
    public Meeting schedule(RequestContext ctx, NewMeeting in) {
        String type = Inputs.required("type", in.type());
        if (in.startsAt() == null) {
            throw InvalidInputException.of("refused", Problem.of("startsAt", "is required"));
        }
        if (in.endsAt() != null && !in.endsAt().isAfter(in.startsAt())) {
            throw InvalidInputException.of("refused", Problem.of("until", "is not after the start"));
        }
        String venue = Inputs.optional("venue", in.venue());
        String call = Inputs.optionalText("callDetails", in.callDetails());
        String chair = Inputs.optional("chair", in.chair());
        AreaMeetings area = w.meetings(w.area(in.area()).id());
        return w.inTransaction(ctx, tx -> area.schedule(tx, type, in.startsAt(), in.endsAt(), venue, call, chair, in.cases()));
    }

    @Override
    public List<Meeting> list(RequestContext ctx) {
        return w.inTransaction(ctx, tx -> tx.meetings().list());
    }

    @Override
    public Detail show(RequestContext ctx, long meetingId) {
        return onMeeting(w, ctx, meetingId, (tx, m, area) -> {
            tx.audit().read("meeting", meetingId);
            List<Attendance> attendance = tx.meetings().attendance(meetingId);
            QuorumCheck q = QuorumCheck.of(area.area(), area.type(m.meetingType()), attendance);
            return new Detail(m, tx.meetings().invitees(meetingId), panel(tx, meetingId), attendance, quorum(q, area),
                    tx.actions().forMeeting(meetingId),
                    paperwork(ctx, area.papersDue(m), tx.meetings().latestDocument(meetingId, MeetingDocument.Kind.AGENDA)),
                    paperwork(ctx, area.minutesDue(m), m.minutesIssued()
                            ? tx.meetings().latestDocument(meetingId, MeetingDocument.Kind.MINUTES) : Optional.empty()),
                    m.agreement() == null ? Optional.empty() : tx.meetings().find(m.agreement().atMeetingId()),
                    tx.meetings().agreedAt(meetingId));
        });
    }

    /** The cases on a meeting's panel, in case id order, in two queries. */
    static List<PanelCase> panel(Tx tx, long meetingId) {
        List<Map.Entry<Long, Boolean>> onPanel = tx.meetings().cases(meetingId);
        Map<Long, CaseRecord> cases = tx.cases().withIds(onPanel.stream().map(Map.Entry::getKey).toList());
        return onPanel.stream().map(e -> new PanelCase(e.getKey(), cases.get(e.getKey()).reference(), e.getValue())).toList();
    }

    private static Quorum quorum(QuorumCheck q, AreaMeetings area) {
        return new Quorum(q.quorate(), q.explain(area.area()));
    }

    private static Paperwork paperwork(RequestContext ctx, Optional<LocalDate> due, Optional<MeetingDocument> sent) {
        return new Paperwork(due, sent, due.isPresent() && sent.isEmpty() && due.get().isBefore(ctx.today()));
    }

    @Override
    public Invited invite(RequestContext ctx, long meetingId, Invitation in) {
        String name = Inputs.required("name", in.name());
        String email = Inputs.required("email", in.email());
        String agency = Inputs.required("agency", in.agency());
        return onMeeting(w, ctx, meetingId, (tx, m, area) -> {
            notCancelled(m, "changed");
            if (!agency.equals(FAMILY) && area.area().agency(agency).isEmpty()) {
                throw new NotFoundException("'" + agency + "' is not an agency of " + m.area() + " (or '" + FAMILY + "')");
            }
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw InvalidInputException.of("refused", Problem.of("email", "'" + email + "' is not an email address"));
            }
            boolean member = isMember(area, m, agency);
            String reason = Inputs.optional("reason", in.reason());
            if (reason != null && in.access() != Access.UNRESTRICTED) {
                throw InvalidInputException.of("refused", Problem.of("reason", "a reason is given only to make an invitee unrestricted"));
            }
            boolean restricted = switch (in.access()) {
                case RESTRICTED -> true;
                case UNRESTRICTED -> false;
                case DEFAULT -> !member;
            };
            if (!restricted && !member && reason == null) {
                throw new RefusedException("unrestricted-needs-reason", (agency.equals(FAMILY) ? "family members are"
                        : "'" + agency + "' is") + " not among the agencies of the " + m.typeName() + ", so the invitee is restricted "
                        + "to its open parts unless a reason for sending them the confidential parts is recorded");
            }
            if (reason != null && reason.length() > MAX_REASON) {
                throw InvalidInputException.of("refused", Problem.of("reason", "is longer than " + MAX_REASON + " characters"));
            }
            return new Invited(m, tx.meetings().invite(meetingId, name, email, agency, null, restricted, member ? null : reason,
                    ctx.actor()));
        });
    }

    /** Whether an agency is one the meeting's type names (its members, invited unrestricted by default). */
    static boolean isMember(AreaMeetings area, Meeting m, String agency) {
        return area.invitedAgencies(area.type(m.meetingType())).stream().anyMatch(a -> a.id().equals(agency));
    }

    @Override
    public Panel cases(RequestContext ctx, long meetingId, List<Long> add, List<Long> proposeForDischarge) {
        List<Long> adding = add == null ? List.of() : List.copyOf(add);
        List<Long> discharging = proposeForDischarge == null ? List.of() : List.copyOf(proposeForDischarge);
        if (adding.isEmpty() && discharging.isEmpty()) {
            throw InvalidInputException.of("refused", Problem.of("cases", "none given: name cases to add or to propose for discharge"));
        }
        return onMeeting(w, ctx, meetingId, (tx, m, area) -> {
            notCancelled(m, "changed");
            adding.stream().filter(c -> !discharging.contains(c)).forEach(c -> area.addCase(tx, m, c, false));
            discharging.forEach(c -> area.addCase(tx, m, c, true));
            return new Panel(m, panel(tx, meetingId));
        });
    }

    @Override
    public Attended attendance(RequestContext ctx, long meetingId, List<Attendee> attendance) {
        List<Problem> problems = new ArrayList<>();
        for (Attendee a : attendance) {
            if (a.name() == null || a.name().isBlank()) {
                problems.add(Problem.of("attendance", "a name is required (" + a.agency() + ")"));
            }
            if (a.status() == null) {
                problems.add(Problem.of("attendance", "present, apologies or absent is required (" + a.name() + ")"));
            }
            for (Problem p : new Problem[] {Inputs.lineProblem("attendance.name", a.name()), Inputs.lineProblem("attendance.agency", a.agency())}) {
                if (p != null) {
                    problems.add(p);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("refused", problems);
        }
        return onMeeting(w, ctx, meetingId, (tx, m, area) -> {
            held(ctx, m);
            QuorumCheck q = area.attendance(tx, m, attendance.stream()
                    .map(a -> new Attendance(meetingId, a.name().strip(), a.agency() == null ? "" : a.agency().strip(), a.status())).toList());
            return new Attended(tx.meetings().require(meetingId), quorum(q, area));
        });
    }

    @Override
    public Recorded recordMinutes(RequestContext ctx, long meetingId, MinutesInput minutes) {
        return w.language().savedMinutes(ctx, onMeeting(w, ctx, meetingId, (tx, m, area) ->
                recorded(tx, meetingId, area, area.importMinutes(tx, held(ctx, m), frame -> MinutesCheck.minutes(frame, minutes)))), minutes);
    }

    @Override
    public Recorded amendMinutes(RequestContext ctx, long meetingId, MinutesInput minutes) {
        return w.language().savedMinutes(ctx, onMeeting(w, ctx, meetingId, (tx, m, area) ->
                recorded(tx, meetingId, area, area.amendMinutes(tx, held(ctx, m), frame -> MinutesCheck.minutes(frame, minutes)))), minutes);
    }

    /**
     * The meeting, refused when it has not started by the request's clock: attendance and minutes
     * record what happened, and recording them marks the meeting held.
     */
    static Meeting held(RequestContext ctx, Meeting m) {
        notCancelled(m, "minuted");
        if (m.startsAt().isAfter(ctx.now())) {
            throw new RefusedException("meeting-not-held-yet", "meeting " + m.reference() + " starts at "
                    + LocalDateTime.ofInstant(m.startsAt(), RequestContext.ZONE).format(UK_LOCAL) + " UK time and has not been held yet, "
                    + "so its attendance and minutes cannot be recorded");
        }
        return m;
    }

    private static Recorded recorded(Tx tx, long meetingId, AreaMeetings area, MinutesImport.Outcome done) {
        Meeting now = tx.meetings().require(meetingId);
        return new Recorded(now, done.items().size(), done.added().size(), quorum(area.quorum(tx, now), area), done.items(), done.added(),
                done.repeated(), done.cancelled());
    }

    /**
     * The meeting, refused when it can no longer change: cancelled ({@code meeting-cancelled}) or
     * held, its attendance or minutes recorded ({@code meeting-already-held}).
     */
    static Meeting changeable(Meeting m, String doing) {
        notCancelled(m, doing);
        if (m.status() == Meeting.Status.HELD || m.minutes() != Meeting.Minutes.NONE) {
            throw new RefusedException("meeting-already-held", "meeting " + m.reference() + " has been held (its attendance or minutes "
                    + "are recorded), so it cannot be " + doing);
        }
        return m;
    }

    /** The meeting, refused by rule {@code meeting-cancelled} when it was called off. */
    static Meeting notCancelled(Meeting m, String doing) {
        if (m.status() == Meeting.Status.CANCELLED) {
            Meeting.Cancellation c = m.cancellation();
            throw new RefusedException("meeting-cancelled", "meeting " + m.reference() + " was cancelled"
                    + (c == null ? "" : " on " + LocalDateTime.ofInstant(c.at(), RequestContext.ZONE).format(UK_LOCAL) + " by " + c.by())
                    + ", so it cannot be " + doing);
        }
        return m;
    }

    @Override
    public Changed change(RequestContext ctx, long meetingId, Change in) {
        if (in == null || in.startsAt() == null && in.endsAt() == null && blank(in.venue()) && blank(in.callDetails()) && blank(in.chair())) {
            throw InvalidInputException.of("refused", Problem.of("change", "nothing given: say what changes (start, end, venue, call details, chair)"));
        }
        String venue = Inputs.optional("venue", in.venue());
        String call = Inputs.optionalText("callDetails", in.callDetails());
        String chair = Inputs.optional("chair", in.chair());
        return onMeeting(w, ctx, meetingId, (tx, m, area) -> {
            changeable(m, "changed");
            Instant start = in.startsAt() == null ? m.startsAt() : in.startsAt();
            Instant end = in.endsAt() == null ? m.endsAt() : in.endsAt();
            if (end != null && !end.isAfter(start)) {
                throw InvalidInputException.of("refused", Problem.of("until", "is not after the start"));
            }
            Meeting before = m;
            Meeting after = tx.meetings().change(meetingId, in.startsAt(), in.endsAt(), venue, call, chair);
            List<String> changed = new ArrayList<>();
            for (Object[] field : new Object[][] {{"start", before.startsAt(), after.startsAt()}, {"end", before.endsAt(), after.endsAt()},
                    {"venue", before.venue(), after.venue()}, {"call", before.callDetails(), after.callDetails()},
                    {"chair", before.chair(), after.chair()}}) {
                if (!Objects.equals(field[1], field[2])) {
                    changed.add((String) field[0]);
                }
            }
            return new Changed(after, changed);
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public Agreed agreeMinutes(RequestContext ctx, long meetingId, long atMeetingId, List<String> corrections) {
        List<Problem> problems = new ArrayList<>();
        List<String> agreed = new ArrayList<>();
        int n = 0;
        for (String c : corrections == null ? List.<String>of() : corrections) {
            String at = "corrections[" + (++n) + "]";
            Problem p = c == null || c.isBlank() ? new Problem(at, "is empty", null) : Inputs.textProblem(at, c);
            if (p == null && c.strip().length() > MAX_CORRECTION) {
                p = new Problem(at, "is longer than " + MAX_CORRECTION + " characters", null);
            }
            if (p != null) {
                problems.add(p);
            } else {
                agreed.add(Inputs.text(at, c));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("refused", problems);
        }
        Agreed result = onMeeting(w, ctx, atMeetingId, (tx, at, area) -> {
            Meeting m = tx.meetings().require(meetingId);
            if (m.minutes() == Meeting.Minutes.AGREED) {
                throw new RefusedException("minutes-already-agreed", "the minutes of " + m.reference() + " were agreed at "
                        + tx.meetings().require(m.agreement().atMeetingId()).reference());
            }
            if (m.minutes() != Meeting.Minutes.ISSUED) {
                throw new RefusedException("minutes-not-issued", "the minutes of " + m.reference() + " are not issued; a draft is not "
                        + "agreed — issue them first (safeguard meeting send " + m.reference() + " --doc minutes)");
            }
            if (!at.area().equals(m.area()) || !at.meetingType().equals(m.meetingType())) {
                throw new RefusedException("not-the-same-panel", at.reference() + " is a " + at.typeName() + "; the minutes of "
                        + m.reference() + " (" + m.typeName() + ") are agreed at a later meeting of the same panel");
            }
            if (!at.startsAt().isAfter(m.startsAt())) {
                throw new RefusedException("not-a-later-meeting", at.reference() + " is not after " + m.reference()
                        + "; minutes are agreed at a later meeting");
            }
            if (at.status() == Meeting.Status.CANCELLED) {
                throw new RefusedException("meeting-cancelled", at.reference() + " was cancelled, so no minutes are agreed at it");
            }
            if (at.status() != Meeting.Status.HELD) {
                throw new RefusedException("meeting-not-held", at.reference() + " has not been held (no attendance is recorded); "
                        + "record its attendance first (safeguard meeting attendance " + at.reference() + " …)");
            }
            QuorumCheck q = area.quorum(tx, at);
            if (!q.quorate()) {
                throw new RefusedException("minutes-need-quorum", at.reference() + " cannot agree minutes: " + q.explain(area.area()));
            }
            if (at.minutesIssued()) {
                throw new RefusedException("minutes-issued", "the minutes of " + at.reference() + " are issued, so an agreement recorded "
                        + "now would not be in them; record it at the next meeting");
            }
            tx.meetings().agreeMinutes(m.id(), at.id(), agreed);
            return new Agreed(tx.meetings().require(m.id()), at, agreed);
        });
        agreed.forEach(c -> w.language().note(ctx, "correction", c));
        return result;
    }

    @Override
    public Withdrawn cancel(RequestContext ctx, long meetingId, String reason) {
        String why = Inputs.required("reason", reason);
        if (why.length() > MAX_REASON) {
            throw InvalidInputException.of("refused", Problem.of("reason", "is longer than " + MAX_REASON + " characters"));
        }
        return w.language().saved(ctx, withdraw(ctx, meetingId, (tx, m, area) -> {
            changeable(m, "cancelled");
            Set<String> holders = tx.meetings().holdingInvitation(meetingId);
            Meeting cancelled = tx.meetings().cancel(meetingId, why, ctx.actor());
            return new Withdrawal(cancelled, tx.meetings().invitees(meetingId).stream().filter(i -> holders.contains(i.email())).toList());
        }), "reason", why);
    }

    @Override
    public Withdrawn uninvite(RequestContext ctx, long meetingId, String email) {
        String address = Inputs.required("email", email);
        return withdraw(ctx, meetingId, (tx, m, area) -> {
            changeable(m, "changed");
            Invitee gone = tx.meetings().uninvite(meetingId, address).orElseThrow(() -> new RefusedException(
                    "not-invited", "'" + address + "' is not invited to " + m.reference()));
            if (!tx.meetings().holdingInvitation(meetingId).contains(gone.email())) {
                return new Withdrawal(m, List.of());
            }
            return new Withdrawal(tx.meetings().nextSequence(meetingId), List.of(gone));
        });
    }

    /** A meeting whose calendar event is withdrawn from these invitees, at the meeting's sequence. */
    private record Withdrawal(Meeting meeting, List<Invitee> to) {
    }

    /**
     * Does the work and queues a cancellation of the calendar event to each invitee it names, with
     * its disclosure record, in one transaction; then delivers what is due.
     */
    private Withdrawn withdraw(RequestContext ctx, long meetingId, OnMeeting<Withdrawal> work) {
        MailSettings settings = MailServiceImpl.settings(w);
        Mailer mailer = MailServiceImpl.mailer(w, settings);
        Withdrawal done = onMeeting(w, ctx, meetingId, (tx, m, area) -> {
            Withdrawal d = work.apply(tx, m, area);
            List<LeastData.Name> names = CirculationServiceImpl.childNames(tx, d.meeting());
            for (Invitee to : d.to()) {
                mailer.enqueue(tx, Cancellations.to(ctx, area, settings, d.meeting(), to, names), false);
            }
            return d;
        });
        MailService.Delivery delivery = MailServiceImpl.delivery(w, ctx, mailer.deliverPending(ctx.clock()));
        return new Withdrawn(done.meeting(), done.to().stream().map(Invitee::email).toList(), delivery);
    }

    @Override
    public Panel removeCases(RequestContext ctx, long meetingId, List<Long> remove) {
        List<Long> removing = remove == null ? List.of() : List.copyOf(remove);
        if (removing.isEmpty()) {
            throw InvalidInputException.of("refused", Problem.of("cases", "none given: name the cases to take off the panel"));
        }
        return onMeeting(w, ctx, meetingId, (tx, m, area) -> {
            changeable(m, "changed");
            for (long c : removing) {
                if (!tx.meetings().removeCase(meetingId, c)) {
                    throw new RefusedException("case-not-on-panel", "case " + tx.cases().require(c).reference() + " is not on the panel of "
                            + m.reference());
                }
            }
            return new Panel(tx.meetings().require(meetingId), panel(tx, meetingId));
        });
    }
}
