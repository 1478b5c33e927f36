package org.safeguard.core.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.InvalidInputException;

/** A date and time on the command line: UK local time as people type it, or an instant with its offset as a script gives it. */
class DatesTest {
    @Test
    void localTimeIsEuropeLondonAndAnOffsetIsTakenAsWritten() {
        assertEquals(Instant.parse("2026-07-01T08:00:00Z"), Dates.localDateTime("at", "2026-07-01T09:00"), "BST");
        assertEquals(Instant.parse("2026-12-01T09:00:00Z"), Dates.localDateTime("at", "2026-12-01T09:00"), "GMT");
        assertEquals(Instant.parse("2026-07-01T09:00:00Z"), Dates.localDateTime("at", "2026-07-01T09:00:00Z"));
        assertEquals(Instant.parse("2026-07-01T08:00:00Z"), Dates.localDateTime("at", "2026-07-01T09:00+01:00"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Dates.localDateTime("at", "1 July"));
        assertTrue(e.getMessage().contains("YYYY-MM-DDTHH:MM"), e.getMessage());
    }
}
