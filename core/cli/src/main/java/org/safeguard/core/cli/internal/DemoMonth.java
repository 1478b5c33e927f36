package org.safeguard.core.cli.internal;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.app.CirculationService;
import org.safeguard.core.app.MeetingService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;

/**
 * The demo's coordinator month on the meeting its set names, done with the same services as
 * the {@code meeting} commands: last month's meeting scheduled with the demo cases, its
 * invitation and agenda sent to the outbox, the set's minutes written to a file the coordinator
 * can read and imported from it, the minutes sent; then next month's meeting, whose review of
 * actions carries the actions forward.
 */
final class DemoMonth {
    static final String MINUTES_FILE = "example-minutes.json";

    /** What happened, for the demo's report. */
    record Done(Meeting held, int cases, Meeting next, String quorumExplained, Path minutesFile, int messages,
                List<MeetingAction> actions, int actionsForReview) {
    }

    private DemoMonth() {
    }

    static Done run(Session s, DemoCommand.Recorded done, LocalDate today) {
        Demonstration.Month month = done.set().meeting();
        String area = done.areaId();
        List<Long> cases = done.cases();
        RequestContext ctx = s.ctx();
        MeetingService meetings = s.app().meetings();
        LocalDate heldOn = weekday(today.minusDays(month.heldDaysAgo()));
        LocalDate nextOn = weekday(heldOn.plusMonths(1));
        Meeting held = meetings.schedule(ctx, new MeetingService.NewMeeting(area, month.type(), at(heldOn, month.starts()),
                at(heldOn, month.ends()), month.venue(), null, month.chair(), cases));
        int messages = send(s, held, CirculationService.Document.INVITATION);
        messages += send(s, held, CirculationService.Document.AGENDA);

        Map<String, Object> minutes = Demonstration.resolveMap(month.minutes(),
                new Demonstration.Days(today, heldOn, nextOn, done.references()));
        Path file = s.home.root().resolve(MINUTES_FILE);
        try {
            Files.writeString(file, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(minutes) + "\n");
        } catch (IOException e) {
            throw new SafeguardException("cannot write " + file + ": " + e.getMessage(), e);
        }
        meetings.recordMinutes(ctx, held.id(), MinutesFile.read(file));
        // The next meeting is fixed before the minutes go, so they can say when it is.
        Meeting next = meetings.schedule(ctx, new MeetingService.NewMeeting(area, month.type(), at(nextOn, month.starts()),
                at(nextOn, month.ends()), month.venue(), null, month.chair(), cases));
        if (month.dischargeProposedAtNext() != null) {
            // as the minutes decided
            meetings.cases(ctx, next.id(), List.of(), List.of(cases.get(month.dischargeProposedAtNext() - 1)));
        }
        messages += send(s, held, CirculationService.Document.MINUTES);
        MeetingService.Detail after = meetings.show(ctx, held.id());
        List<MeetingAction> agreed = s.app().actions().list(ctx, true).stream().filter(a -> java.util.Objects.equals(a.meetingId(), held.id())).toList();
        int forReview = (int) agreed.stream().filter(a -> a.status() == MeetingAction.Status.OPEN && !a.due().isAfter(nextOn)).count();
        return new Done(after.meeting(), cases.size(), next, after.quorum().explanation(), file, messages, agreed, forReview);
    }

    /** Sends a document of the meeting to its invitees; the messages queued. */
    private static int send(Session s, Meeting m, CirculationService.Document doc) {
        return s.app().circulation().send(s.ctx(), m.id(), doc, false).queued();
    }

    static void report(Session s, Done month, LocalDate today) {
        Meeting held = month.held();
        long overdue = month.actions().stream().filter(a -> a.status() == MeetingAction.Status.OPEN && a.due().isBefore(today)).count();
        s.out.println("The coordinator's month: " + held.typeName());
        s.out.println("  " + held.reference() + " held " + Dates.local(held.startsAt()) + " at " + held.venue() + " with "
                + month.cases() + " cases on the panel; " + month.quorumExplained() + ".");
        s.out.println("  Invitation, agenda and minutes sent: " + month.messages() + " messages in " + s.home.outbox()
                + " (safeguard disclosures list).");
        s.out.println("  Minutes imported from " + month.minutesFile() + ": " + month.actions().size() + " actions, "
                + overdue + " overdue (safeguard actions list).");
        s.out.println("  Next meeting " + month.next().reference() + " (id " + month.next().id() + ") on " + Dates.local(month.next().startsAt())
                + ": its agenda reviews " + month.actionsForReview() + " actions; send it with: safeguard meeting send "
                + month.next().id() + " --doc agenda");
    }

    private static LocalDate weekday(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return time == null ? null : day.atTime(time).atZone(RequestContext.ZONE).toInstant();
    }
}
