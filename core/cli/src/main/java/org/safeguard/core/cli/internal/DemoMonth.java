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
import org.safeguard.core.app.MeetingService;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.meetings.CaseFactsReader;
import org.safeguard.core.meetings.QuorumCheck;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;

/**
 * The demo's coordinator month on the Lancashire Multi-Agency CSE Meeting, done with the same
 * services as the {@code meeting} commands: last month's meeting scheduled with the demo cases,
 * its invitation and agenda sent to the outbox, example minutes with actions imported from a
 * file the coordinator can read, the minutes sent; then next month's meeting, whose "review of
 * actions" item carries the actions forward.
 */
final class DemoMonth {
    static final String TYPE = "multi-agency-cse";
    static final String VENUE = "Room 2, County Hall, Preston";
    static final String MINUTES_FILE = "example-minutes.json";

    /** What happened, for the demo's report. */
    record Done(Meeting held, int cases, Meeting next, QuorumCheck quorum, Path minutesFile, int messages, List<MeetingAction> actions,
                int actionsForReview) {
    }

    private DemoMonth() {
    }

    static Done run(Session s, String area, List<Long> cases, LocalDate today) {
        AreaMeetings service = s.meetings(area);
        LocalDate heldOn = weekday(today.minusDays(14));
        LocalDate nextOn = weekday(heldOn.plusMonths(1));
        MeetingService meetings = s.app().meetings();
        Meeting held = meetings.schedule(s.ctx(), new MeetingService.NewMeeting(area, TYPE, at(heldOn, 10, 0), at(heldOn, 12, 30), VENUE, null,
                "C. Chair (fictional)", cases));
        Circulating circulating = new Circulating(s, service);
        int messages = circulating.send(held, Circulating.Doc.INVITATION, false).queued().size();
        messages += circulating.send(held, Circulating.Doc.AGENDA, false).queued().size();

        Path file = s.home.root().resolve(MINUTES_FILE);
        try {
            Files.writeString(file, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(minutes(heldOn, nextOn)) + "\n");
        } catch (IOException e) {
            throw new SafeguardException("cannot write " + file + ": " + e.getMessage(), e);
        }
        meetings.recordMinutes(s.ctx(), held.id(), MinutesFile.read(file));
        // The next meeting is fixed before the minutes go, so they can say when it is.
        Meeting next = meetings.schedule(s.ctx(), new MeetingService.NewMeeting(area, TYPE, at(nextOn, 10, 0), at(nextOn, 12, 30), VENUE, null,
                "C. Chair (fictional)", cases));
        meetings.cases(s.ctx(), next.id(), List.of(), List.of(cases.get(0))); // as the minutes decided
        messages += circulating.send(held, Circulating.Doc.MINUTES, false).queued().size();
        int sent = messages;
        return s.store().inTransaction(s.actor, tx -> new Done(tx.meetings().require(held.id()), cases.size(), next, service.quorum(tx, held), file, sent,
                tx.actions().forMeeting(held.id()), tx.actions().openDueBy(area, TYPE, nextOn).size()));
    }

    /** Minutes as a coordinator writes them (docs/coordinator-guide.md): references, never names. */
    private static Map<String, Object> minutes(LocalDate heldOn, LocalDate nextOn) {
        return Output.obj(
                "attendance", List.of(
                        person("C. Chair (fictional)", "childrens-social-care", "present"),
                        person("DS A. Officer (fictional)", "police", "present"),
                        person("N. Nurse (fictional)", "nhs-providers", "present"),
                        person("E. Teacher (fictional)", "education", "present"),
                        person("H. Doctor (fictional)", "hospital-emergency", "apologies"),
                        person("Y. Worker (fictional)", "youth-offending", "absent")),
                "items", List.of(
                        Output.obj("item", "1.1", "notes", "Introductions. Apologies from the emergency department."),
                        Output.obj("item", "2.2",
                                "notes", "Each case reviewed from its CSE 3 case notes. CSE-00004 had two missing episodes since referral; "
                                        + "the return interview is overdue. CSE-00006 is linked by police intelligence to an address of concern.",
                                "decisions", List.of("CSE-00004 and CSE-00006 stay at RED and are reviewed at every meeting",
                                        "CSE-00005 to be assessed with the CSE 2 before the next meeting",
                                        "CSE-00001 to be proposed for discharge at the next meeting if no new concerns arise"),
                                "actions", List.of(
                                        action("Hold the return interview and share its outcome with the CSE team", "DS A. Officer (fictional)",
                                                "police", heldOn.plusDays(3), "CSE-00004"),
                                        action("Complete the CSE 2 assessment with the young person and their carers", "S. Worker (fictional)",
                                                "childrens-social-care", heldOn.plusDays(10), "CSE-00005"),
                                        action("Share the address of concern with the licensing and disruption team", "DS A. Officer (fictional)",
                                                "police", nextOn.minusDays(5), "CSE-00006"))),
                        Output.obj("item", "3.1", "notes", "A takeaway on the high street was named in two cases; police to consider disruption.",
                                "actions", List.of(action("Map the venues named in the cases on the panel for the problem profile",
                                        "A. Analyst (fictional)", "police", nextOn.minusDays(2), null)))));
    }

    private static Map<String, Object> person(String name, String agency, String status) {
        return Output.obj("name", name, "agency", agency, "status", status);
    }

    private static Map<String, Object> action(String description, String owner, String agency, LocalDate due, String caseRef) {
        return caseRef == null
                ? Output.obj("description", description, "owner", owner, "agency", agency, "due", due.toString())
                : Output.obj("description", description, "owner", owner, "agency", agency, "due", due.toString(), "case", caseRef);
    }

    private static LocalDate weekday(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(CaseFactsReader.ZONE).toInstant();
    }
}
