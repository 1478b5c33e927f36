package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.CirculationService.Document;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.Meeting;

/**
 * Changing and cancelling a meeting through the service, on the panel of {@link Panel}: two
 * member invitees and a restricted one, invitations written to the home's outbox.
 */
class MeetingChangesTest {
    @TempDir
    Path tmp;
    AppFixture f;
    Meeting m;
    MeetingService meetings;

    @BeforeEach
    void panel() {
        f = AppFixture.withArea(tmp, "lancashire");
        m = new Panel(f).meeting(2);
        meetings = f.app().meetings();
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** One message written to the outbox: to whom, its subject, and its calendar part unfolded. */
    record Written(String to, String subject, String calendar) {
        String field(String name) {
            Matcher matcher = Pattern.compile("\r\n" + name + ":([^\r\n]*)").matcher(calendar);
            return matcher.find() ? matcher.group(1) : null;
        }
    }

    /** The messages in the outbox, in the order written. */
    List<Written> outbox() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(f.home().outbox())) {
            files = list.filter(p -> p.toString().endsWith(".eml")).sorted((a, b) -> {
                try {
                    return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        List<Written> out = new ArrayList<>();
        for (Path eml : files) {
            try (InputStream in = Files.newInputStream(eml)) {
                MimeMessage mail = new MimeMessage(jakarta.mail.Session.getInstance(new Properties()), in);
                out.add(new Written(mail.getAllRecipients()[0].toString(), mail.getSubject(), calendar(mail)));
            }
        }
        return out;
    }

    private static String calendar(Part p) throws Exception {
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                String c = calendar(mp.getBodyPart(i));
                if (c != null) {
                    return c;
                }
            }
            return null;
        }
        if (!p.isMimeType("text/calendar")) {
            return null;
        }
        String ics = p.getContent() instanceof String s ? s : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return ics.replace("\r\n ", "");
    }

    List<Written> cancellations() throws Exception {
        return outbox().stream().filter(w -> w.calendar() != null && w.calendar().contains("METHOD:CANCEL")).toList();
    }

    @Test
    void aChangeReSentUpdatesTheSameCalendarEventAtAHigherSequence() throws Exception {
        circulate(Document.INVITATION);
        Written first = outbox().stream().filter(w -> w.to().contains("officer@police.example.org")).findFirst().orElseThrow();
        assertEquals("0", first.field("SEQUENCE"), first.calendar());
        String uid = first.field("UID");
        assertNotNull(uid);

        MeetingService.Changed chair = meetings.change(f.ctx(), m.id(), new MeetingService.Change(null, null, null, null, "A. New Chair"));
        assertEquals(List.of("chair"), chair.changed());
        assertEquals(0, chair.meeting().sequence(), "the chair is not on the calendar event");

        Instant later = Panel.AT.plusSeconds(86_400);
        MeetingService.Changed moved = meetings.change(f.ctx(), m.id(), new MeetingService.Change(later, later.plusSeconds(7200),
                "Room 9, Town Hall", null, null));
        assertEquals(List.of("start", "end", "venue"), moved.changed());
        assertEquals(1, moved.meeting().sequence());
        assertEquals("Room 9, Town Hall", meetings.show(f.ctx(), m.id()).meeting().venue());
        assertTrue(f.audited("change", "meeting").stream().anyMatch(e -> e.details().contains("sequence=1")), f.audit().toString());

        CirculationService.Sent again = f.app().circulation().send(f.ctx(), m.id(), Document.INVITATION, false);
        assertEquals(2, again.version(), "a changed meeting is a new invitation");
        assertEquals(3, again.queued(), "everyone gets the update");
        List<Written> officer = outbox().stream().filter(w -> w.to().contains("officer@police.example.org")).toList();
        assertEquals(2, officer.size());
        Written update = officer.get(1);
        assertEquals(uid, update.field("UID"), "the same event");
        assertEquals("1", update.field("SEQUENCE"), update.calendar());
        assertEquals("Room 9\\, Town Hall", update.field("LOCATION"));
        assertEquals("REQUEST", update.field("METHOD"));
    }

    @Test
    void aChangeNeedsSomethingToChangeAnEndAfterTheStartAndAMeetingNotHeld() {
        assertThrows(InvalidInputException.class, () -> meetings.change(f.ctx(), m.id(), new MeetingService.Change(null, null, " ", null, null)));
        InvalidInputException early = assertThrows(InvalidInputException.class, () -> meetings.change(f.ctx(), m.id(),
                new MeetingService.Change(null, Panel.AT.minusSeconds(60), null, null, null)));
        assertEquals("until", early.problems().get(0).subject());
        InvalidInputException control = assertThrows(InvalidInputException.class, () -> meetings.change(f.ctx(), m.id(),
                new MeetingService.Change(null, null, "Room\u001b[2J 2", null, null)));
        assertTrue(control.problems().get(0).message().contains("control character"), control.problems().toString());
        assertEquals(0, f.audited("change", "meeting").size(), "nothing changed");

        f.clock().set(Panel.AT.plusSeconds(3600));
        meetings.attendance(f.ctx(), m.id(), List.of(new MeetingService.Attendee("DS A. Officer", "police", Attendance.Status.PRESENT)));
        RefusedException held = assertThrows(RefusedException.class, () -> meetings.change(f.ctx(), m.id(),
                new MeetingService.Change(null, null, "Room 3", null, null)));
        assertEquals("meeting-already-held", held.rule());
        assertEquals("meeting-already-held", assertThrows(RefusedException.class, () -> meetings.cancel(f.ctx(), m.id(), "No longer needed")).rule());
        assertEquals("meeting-already-held", assertThrows(RefusedException.class,
                () -> meetings.uninvite(f.ctx(), m.id(), "carer@example.org")).rule());
    }

    @Test
    void aCancellationGoesToEveryoneSentTheInvitationAndNobodyElse() throws Exception {
        circulate(Document.INVITATION);
        meetings.invite(f.ctx(), m.id(), new MeetingService.Invitation("N. Nurse", "nurse@nhs.example.org", "nhs-providers", null, null));
        String uid = outbox().get(0).field("UID");

        assertThrows(InvalidInputException.class, () -> meetings.cancel(f.ctx(), m.id(), " "));
        assertThrows(InvalidInputException.class, () -> meetings.cancel(f.ctx(), m.id(), "Chair\u0007 unwell"));
        MeetingService.Withdrawn done = meetings.cancel(f.ctx(), m.id(), "The chair is unwell");
        assertEquals(List.of("officer@police.example.org", "worker@csc.example.org", "carer@example.org"), done.notified());
        assertEquals(Meeting.Status.CANCELLED, done.meeting().status());
        assertEquals(3, done.delivery().sent(), done.delivery().toString());

        List<Written> cancels = cancellations();
        assertEquals(List.of("officer@police.example.org", "worker@csc.example.org", "carer@example.org"),
                cancels.stream().map(w -> w.to().replaceAll(".*<|>.*", "")).sorted((a, b) -> done.notified().indexOf(a) - done.notified().indexOf(b)).toList());
        for (Written c : cancels) {
            assertEquals(uid, c.field("UID"));
            assertEquals("1", c.field("SEQUENCE"), "higher than the invitation's 0");
            assertEquals("CANCELLED", c.field("STATUS"));
            assertEquals("Multi-Agency CSE Meeting, Wednesday 25 November 2026 – cancellation (" + m.reference() + ")", c.subject());
            assertFalse(c.calendar().contains("unwell"), "the reason is recorded, not sent");
        }
        assertFalse(cancels.stream().anyMatch(w -> w.to().contains("nurse@")), "the nurse never had the invitation");
        assertEquals(3, f.app().disclosures().list(f.ctx()).stream().filter(d -> d.document().equals("cancellation")).count());

        Meeting shown = meetings.show(f.ctx(), m.id()).meeting();
        assertEquals(new Meeting.Cancellation("The chair is unwell", AppFixture.ACTOR, AppFixture.START), shown.cancellation());
        assertEquals(Meeting.Status.CANCELLED, meetings.list(f.ctx()).stream().filter(x -> x.id() == m.id()).findFirst().orElseThrow().status());
        assertEquals(1, f.audited("cancel", "meeting").size());

        RefusedException papers = assertThrows(RefusedException.class, () -> f.app().circulation().send(f.ctx(), m.id(), Document.AGENDA, false));
        assertEquals("meeting-cancelled", papers.rule());
        assertEquals("meeting-cancelled", assertThrows(RefusedException.class, () -> meetings.cancel(f.ctx(), m.id(), "Again")).rule());
        assertEquals("meeting-cancelled", assertThrows(RefusedException.class, () -> meetings.change(f.ctx(), m.id(),
                new MeetingService.Change(null, null, "Room 3", null, null))).rule());
        assertEquals("meeting-cancelled", assertThrows(RefusedException.class, () -> meetings.invite(f.ctx(), m.id(),
                new MeetingService.Invitation("X", "x@police.example.org", "police", null, null))).rule());
    }

    @Test
    void anUninvitedInviteeAloneIsSentTheCancellationAndOnlyOnce() throws Exception {
        circulate(Document.INVITATION);
        RefusedException stranger = assertThrows(RefusedException.class, () -> meetings.uninvite(f.ctx(), m.id(), "nobody@example.org"));
        assertEquals("not-invited", stranger.rule());
        assertTrue(stranger.getMessage().contains("'nobody@example.org'"), stranger.getMessage());

        MeetingService.Withdrawn gone = meetings.uninvite(f.ctx(), m.id(), "Officer@Police.example.org");
        assertEquals(List.of("officer@police.example.org"), gone.notified());
        assertEquals(1, gone.meeting().sequence());
        assertFalse(meetings.show(f.ctx(), m.id()).invitees().stream().anyMatch(i -> i.email().equals("officer@police.example.org")));
        List<Written> cancels = cancellations();
        assertEquals(1, cancels.size());
        assertTrue(cancels.get(0).to().contains("officer@police.example.org"));
        assertEquals("1", cancels.get(0).field("SEQUENCE"));

        meetings.invite(f.ctx(), m.id(), new MeetingService.Invitation("N. Nurse", "nurse@nhs.example.org", "nhs-providers", null, null));
        assertEquals(List.of(), meetings.uninvite(f.ctx(), m.id(), "nurse@nhs.example.org").notified(), "never sent, so nothing to cancel");

        MeetingService.Withdrawn cancelled = meetings.cancel(f.ctx(), m.id(), "Merged with the December meeting");
        assertEquals(List.of("worker@csc.example.org", "carer@example.org"), cancelled.notified());
        assertEquals(2, cancelled.meeting().sequence());
        assertEquals(3, cancellations().size(), "the officer had their cancellation already");
        assertEquals(List.of("uninvite", "uninvite"), f.audited("uninvite", "meeting").stream().map(e -> e.action()).toList());
    }

    @Test
    void casesComeOffThePanelOfAMeetingNotHeld() {
        List<MeetingService.PanelCase> panel = meetings.show(f.ctx(), m.id()).cases();
        assertEquals(2, panel.size());
        long first = panel.get(0).caseId();
        MeetingService.Panel after = meetings.removeCases(f.ctx(), m.id(), List.of(first));
        assertEquals(List.of(panel.get(1)), after.cases());
        RefusedException again = assertThrows(RefusedException.class, () -> meetings.removeCases(f.ctx(), m.id(), List.of(first)));
        assertEquals("case-not-on-panel", again.rule());
        assertTrue(again.getMessage().contains(panel.get(0).reference()), again.getMessage());
        assertThrows(InvalidInputException.class, () -> meetings.removeCases(f.ctx(), m.id(), List.of()));
        assertEquals(1, f.audited("remove-case", "meeting").size());

        f.clock().set(Panel.AT.plusSeconds(3600));
        meetings.attendance(f.ctx(), m.id(), List.of(new MeetingService.Attendee("DS A. Officer", "police", Attendance.Status.PRESENT)));
        assertEquals("meeting-already-held", assertThrows(RefusedException.class,
                () -> meetings.removeCases(f.ctx(), m.id(), List.of(panel.get(1).caseId()))).rule());
    }

    private void circulate(Document doc) {
        CirculationService.Sent sent = f.app().circulation().send(f.ctx(), m.id(), doc, false);
        assertEquals(3, sent.queued());
    }
}
