package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.model.AssessmentStatus;

/**
 * Lancashire's "initial CSE 2 risk assessment within 24 hours of referral, met by a final
 * assessment of lancashire.cse2", worked out from what is recorded: overdue while only a draft
 * exists, met (late) by the final one, listed by state and by how soon it is due.
 */
class DeadlineServiceTest {
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

    @Test
    void aDeadlineIsOverdueUntilWhatMeetsItIsRecordedAndThenMetLate() {
        ReferralService.Outcome r = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Example")); // received 2 November
        long caseId = r.onCase().id();
        List<DeadlineService.Entry> before = f.app().deadlines().forCase(f.ctx(), caseId);
        assertEquals(1, before.size(), before.toString());
        DeadlineService.Entry e = before.get(0);
        assertEquals("initial-risk-assessment", e.id());
        assertEquals("Initial CSE 2 risk assessment", e.title());
        assertEquals(Instant.parse("2026-11-03T00:00:00Z"), e.due(), "24 hours from the day of the referral");
        assertEquals(LocalDate.of(2026, 11, 2), e.dueDate(), "by the end of 2 November");
        assertEquals(DeadlineService.State.OVERDUE, e.state());
        assertEquals("a final assessment of lancashire.cse2", e.metBy());

        f.app().assessments().record(f.ctx(), "lancashire.cse2", Map.of("1", "2"), r.child().id(), AssessmentStatus.DRAFT);
        assertEquals(DeadlineService.State.OVERDUE, f.app().deadlines().forCase(f.ctx(), caseId).get(0).state(), "a draft meets nothing");
        assertEquals(1, f.app().deadlines().list(f.ctx(), new DeadlineService.Filter("lancashire", true, null)).size());

        f.app().assessments().record(f.ctx(), "lancashire.cse2", AssessmentServiceTest.answers(AssessmentServiceTest.MEDIUM), r.child().id(),
                AssessmentStatus.FINAL);
        DeadlineService.Entry met = f.app().deadlines().forCase(f.ctx(), caseId).get(0);
        assertEquals(DeadlineService.State.MET, met.state());
        assertEquals(AppFixture.START, met.met());
        assertTrue(met.late());
        assertEquals(List.of(met), f.app().cases().show(f.ctx(), caseId).deadlines(), "case show carries the same");
        assertTrue(f.app().deadlines().list(f.ctx(), new DeadlineService.Filter(null, true, null)).isEmpty(), "nothing overdue now");
        assertTrue(f.audit().stream().anyMatch(a -> a.action().equals("list") && a.entity().equals("deadline")), "the read is audited");
    }

    @Test
    void theListKeepsWhatIsDueSoonAndLeavesClosedCasesOut() {
        Map<String, Object> today = Referrals.valid("Today");
        today.put("dateCompleted", "2026-11-18");
        ReferralService.Outcome fresh = f.app().referrals().refer(f.ctx(), null, null, today);
        ReferralService.Outcome old = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Earlier"));

        List<DeadlineService.Entry> all = f.app().deadlines().list(f.ctx(), DeadlineService.Filter.ALL);
        assertEquals(List.of(old.onCase().id(), fresh.onCase().id()), all.stream().map(e -> e.onCase().id()).toList(), "soonest due first");
        assertEquals(DeadlineService.State.OPEN, all.get(1).state());
        assertEquals(1, f.app().deadlines().list(f.ctx(), new DeadlineService.Filter(null, false, Duration.ofHours(24))).size(),
                "due at midnight, within 24 hours of 09:30");
        assertTrue(f.app().deadlines().list(f.ctx(), new DeadlineService.Filter(null, false, Duration.ofHours(2))).isEmpty());
        assertTrue(f.app().deadlines().list(f.ctx(), new DeadlineService.Filter("london", false, null)).isEmpty(), "another area's");

        f.app().cases().close(f.ctx(), old.onCase().id(), org.safeguard.core.model.CaseStatus.CLOSED, "No further concerns after review", null);
        assertEquals(List.of(fresh.onCase().id()), f.app().deadlines().list(f.ctx(), DeadlineService.Filter.ALL).stream()
                .map(e -> e.onCase().id()).toList(), "a closed case has no running deadlines");
        assertTrue(f.app().deadlines().forCase(f.ctx(), old.onCase().id()).isEmpty());
        assertNull(f.app().deadlines().forCase(f.ctx(), fresh.onCase().id()).get(0).met());
    }
}
