package org.safeguard.core.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.app.MeetingService;
import org.safeguard.core.model.Attendance;

class MinutesFileTest {
    @Test
    void aMinutesFileBecomesTheTypedMinutesAsWritten() {
        MeetingService.MinutesInput in = MinutesFile.parse("""
                {"attendance": [{"name": "A. Officer", "agency": "police", "status": "Present"}, {"name": "B", "agency": "csc"}],
                 "items": [{"item": 2.2, "notes": "Reviewed.", "decisions": ["Stays"],
                            "cases": [{"case": "X-1", "discussion": "Back at school.", "decisions": ["Stays on the panel"]}],
                            "actions": [{"description": "Hold it", "owner": "A. Officer", "agency": "police", "due": " 2026-12-10", "case": "X-1"}]}]}
                """);
        assertEquals(Attendance.Status.PRESENT, in.attendance().get(0).status());
        assertNull(in.attendance().get(1).status(), "a missing status is the service's to refuse");
        MeetingService.ItemMinutes item = in.items().get(0);
        assertEquals("2.2", item.item());
        assertEquals(List.of("Stays"), item.decisions());
        assertEquals(List.of(new MeetingService.CaseMinutes("X-1", "Back at school.", List.of("Stays on the panel"))), item.cases());
        assertEquals(new MeetingService.NewAction("Hold it", "A. Officer", "police", LocalDate.of(2026, 12, 10), "X-1"), item.actions().get(0));
    }

    @Test
    void theFilesFormIsCheckedWithEveryProblemAtOnce() {
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> MinutesFile.parse("""
                {"itmes": [], "attendance": [3, {"name": "A", "agency": "police", "status": "late"}],
                 "items": [{"item": "1.1", "decisions": "one", "actions": [{"due": "10/12/2026"}]}]}
                """));
        assertEquals(List.of(new Problem("itmes", "is not part of a minutes file (attendance, items)", "items"),
                Problem.of("attendance[1]", "must be an object"),
                Problem.of("attendance[1].status", "'late' is not present, apologies or absent"),
                Problem.of("items[1].decisions", "must be a list of decisions"),
                Problem.of("items[1].actions[1].due", "'10/12/2026' is not a date (YYYY-MM-DD)")), bad.problems());
        assertEquals("minutes not recorded", bad.getMessage().split(": ", 2)[0]);
        assertThrows(SafeguardException.class, () -> MinutesFile.parse("[1, 2]"));
        assertThrows(SafeguardException.class, () -> MinutesFile.parse("{\"items\": "));
    }

    @Test
    void aKeyThatIsNotPartOfMinutesIsRefusedAtEveryLevelNamedByItsPlace() {
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> MinutesFile.parse("""
                {"attendance": [{"name": "A", "agency": "police", "status": "present", "role": "chair"}],
                 "items": [{"item": "2.1", "note": "Reviewed.", "cases": [{"case": "X-1", "notes": "Seen.", "decisions": "one"}],
                            "actions": [{"description": "Visit", "owner": "B", "agency": "police", "due": "2026-12-10", "dew": "x"}]}]}
                """));
        assertEquals(List.of(
                Problem.of("attendance[1].role", "is not part of an attendee (name, agency, status)"),
                new Problem("items[1].note", "is not part of an item's minutes (item, notes, decisions, cases, actions)", "notes"),
                Problem.of("items[1].cases[1].notes", "is not part of a case's minutes (case, discussion, decisions)"),
                Problem.of("items[1].cases[1].decisions", "must be a list of decisions"),
                new Problem("items[1].actions[1].dew", "is not part of an action (description, owner, agency, due, case, strand)", "due")),
                bad.problems());
    }
}
