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
import org.safeguard.core.api.Problem;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.Meeting;

/** Control characters and bidirectional overrides never get into what people type (attack defect D14). */
class ControlCharactersTest {
    static final String ESC = "\u001b[2J\u001b[31m";

    @TempDir
    Path tmp;
    AppFixture f;

    @BeforeEach
    void home() {
        f = AppFixture.withArea(tmp, "lancashire");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static ChildService.Details named(String family, String given) {
        return new ChildService.Details(family, given, null, List.of(), LocalDate.of(2012, 3, 4), null, null, null, null, null, null);
    }

    @Test
    void aChildsNamesWithAControlCharacterOrBidiOverrideAreRefusedNamingEachFieldAndNothingIsStored() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> f.app().children().add(f.ctx(), null, named("Okafor" + ESC, "Amara\r\nCSE-00001  Closed")));
        assertEquals(List.of(Problem.of("familyName", "contains a control character (U+001B)"),
                Problem.of("givenName", "contains a control character (U+000D)")), e.problems());
        InvalidInputException bidi = assertThrows(InvalidInputException.class,
                () -> f.app().children().add(f.ctx(), null, named("Okafor\u202Erofako", "Amara\u0000")));
        assertEquals(List.of(Problem.of("familyName", "contains a bidirectional override (U+202E)"),
                Problem.of("givenName", "contains a control character (U+0000)")), bidi.problems());
        assertTrue(f.store(tx -> tx.children().list()).isEmpty());
        assertEquals("Amara", f.app().children().add(f.ctx(), null, named("Okafor", " Amara ")).givenName(), "plain names are still taken");
    }

    @Test
    void aHundredThousandCharacterNameOrVenueIsRefusedByItsLengthAndNothingIsStored() {
        String huge = "A".repeat(100_000);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.app().children().add(f.ctx(), null, named(huge, "Amara")));
        assertEquals(List.of(Problem.of("familyName", "is 100000 characters long; the limit is 500")), e.problems());
        assertTrue(f.store(tx -> tx.children().list()).isEmpty());
        Instant at = AppFixture.START.plusSeconds(14 * 86400);
        InvalidInputException venue = assertThrows(InvalidInputException.class, () -> f.app().meetings().schedule(f.ctx(),
                new MeetingService.NewMeeting(null, "multi-agency-cse", at, null, huge, null, "C. Chair", List.of())));
        assertEquals("venue", venue.problems().get(0).subject());
        assertTrue(f.app().meetings().list(f.ctx()).isEmpty());
        long caseId = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Example")).onCase().id();
        InvalidInputException notes = assertThrows(InvalidInputException.class, () -> f.app().decisions().add(f.ctx(), caseId,
                new DecisionService.NewDecision("strategy", "Refer.", "x".repeat(20_001), null, null)));
        assertEquals(List.of(Problem.of("reasons", "is 20001 characters long; the limit is 20000")), notes.problems());
    }

    @Test
    void anInviteeWithAControlCharacterInTheirNameOrEmailIsRefusedAndNotInvited() {
        MeetingService meetings = f.app().meetings();
        Instant at = AppFixture.START.plusSeconds(14 * 86400);
        Meeting m = meetings.schedule(f.ctx(), new MeetingService.NewMeeting(null, "multi-agency-cse", at, at.plusSeconds(3600), "Room 2", null,
                "C. Chair", List.of()));
        int before = meetings.show(f.ctx(), m.id()).invitees().size();
        InvalidInputException name = assertThrows(InvalidInputException.class, () -> meetings.invite(f.ctx(), m.id(),
                new MeetingService.Invitation("P. Carer\r\nBcc: all@example.org", "carer@example.org", "family", null, null)));
        assertEquals(List.of(Problem.of("name", "contains a control character (U+000D)")), name.problems());
        InvalidInputException email = assertThrows(InvalidInputException.class, () -> meetings.invite(f.ctx(), m.id(),
                new MeetingService.Invitation("P. Carer", "carer@example.org\u2066", "family", null, null)));
        assertEquals(List.of(Problem.of("email", "contains a bidirectional override (U+2066)")), email.problems());
        InvalidInputException reason = assertThrows(InvalidInputException.class, () -> meetings.invite(f.ctx(), m.id(),
                new MeetingService.Invitation("F. Carer", "foster@example.org", "family", MeetingService.Access.UNRESTRICTED, "Asked by" + ESC)));
        assertEquals(List.of(Problem.of("reason", "contains a control character (U+001B)")), reason.problems());
        InvalidInputException venue = assertThrows(InvalidInputException.class, () -> meetings.schedule(f.ctx(), new MeetingService.NewMeeting(
                null, "multi-agency-cse", at, null, "Room\u00072", null, "C. Chair", List.of())));
        assertEquals(List.of(Problem.of("venue", "contains a control character (U+0007)")), venue.problems());
        List<Invitee> after = meetings.show(f.ctx(), m.id()).invitees();
        assertEquals(before, after.size(), after.toString());
        assertEquals(1, meetings.list(f.ctx()).size(), "no meeting scheduled with a bell in its venue");
    }

    @Test
    void freeTextKeepsLineFeedsAndTabsWithCrLfAsLineFeedButRefusesOtherControls() {
        long caseId = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Example")).onCase().id();
        DecisionService.Recorded ok = f.app().decisions().add(f.ctx(), caseId, new DecisionService.NewDecision("strategy",
                "Refer to the panel.\r\n\tThen review.", "Two missing episodes.", null, null));
        assertEquals("Refer to the panel.\n\tThen review.", ok.decision().decision());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.app().decisions().add(f.ctx(), caseId,
                new DecisionService.NewDecision("strategy", "Close" + ESC, "Because\u202E", null, null)));
        assertEquals(List.of(Problem.of("decision", "contains a control character (U+001B)"),
                Problem.of("reasons", "contains a bidirectional override (U+202E)")), e.problems());
    }

    @Test
    void aReferralWithAControlCharacterInAnyAnswerIsRefusedNamingItsFieldAndRecordsNothing() {
        java.util.Map<String, Object> answers = Referrals.valid("Okafor" + ESC);
        answers.put("referrerName", "D. Worker\u0085");
        answers.put("details", "Two missing episodes.\r\nSeen at a flat of concern.\u0007");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.app().referrals().refer(f.ctx(), null, null, answers));
        assertEquals(List.of(Problem.of("referrerName", "contains a control character (U+0085)"),
                Problem.of("familyName", "contains a control character (U+001B)"),
                Problem.of("details", "contains a control character (U+0007)")), e.problems());
        assertTrue(f.store(tx -> tx.children().list()).isEmpty());

        answers.put("familyName", "Okafor");
        answers.put("referrerName", "D. Worker");
        answers.put("details", "Two missing episodes.\r\n\tSeen at a flat of concern.");
        assertEquals("Two missing episodes.\n\tSeen at a flat of concern.",
                f.app().referrals().refer(f.ctx(), null, null, answers).referral().narrative(), "free text keeps its lines, CR LF as LF");
    }
}
