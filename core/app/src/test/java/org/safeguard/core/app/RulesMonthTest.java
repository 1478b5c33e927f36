package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.rules.RuleSweep;

/**
 * November 2026 in one Lancashire home, swept every morning as {@code serve} would: two fictional
 * children's records arrive day by day, and each shipped rule fires on the day its condition comes
 * to hold, once — a met deadline never, a RED band again after AMBER a second time — and a dry run
 * at the end changes nothing.
 */
class RulesMonthTest {
    @TempDir
    Path tmp;

    private static final String RED = "4,4,4,4,4,4,4,4,4,4,4";

    @Test
    void aMonthOfMorningSweepsFiresEachRuleOnceOnTheDayItComesToHold() {
        try (AppFixture f = AppFixture.withArea(tmp, "lancashire")) {
            List<String> log = new ArrayList<>();
            long a = 0;
            long aChild = 0;
            long bChild = 0;
            long b = 0;
            for (int day = 2; day <= 30; day++) {
                LocalDate date = LocalDate.of(2026, 11, day);
                f.clock().set(date.atTime(9, 0).atZone(RequestContext.ZONE).toInstant());
                Instant now = f.clock().instant();
                switch (day) {
                    case 2 -> {
                        Map<String, Object> r = Referrals.valid("Ashdown");
                        r.put("dateCompleted", "2026-11-02");
                        ReferralService.Outcome o = f.app().referrals().refer(f.ctx(), null, null, r);
                        a = o.onCase().id();
                        aChild = o.child().id();
                    }
                    case 5 -> {
                        Map<String, Object> r = Referrals.valid("Birchall");
                        r.put("dateCompleted", "2026-11-05");
                        ReferralService.Outcome o = f.app().referrals().refer(f.ctx(), null, null, r);
                        b = o.onCase().id();
                        bChild = o.child().id();
                        assess(f, bChild, AssessmentServiceTest.MEDIUM); // AMBER, on the day: its deadline met in time
                    }
                    case 10 -> assess(f, aChild, red());
                    case 12 -> f.app().meetings().schedule(f.ctx(), new MeetingService.NewMeeting(null, MeetingServiceTest.TYPE,
                            Instant.parse("2026-11-20T10:00:00Z"), null, "County Hall", null, null, List.of()));
                    case 14, 18 -> f.app().missingEpisodes().report(f.ctx(), bChild, now.minus(Duration.ofHours(20)),
                            Optional.of(new MissingEpisodeService.Return(now.minus(Duration.ofHours(8)), "At a friend's address")), true);
                    case 21 -> assess(f, aChild, AssessmentServiceTest.MEDIUM);
                    case 25 -> assess(f, aChild, red());
                    default -> {
                    }
                }
                for (RuleSweep.Report report : f.app().rules().run(f.ctx(), null, null, false).reports()) {
                    for (RuleSweep.Fired fired : report.fired()) {
                        log.add(day + " " + fired.rule().id() + " " + (fired.onCase().id() == a ? "A" : fired.onCase().id() == b ? "B" : "?")
                                + " #" + fired.occurrence());
                    }
                    for (String p : report.placed()) {
                        log.add(day + " placed " + p.substring(0, p.indexOf(':')));
                    }
                }
            }
            String aRef = f.store(tx -> tx.cases().require(1L).reference());
            assertEquals(List.of(
                    "3 assessment-overdue A #1",  // due at 00:00 on 3 November, no assessment yet
                    "10 red-band-to-panel A #1",  // no meeting scheduled yet: waits
                    "12 placed " + aRef,           // the meeting scheduled: the case goes on it
                    "18 repeat-missing B #1",     // the second episode in 30 days at AMBER
                    "25 red-band-to-panel A #2"), // RED again after AMBER on the 21st: a new occurrence
                    log);
            assertEquals(4, f.app().rules().firings(f.ctx(), null, null).size());
            int audit = f.audit().size();
            assertTrue(f.app().rules().run(f.ctx(), null, null, true).reports().stream().allMatch(r -> r.fired().isEmpty()));
            assertEquals(audit, f.audit().size(), "a dry run changes nothing");
        }
    }

    private static int[] red() {
        return java.util.Arrays.stream(RED.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static void assess(AppFixture f, long child, int[] scores) {
        f.app().assessments().record(f.ctx(), "lancashire.cse2", AssessmentServiceTest.answers(scores), child, AssessmentStatus.FINAL);
    }
}
