package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.app.CirculationService.Audience;
import org.safeguard.core.app.CirculationService.Document;
import org.safeguard.core.app.CirculationService.Format;
import org.safeguard.core.app.CirculationService.RenderRequest;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.DocumentCopy;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingDocument;
import org.safeguard.core.store.NewChild;

/**
 * Issued papers are kept as they were sent (issue 9 item 2): re-rendering or re-sending them
 * gives the same bytes whatever was recorded since, later facts go to the next meeting, and
 * minutes go draft → issued → agreed, the agreement recorded at a later meeting of the panel
 * whose agenda asks for it and whose minutes say so.
 */
class IssuedPapersTest {
    static final String TYPE = "multi-agency-cse";
    /** Thursday 3 December 2026, 10:00 in London; the fixture's clock starts two weeks before. */
    static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
    static final Instant NEXT = Instant.parse("2027-01-07T10:00:00Z");

    @TempDir
    Path tmp;
    AppFixture f;
    MeetingService meetings;
    CirculationService circulation;
    long caseId;

    @BeforeEach
    void home() {
        f = AppFixture.withArea(tmp, "lancashire");
        meetings = f.app().meetings();
        circulation = f.app().circulation();
        caseId = aCase("Okafor");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private long aCase(String family) {
        return f.store(tx -> {
            long child = tx.children().add(NewChild.named(family, "Amara", LocalDate.of(2012, 3, 4))).id();
            return tx.cases().open(child, AreaDescriptor.builder("lancashire", "lancashire").caseReferences("CSE-%05d").build(),
                    LocalDate.of(2026, 11, 2)).id();
        });
    }

    private Meeting schedule(Instant at, List<Long> cases) {
        Meeting m = meetings.schedule(f.ctx(), new MeetingService.NewMeeting(null, TYPE, at, at.plusSeconds(9000), "Room 2, County Hall",
                null, "C. Chair", cases));
        meetings.invite(f.ctx(), m.id(), new MeetingService.Invitation("DS A. Officer", "officer@police.example.org", "police", null, null));
        meetings.invite(f.ctx(), m.id(), new MeetingService.Invitation("P. Carer", "carer@example.org", "family", null, null));
        return m;
    }

    private static MeetingService.Attendee present(String name, String agency) {
        return new MeetingService.Attendee(name, agency, Attendance.Status.PRESENT);
    }

    /** Quorate minutes: four agencies, police and children's social care among them. */
    private void minute(Meeting m, String notes) {
        meetings.recordMinutes(f.ctx(), m.id(), new MeetingService.MinutesInput(
                List.of(present("DS A. Officer", "police"), present("S. Worker", "childrens-social-care"),
                        present("N. Nurse", "nhs-providers"), present("E. Teacher", "education")),
                List.of(new MeetingService.ItemMinutes("1.1", notes, List.of(), List.of()),
                        new MeetingService.ItemMinutes("2.2", "Reviewed in the confidential part.", List.of("Stays on the panel"), List.of()))));
    }

    private byte[] render(Meeting m, Document doc, Audience audience, Format format) {
        return circulation.preview(f.ctx(), new RenderRequest(m.id(), doc, audience, format)).bytes();
    }

    private String text(Meeting m, Document doc, Audience audience) {
        return new String(render(m, doc, audience, Format.TEXT), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void issuedMinutesAreKeptAsSentAndLaterFactsDoNotChangeThem() {
        Meeting m = schedule(AT, List.of(caseId));
        f.clock().set(AT.plusSeconds(9000));
        minute(m, "Introductions.");
        String draft = text(m, Document.MINUTES, Audience.FULL);
        assertTrue(draft.contains("Draft"), draft);

        f.clock().set(AT.plusSeconds(86_400));
        CirculationService.Sent sent = circulation.send(f.ctx(), m.id(), Document.MINUTES, false);
        assertEquals(1, sent.version());
        assertEquals(meetings.show(f.ctx(), m.id()).invitees().size(), sent.queued());
        assertEquals(Meeting.Minutes.ISSUED, meetings.show(f.ctx(), m.id()).meeting().minutes());
        String issued = text(m, Document.MINUTES, Audience.FULL);
        assertTrue(issued.contains("Issued, circulated 4 December 2026"), issued);
        byte[] pdf = render(m, Document.MINUTES, Audience.FULL, Format.PDF);
        byte[] open = render(m, Document.MINUTES, Audience.RESTRICTED, Format.PDF);

        // later facts: the next meeting is scheduled (the minutes name it), another case opens, days pass
        f.clock().set(AT.plusSeconds(86_400 * 10));
        schedule(NEXT, List.of(caseId, aCase("Nowak")));
        assertEquals(issued, text(m, Document.MINUTES, Audience.FULL), "issued minutes re-render to the same text");
        assertFalse(issued.contains("Next meeting"), "the next meeting was not known when they were issued");
        assertArrayEquals(pdf, render(m, Document.MINUTES, Audience.FULL, Format.PDF), "and to the same PDF bytes");
        assertArrayEquals(open, render(m, Document.MINUTES, Audience.RESTRICTED, Format.PDF), "the restricted copy too");

        CirculationService.Sent again = circulation.send(f.ctx(), m.id(), Document.MINUTES, true);
        assertEquals(1, again.version(), "a resend is the version that went, not a v2");
        assertEquals(1, f.store(tx -> tx.meetings().latestDocument(m.id(), MeetingDocument.Kind.MINUTES)).orElseThrow().version());

        RefusedException amend = assertThrows(RefusedException.class, () -> meetings.amendMinutes(f.ctx(), m.id(),
                new MeetingService.MinutesInput(null, List.of(new MeetingService.ItemMinutes("1.1", "Changed.", List.of(), List.of())))));
        assertEquals("minutes-issued", amend.rule());
        assertThrows(SafeguardException.class, () -> minute(m, "Rewritten."));
        assertEquals(issued, text(m, Document.MINUTES, Audience.FULL));

        Map<Boolean, DocumentCopy> copies = f.store(tx -> tx.meetings().copies(
                tx.meetings().latestSent(m.id(), MeetingDocument.Kind.MINUTES).orElseThrow().id()));
        assertEquals(issued, copies.get(false).text(), "the copy kept is the text that went");
        assertEquals("Thursday 3 December 2026", ((Map<?, ?>) copies.get(false).view().get("meeting")).get("date"), "with the data it showed");
        assertEquals("Issued", ((Map<?, ?>) copies.get(false).view().get("status")).get("state"));
        assertFalse(copies.get(true).text().contains("Reviewed in the confidential part"), "the restricted copy has no confidential part");
        assertTrue(f.app().audit().verify(f.ctx(), null, null).intact(), "the copies are sealed and intact");
    }

    @Test
    void anAgendaSentIsWhatASendAfterTheMeetingCarries() {
        Meeting m = schedule(AT, List.of(caseId));
        f.clock().set(AT.minusSeconds(86_400 * 7));
        CirculationService.Sent first = circulation.send(f.ctx(), m.id(), Document.AGENDA, false);
        String sent = text(m, Document.AGENDA, Audience.FULL);

        // a case added before the meeting makes a revised agenda, v2
        meetings.cases(f.ctx(), m.id(), List.of(aCase("Nowak")), List.of());
        assertEquals(first.version() + 1, circulation.send(f.ctx(), m.id(), Document.AGENDA, false).version());
        String revised = text(m, Document.AGENDA, Audience.FULL);
        assertFalse(revised.equals(sent));

        // after the meeting has begun, nothing recorded since changes the agenda that went
        f.clock().set(AT.plusSeconds(86_400 * 3));
        meetings.attendance(f.ctx(), m.id(), List.of(present("DS A. Officer", "police")));
        schedule(NEXT, List.of(caseId));
        assertEquals(revised, text(m, Document.AGENDA, Audience.FULL), "the agenda as it went");
        CirculationService.Sent after = circulation.send(f.ctx(), m.id(), Document.AGENDA, true);
        assertEquals(2, after.version(), "a send after the meeting re-sends v2, it makes no v3");
        assertEquals(meetings.show(f.ctx(), m.id()).invitees().size(), after.queued(), "resent to every invitee");
    }

    @Test
    void minutesAreAgreedAtALaterMeetingWhoseAgendaAsksAndWhoseMinutesSaySo() {
        Meeting first = schedule(AT, List.of(caseId));
        f.clock().set(AT.plusSeconds(9000));
        minute(first, "Introductions.");
        Meeting second = schedule(NEXT, List.of(caseId));

        RefusedException draft = assertThrows(RefusedException.class,
                () -> meetings.agreeMinutes(f.ctx(), first.id(), second.id(), List.of()));
        assertEquals("minutes-not-issued", draft.rule());

        f.clock().set(AT.plusSeconds(86_400));
        circulation.send(f.ctx(), first.id(), Document.MINUTES, false);
        String agenda = text(second, Document.AGENDA, Audience.RESTRICTED);
        assertTrue(agenda.contains("Minutes of the previous meeting: To agree the minutes of the meeting of 3 December 2026 ("
                + first.reference() + "), issued 4 December 2026, as an accurate record."), agenda);

        RefusedException notHeld = assertThrows(RefusedException.class,
                () -> meetings.agreeMinutes(f.ctx(), first.id(), second.id(), List.of()));
        assertEquals("meeting-not-held", notHeld.rule());
        RefusedException earlier = assertThrows(RefusedException.class,
                () -> meetings.agreeMinutes(f.ctx(), second.id(), first.id(), List.of()));
        assertEquals("minutes-not-issued", earlier.rule(), "the second meeting's minutes are not issued");

        f.clock().set(NEXT.plusSeconds(9000));
        minute(second, "Introductions again.");
        MeetingService.Agreed agreed = meetings.agreeMinutes(f.ctx(), first.id(), second.id(),
                List.of("Item 2.2: the lead agency is children's social care."));
        assertEquals(Meeting.Minutes.AGREED, agreed.minutesOf().minutes());
        assertEquals(second.id(), agreed.minutesOf().agreement().atMeetingId());
        assertEquals(List.of(first.reference()), meetings.show(f.ctx(), second.id()).agreedHere().stream().map(Meeting::reference).toList());
        assertEquals(second.reference(), meetings.show(f.ctx(), first.id()).minutesAgreedAt().orElseThrow().reference());

        String full = text(second, Document.MINUTES, Audience.FULL);
        assertTrue(full.contains("The minutes of the meeting of 3 December 2026 (" + first.reference()
                + ") were agreed as an accurate record, with one correction."), full);
        assertTrue(full.contains("Correction to " + first.reference() + ": Item 2.2: the lead agency is children's social care."), full);
        String open = text(second, Document.MINUTES, Audience.RESTRICTED);
        assertTrue(open.contains("were agreed as an accurate record, with one correction."), open);
        assertFalse(open.contains("lead agency"), "a correction may touch a confidential part: the open part never carries it");
        assertTrue(text(first, Document.MINUTES, Audience.FULL).contains("Issued, circulated 4 December 2026"),
                "the agreed minutes stay as issued");

        RefusedException twice = assertThrows(RefusedException.class,
                () -> meetings.agreeMinutes(f.ctx(), first.id(), second.id(), List.of()));
        assertEquals("minutes-already-agreed", twice.rule());
    }

    @Test
    void theDatabaseRefusesToRewriteWhatWasSent() throws SQLException {
        Meeting m = schedule(AT, List.of(caseId));
        f.clock().set(AT.plusSeconds(9000));
        minute(m, "Introductions.");
        circulation.send(f.ctx(), m.id(), Document.MINUTES, false);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.home().database()); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE document_copy SET text = 'forged'", "DELETE FROM document_copy",
                    "INSERT OR REPLACE INTO document_copy SELECT * FROM document_copy",
                    "UPDATE meeting SET minutes = 'RECORDED' WHERE id = " + m.id(),
                    "UPDATE minutes_entry SET notes = 'forged' WHERE meeting_id = " + m.id(),
                    "DELETE FROM minutes_entry WHERE meeting_id = " + m.id())) {
                SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertTrue(e.getMessage().contains("never"), sql + ": " + e.getMessage());
            }
        }
    }
}
