package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.store.NewChild;

/** Actions agreed at a Lancashire Multi-Agency CSE Meeting, through the service. */
class ActionServiceTest {
    @TempDir
    Path tmp;
    AppFixture f;
    ActionService actions;
    Meeting meeting;
    String reference;
    long caseId;

    @BeforeEach
    void home() {
        f = AppFixture.withArea(tmp, "lancashire");
        actions = f.app().actions();
        caseId = f.store(tx -> {
            long child = tx.children().add(NewChild.named("Okafor", "Amara", LocalDate.of(2012, 3, 4))).id();
            return tx.cases().open(child, AreaDescriptor.builder("lancashire", "Pan-Lancashire").caseReferences("CSE-%05d").build(),
                    LocalDate.of(2026, 11, 2)).id();
        });
        reference = "CSE-0000" + caseId;
        meeting = f.app().meetings().schedule(f.ctx(), new MeetingService.NewMeeting(null, MeetingServiceTest.TYPE,
                MeetingServiceTest.AT, null, "Room 2, County Hall", null, null, List.of(caseId)));
        f.clock().set(MeetingServiceTest.AT.plusSeconds(7200));
    }

    @AfterEach
    void close() {
        f.close();
    }

    MeetingService.NewAction action(String description, String agency, LocalDate due) {
        return new MeetingService.NewAction(description, "DS A. Officer", agency, due, reference);
    }

    @Test
    void anActionAddedIsReturnedWithItsMeetingAndCase() {
        ActionService.Added added = actions.add(f.ctx(), meeting.id(), "2.2", action("Hold the return interview", "police", LocalDate.of(2026, 12, 10)));
        assertEquals("A00001", added.action().reference());
        assertEquals(meeting.id(), added.meeting().id());
        assertEquals(caseId, added.action().caseId());
        assertEquals("2.2", added.action().item());
        assertEquals(MeetingAction.Status.OPEN, added.action().status());
        ActionService.Added second = actions.add(f.ctx(), meeting.id(), "3.1", new MeetingService.NewAction("Map the venues", "A. Analyst",
                "police", LocalDate.of(2026, 12, 20), null));
        assertEquals("A00002", second.action().reference(), "the action just added, not the meeting's first");
    }

    @Test
    void anActionIsCheckedAsMinutesAreAndProblemsNameItsFields() {
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> actions.add(f.ctx(), meeting.id(), "2.2",
                new MeetingService.NewAction(" ", "DS A. Officer", "polise", LocalDate.of(2026, 12, 2), "CSE-09999")));
        assertEquals(List.of("description", "agency", "due", "case"), bad.problems().stream().map(Problem::subject).toList());
        assertEquals("police", bad.problems().get(1).suggestion());
        InvalidInputException item = assertThrows(InvalidInputException.class,
                () -> actions.add(f.ctx(), meeting.id(), "2.9", action("x", "police", LocalDate.of(2026, 12, 10))));
        assertEquals("item", item.problems().get(0).subject());
        assertTrue(item.problems().get(0).message().contains("there is no item 2.9"), item.problems().toString());
        assertThrows(NotFoundException.class, () -> actions.add(f.ctx(), meeting.id() + 9, "2.2", action("x", "police", LocalDate.of(2026, 12, 10))));
        assertTrue(actions.list(f.ctx(), true).isEmpty(), "nothing was recorded");
    }

    @Test
    void listingIsAuditedAndLeavesClosedActionsOutUnlessAsked() {
        long first = actions.add(f.ctx(), meeting.id(), "2.2", action("Hold the return interview", "police", LocalDate.of(2026, 12, 10))).action().id();
        actions.add(f.ctx(), meeting.id(), "2.2", action("Share the safety plan", "childrens-social-care", LocalDate.of(2026, 12, 4)));
        assertTrue(f.audited("list", "action").isEmpty());

        java.time.Instant ninth = java.time.Instant.parse("2026-12-09T15:00:00Z");
        f.clock().set(ninth);
        MeetingAction done = actions.done(f.ctx(), first, "Held on the 9th");
        assertEquals(MeetingAction.Status.DONE, done.status());
        assertEquals("Held on the 9th", done.closedNote());
        assertEquals(ninth, done.closed(), "closed by the request's clock");

        List<MeetingAction> open = actions.list(f.ctx(), false);
        assertEquals(List.of("Share the safety plan"), open.stream().map(MeetingAction::description).toList());
        assertEquals(2, actions.list(f.ctx(), true).size());
        assertEquals(2, f.audited("list", "action").size(), "each listing is audited once");
        assertEquals(AppFixture.ACTOR, f.audited("list", "action").get(0).actor());

        f.clock().set(Instant.parse("2026-12-05T09:00:00Z"));
        assertEquals("overdue", open.get(0).state(f.ctx().today()), "overdue by the request's day");
    }

    @Test
    void aClosedActionIsNotClosedAgainAndCancellingNeedsAReason() {
        long id = actions.add(f.ctx(), meeting.id(), "2.2", action("Hold the return interview", "police", LocalDate.of(2026, 12, 10))).action().id();
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> actions.cancel(f.ctx(), id, " "));
        assertEquals("reason", noReason.problems().get(0).subject());
        MeetingAction cancelled = actions.cancel(f.ctx(), id, "The panel's plan changed");
        assertEquals(MeetingAction.Status.CANCELLED, cancelled.status());
        RefusedException again = assertThrows(RefusedException.class, () -> actions.done(f.ctx(), id, null));
        assertEquals("action-must-be-open", again.rule());
        assertEquals("action A00001 is already cancelled", again.getMessage());
        assertThrows(NotFoundException.class, () -> actions.done(f.ctx(), id + 9, null));
    }

    @Test
    void noActionIsAddedOnceTheMinutesAreIssued() {
        f.store(tx -> {
            tx.meetings().setMinutes(meeting.id(), Meeting.Minutes.ISSUED);
            return null;
        });
        RefusedException issued = assertThrows(RefusedException.class,
                () -> actions.add(f.ctx(), meeting.id(), "2.2", action("Late", "police", LocalDate.of(2026, 12, 10))));
        assertEquals("minutes-issued", issued.rule());
    }
}
