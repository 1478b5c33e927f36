package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.rules.RuleSweep;
import org.safeguard.core.store.MailMessage;
import org.safeguard.core.store.MailStatus;

/**
 * The shipped Lancashire rules acting on real records: each fires once per occurrence, a met
 * deadline stops its rule, a dry run changes nothing, a notification is discreet and disclosed,
 * "add case to next" waits for a meeting to be scheduled, a rule's action is reviewed at no
 * meeting yet carried, and a condition that stops and holds again is a new occurrence.
 */
class RuleServiceTest {
    @TempDir
    Path tmp;
    AppFixture f;
    ReferralService.Outcome referral;

    @BeforeEach
    void home() {
        f = AppFixture.withArea(tmp, "lancashire");
        referral = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Ashworth")); // received 2 November: the assessment is overdue
    }

    @AfterEach
    void close() {
        f.close();
    }

    private RuleService rules() {
        return f.app().rules();
    }

    private long caseId() {
        return referral.onCase().id();
    }

    private List<RuleSweep.Fired> fired(RuleService.Swept s) {
        return s.reports().stream().flatMap(r -> r.fired().stream()).toList();
    }

    @Test
    void anOverdueDeadlineFiresOnceNotifiesDiscreetlyAndRaisesThePriority() {
        int audit = f.audit().size();
        RuleService.Swept dry = rules().run(f.ctx(), "lancashire", null, true);
        assertEquals(List.of("assessment-overdue"), fired(dry).stream().map(x -> x.rule().id()).toList());
        assertEquals("would be done", fired(dry).get(0).done().get(0).outcome());
        assertNull(dry.delivery());
        assertEquals(audit, f.audit().size(), "a dry run writes nothing, not even to the audit trail");
        assertTrue(rules().firings(f.ctx(), null, null).isEmpty(), "a dry run records nothing");
        assertEquals(0, (int) f.store(tx -> tx.mailQueue().counts().values().stream().mapToInt(Integer::intValue).sum()), "and queues nothing");
        assertEquals("normal", f.store(tx -> tx.cases().require(caseId()).priority()));

        RuleService.Swept run = rules().run(f.ctx(), "lancashire", null, false);
        RuleSweep.Fired once = fired(run).get(0);
        assertEquals(1, fired(run).size(), fired(run).toString());
        assertEquals(1, once.occurrence());
        assertTrue(once.done().get(0).outcome().startsWith("queued to Police CSE lead <ppu.cse@lancashire-police.example.org>"),
                once.done().toString());
        assertEquals("priority normal → high", once.done().get(1).outcome());
        assertEquals("high", f.store(tx -> tx.cases().require(caseId()).priority()));

        MailMessage notice = f.store(tx -> tx.mailQueue().withStatus(MailStatus.SENT)).get(0);
        assertTrue(notice.subject().contains(referral.onCase().reference()), notice.subject());
        assertFalse(notice.subject().contains("Ashworth") || notice.subject().contains("Alex"), "no child's name: " + notice.subject());
        String body = new String(f.store(tx -> tx.mailQueue().content(notice.id())).orElse(new byte[0]));
        assertFalse(body.contains("Ashworth"), "no child's name in the message either");
        assertEquals(1, f.app().disclosures().list(f.ctx()).stream().filter(d -> d.document().equals("rule-notice")).count(),
                "the notification is in the disclosure log");

        assertTrue(fired(rules().run(f.ctx(), "lancashire", null, false)).isEmpty(), "the same occurrence never fires twice");
        f.clock().advance(Duration.ofDays(3));
        assertTrue(fired(rules().run(f.ctx(), null, null, false)).isEmpty(), "nor later, while it still holds");
        assertEquals(1, rules().firings(f.ctx(), caseId(), "assessment-overdue").size());
        assertEquals(1, f.store(tx -> tx.mailQueue().withStatus(MailStatus.SENT)).size(), "one message");
    }

