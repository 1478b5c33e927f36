package org.safeguard.core.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.mail.CalendarInvite;

class ICalendarTest {
    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "SUMMARY:" + "é".repeat(60));
        String[] physical = out.toString().split("\r\n");
        for (String line : physical) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals("SUMMARY:" + "é".repeat(60), out.toString().replace("\r\n ", "").strip());
    }

    @Test
    void textIsEscapedAndNamesWithSeparatorsAreQuoted() {
        CalendarInvite invite = new CalendarInvite("u-1", 2, Instant.parse("2026-03-09T10:00:00Z"), Instant.parse("2026-03-09T11:30:00Z"),
                "Review; part 1, open\nsession", null, new CalendarInvite.Person("chair@example.org", "Chair, \"CSE\" panel"), List.of());
        String ics = ICalendar.request(invite, new CalendarInvite.Person("a@example.org", null), Instant.parse("2026-03-02T09:00:00.123Z"))
                .replace("\r\n ", "");
        assertTrue(ics.contains("SUMMARY:Review\\; part 1\\, open\\nsession\r\n"), ics);
        assertTrue(ics.contains("ORGANIZER;CN=\"Chair, CSE panel\":mailto:chair@example.org\r\n"), ics);
        assertTrue(ics.contains("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:a@example.org\r\n"), ics);
        assertTrue(ics.contains("DTSTAMP:20260302T090000Z\r\nDTSTART:20260309T100000Z\r\nDTEND:20260309T113000Z\r\n"), ics);
        assertTrue(ics.contains("SEQUENCE:2\r\n"), ics);
        assertTrue(!ics.contains("LOCATION"), "no location line when none is given");
    }

    @Test
    void aCancellationWithdrawsTheSameEventAtAHigherSequenceAndAsksForNoReply() {
        CalendarInvite request = new CalendarInvite("M00001@lancashire.safeguard", 1, Instant.parse("2026-12-03T10:00:00Z"),
                Instant.parse("2026-12-03T12:30:00Z"), "Multi-Agency CSE Meeting", "Room 2, County Hall",
                new CalendarInvite.Person("cse-panel@example.org", "A. Coordinator"), List.of());
        CalendarInvite.Person to = new CalendarInvite.Person("a@police.example.org", "A. Officer");
        Instant stamp = Instant.parse("2026-11-20T09:00:00Z");
        String ics = ICalendar.cancel(request.cancelled(2), to, stamp).replace("\r\n ", "");
        assertTrue(ics.contains("\r\nMETHOD:CANCEL\r\n"), ics);
        assertTrue(ics.contains("\r\nUID:M00001@lancashire.safeguard\r\nSEQUENCE:2\r\n"), ics);
        assertTrue(ics.contains("\r\nSTATUS:CANCELLED\r\n"), ics);
        assertTrue(ics.contains("ATTENDEE;CN=A. Officer;ROLE=REQ-PARTICIPANT:mailto:a@police.example.org\r\n"), ics);
        assertFalse(ics.contains("RSVP") || ics.contains("METHOD:REQUEST") || ics.contains("CONFIRMED"), ics);
        assertEquals(ics, ICalendar.of(request.cancelled(2), to, stamp).replace("\r\n ", ""), "the method chooses the writer");
        String asked = ICalendar.of(request, to, stamp);
        assertTrue(asked.contains("METHOD:REQUEST\r\n") && asked.contains("STATUS:CONFIRMED\r\n") && asked.contains("SEQUENCE:1\r\n"), asked);
        assertEquals(CalendarInvite.Method.REQUEST, request.method());
    }
}
