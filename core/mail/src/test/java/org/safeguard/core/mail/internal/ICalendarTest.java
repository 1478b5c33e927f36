package org.safeguard.core.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
