package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.CaseStatus;

class ReferralServiceTest {
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

    private int rows(String table) {
        return f.store(tx -> switch (table) {
            case "child" -> tx.children().list().size();
            case "case" -> tx.cases().list().size();
            default -> tx.referrals().count();
        });
    }

    @Test
    void theAreasFormIsTheOnlyEnabledAreasWhenNoneIsNamed() {
        ReferralService.Form form = f.app().referrals().form(f.ctx(), null);
        assertEquals("lancashire", form.area());
        assertTrue(form.form().fields().stream().anyMatch(x -> x.id().equals("familyName")));
        assertThrows(NotFoundException.class, () -> f.app().referrals().form(f.ctx(), "testshire"));
    }

    @Test
    void aValidReferralRecordsTheChildAndOpensACaseInOneTransaction() {
        ReferralService.Outcome o = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Example"));
        assertTrue(o.caseOpened());
        assertEquals(CaseStatus.OPEN, o.onCase().status());
        assertEquals(LocalDate.of(2026, 11, 2), o.onCase().opened(), "the case opens on the referral date");
        assertEquals("lancashire", o.onCase().area());
        assertEquals("O1", o.child().ethnicity(), "the form's '01' is stored as the list spells it");
        assertEquals(LocalDate.of(2011, 4, 3), o.child().dateOfBirth());
        assertEquals(List.of("missing", "older-relationship"), o.referral().basis());
        assertEquals(o.onCase().id(), o.referral().caseId());
        assertEquals(1, rows("child"));
        assertEquals(1, rows("case"));
        assertEquals(1, rows("referral"));

        List<AuditEntry> written = f.audit().stream().filter(e -> e.actor().equals(AppFixture.ACTOR) && !e.entity().equals("home")
                && !e.entity().equals("plugin") && !e.entity().equals("user")).toList();
        assertEquals(List.of("add child", "open case", "add referral"), written.stream().map(e -> e.action() + " " + e.entity()).toList());
    }

    @Test
    void aSecondReferralOfAKnownChildJoinsTheOpenCaseWithTheChildsRecordedDetails() {
        ReferralService.Outcome first = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Example"));
        Map<String, Object> answers = Referrals.valid("Ignored");
        answers.remove("familyName");
        answers.remove("firstName");
        answers.remove("dateOfBirth");
        answers.put("dateCompleted", "2026-11-18");
        ReferralService.Outcome second = f.app().referrals().refer(f.ctx(), "lancashire", first.child().id(), answers);
        assertFalse(second.caseOpened());
        assertEquals(first.onCase().id(), second.onCase().id());
        assertEquals("Example", second.referral().answers().get("familyName"), "the form's subject fields default to the record");
        assertEquals(1, rows("child"));
        assertEquals(2, rows("referral"));
    }

    @Test
    void anInvalidReferralReportsEveryProblemAndLeavesNothing() {
        Map<String, Object> answers = Referrals.valid("Example");
        answers.remove("familyName");
        answers.put("dateOfBirth", "31/02/2011");
        answers.put("ethnicity", "W4");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.app().referrals().refer(f.ctx(), null, null, answers));
        List<String> subjects = e.problems().stream().map(Problem::subject).toList();
        assertTrue(subjects.containsAll(List.of("familyName", "dateOfBirth", "ethnicity")), subjects.toString());
        assertTrue(e.getMessage().contains("'31/02/2011' is not a date"), e.getMessage());
        assertEquals(0, rows("child"));
        assertEquals(0, rows("case"));
        assertEquals(0, rows("referral"));
    }

    @Test
    void aReferralDatedTomorrowByTheRequestClockIsRefusedAndLeavesNothing() {
        Map<String, Object> answers = Referrals.valid("Example");
        answers.put("dateCompleted", "2026-11-19");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.app().referrals().refer(f.ctx(), null, null, answers));
        assertEquals("dateCompleted: 2026-11-19 is in the future", e.problems().get(0).toString());
        assertEquals(0, rows("child"));
        f.clock().set(AppFixture.START.plusSeconds(86_400));
        assertTrue(f.app().referrals().refer(f.ctx(), null, null, answers).caseOpened(), "the next day it has come");
    }

    @Test
    void anUnknownChildIsNotFoundAndNothingIsRecorded() {
        assertThrows(NotFoundException.class, () -> f.app().referrals().refer(f.ctx(), null, 42L, Referrals.valid("Example")));
        assertEquals(0, rows("case"));
    }

    @Test
    void showingAReferralIsAnAuditedRead() {
        ReferralService.Outcome o = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Example"));
        ReferralService.Detail d = f.app().referrals().show(f.as("another.worker"), o.referral().id());
        assertEquals(o.child().id(), d.child().id());
        assertEquals(o.onCase().id(), d.onCase().id());
        List<AuditEntry> reads = f.audited("read", "referral");
        assertEquals(1, reads.size());
        assertEquals("another.worker", reads.get(0).actor());
        assertEquals(o.referral().id(), reads.get(0).entityId());
        assertThrows(NotFoundException.class, () -> f.app().referrals().show(f.ctx(), 99));
        assertEquals(1, f.audited("read", "referral").size(), "no read is audited for what is not there");
    }
}