    @Test
    void aMetDeadlineStopsItsRuleAndARedBandWaitsForTheNextMeetingThenFiresAgainAfterAmber() {
        rules().run(f.ctx(), "lancashire", null, false); // assessment-overdue, occurrence 1
        long child = referral.child().id();
        f.app().assessments().record(f.ctx(), "lancashire.cse2", AssessmentServiceTest.answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4), child,
                AssessmentStatus.FINAL); // RED, and the deadline is met
        RuleService.Swept red = rules().run(f.ctx(), "lancashire", null, false);
        assertEquals(List.of("red-band-to-panel"), fired(red).stream().map(x -> x.rule().id()).toList());
        assertEquals(1, red.reports().get(0).stopped(), "assessment-overdue no longer holds: its deadline is met");
        assertTrue(fired(red).get(0).done().get(0).outcome().startsWith("no multi-agency-cse meeting is scheduled"),
                fired(red).get(0).done().toString());

        var held = f.app().meetings().schedule(f.ctx(), new MeetingService.NewMeeting(null, MeetingServiceTest.TYPE,
                MeetingServiceTest.AT, null, "Room 2, County Hall", null, null, List.of()));
        RuleService.Swept placed = rules().run(f.ctx(), "lancashire", null, false);
        assertEquals(1, placed.reports().get(0).placed().size(), placed.reports() + " " + f.store(tx -> tx.ruleLedger().waiting("lancashire"))
                + " " + f.store(tx -> tx.meetings().nextScheduled("lancashire", MeetingServiceTest.TYPE, f.clock().instant())));
        assertTrue((boolean) f.store(tx -> tx.meetings().hasCase(held.id(), caseId())));
        assertTrue(rules().run(f.ctx(), "lancashire", null, false).reports().get(0).placed().isEmpty(), "placed once");

        f.clock().advance(Duration.ofHours(1));
        f.app().assessments().record(f.ctx(), "lancashire.cse2", AssessmentServiceTest.answers(AssessmentServiceTest.MEDIUM), child,
                AssessmentStatus.FINAL); // AMBER: RED stops holding
        assertTrue(fired(rules().run(f.ctx(), "lancashire", null, false)).isEmpty());
        f.clock().advance(Duration.ofHours(1));
        f.app().assessments().record(f.ctx(), "lancashire.cse2", AssessmentServiceTest.answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4), child,
                AssessmentStatus.FINAL); // RED again: a second occurrence
        List<RuleSweep.Fired> again = fired(rules().run(f.ctx(), "lancashire", null, false));
        assertEquals(1, again.size());
        assertEquals(2, again.get(0).occurrence());
        assertEquals("already on " + held.reference(), again.get(0).done().get(0).outcome());
        assertEquals(2, rules().firings(f.ctx(), null, "red-band-to-panel").size());

        RuleService.Explained why = rules().why(f.ctx(), caseId());
        RuleSweep.Why redWhy = why.rules().stream().filter(w -> w.rule().id().equals("red-band-to-panel")).findFirst().orElseThrow();
        assertTrue(redWhy.holds());
        assertEquals(List.of("case.band of lancashire.cse2 = RED", "case.status = open"), redWhy.parts().stream().map(RuleSweep.Part::condition).toList());
        assertEquals(2, redWhy.standing().occurrence());
    }

    @Test
    void repeatMissingCreatesAnActionAgreedAtNoMeetingAndTheNextMeetingReviewsIt() {
        long child = referral.child().id();
        f.app().assessments().record(f.ctx(), "lancashire.cse2", AssessmentServiceTest.answers(AssessmentServiceTest.MEDIUM), child,
                AssessmentStatus.FINAL);
        Instant now = f.clock().instant();
        f.app().missingEpisodes().report(f.ctx(), child, now.minus(Duration.ofDays(10)), Optional.of(new MissingEpisodeService.Return(
                now.minus(Duration.ofDays(9)), "At a friend's address")), true);
        f.app().missingEpisodes().report(f.ctx(), child, now.minus(Duration.ofDays(3)), Optional.of(new MissingEpisodeService.Return(
                now.minus(Duration.ofDays(2)), "At a friend's address")), true);
        List<RuleSweep.Fired> run = fired(rules().run(f.ctx(), "lancashire", null, false));
        RuleSweep.Fired repeat = run.stream().filter(x -> x.rule().id().equals("repeat-missing")).findFirst().orElseThrow();
        assertTrue(repeat.done().get(0).outcome().startsWith("action A"), repeat.done().toString());
        MeetingAction action = f.app().actions().list(f.ctx(), false).stream().filter(a -> a.meetingId() == null).findFirst().orElseThrow();
        assertEquals("Review safety plan with the child and carers", action.description());
        assertEquals("lancashire", action.area());
        assertEquals(caseId(), action.caseId());
    }
}
