package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.meetings.CaseFactsBatch;
import org.safeguard.core.meetings.FactNeeds;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.dsl.eval.CaseSnapshot;
import org.safeguard.dsl.model.Deadline;
import org.safeguard.dsl.model.Rule;

/**
 * A sweep reads only the records its area's rules and the deadlines they test name, and that
 * changes no answer: over cases with assessments, missing episodes, decisions and meetings, every
 * rule of the shipped Lancashire definition holds for the partial facts exactly when it holds for
 * the full ones, and every deadline stands the same.
 */
class FactNeedsTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedRulesReadOnlyWhatTheyNameAndAnswerAsWithEverything() {
        try (AppFixture f = AppFixture.withArea(tmp, "lancashire")) {
            ReferralService.Outcome red = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Redgrave"));
            ReferralService.Outcome amber = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Amberley"));
            f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Unassessed"));
            f.app().assessments().record(f.ctx(), "lancashire.cse2", AssessmentServiceTest.answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4),
                    red.child().id(), AssessmentStatus.FINAL);
            f.app().assessments().record(f.ctx(), "lancashire.cse2", AssessmentServiceTest.answers(AssessmentServiceTest.MEDIUM),
                    amber.child().id(), AssessmentStatus.FINAL);
            Instant now = f.clock().instant();
            for (int d : new int[] {12, 4}) {
                f.app().missingEpisodes().report(f.ctx(), amber.child().id(), now.minus(Duration.ofDays(d)), Optional.of(
                        new MissingEpisodeService.Return(now.minus(Duration.ofDays(d - 1)), "At a friend's address")), true);
            }
            f.app().decisions().add(f.ctx(), red.onCase().id(), new DecisionService.NewDecision("share", "Share the notes", "Needed", null, null));

            FactNeeds needs = FactNeeds.forRules(definition(f));
            assertTrue(needs.assessments() && needs.episodes(), needs.toString());
            assertFalse(needs.child() || needs.recorded() || needs.placements() || needs.actions() || needs.decisions(),
                    "the Lancashire rules name no child field, plugin field, placement, action or decision: " + needs);

            AreaMeetings area = new AreaMeetings(definition(f), org.safeguard.core.runtime.LiveVocabulary.of(f.app().container(),
                    () -> java.util.Set.of()));
            List<CaseRecord> cases = f.store(tx -> tx.cases().open("lancashire"));
            Map<Long, CaseSnapshot> partial = f.store(tx -> CaseFactsBatch.read(tx, cases, now, a -> org.safeguard.core.meetings.AreaCasework.none(), needs));
            Map<Long, CaseSnapshot> full = f.store(tx -> CaseFactsBatch.read(tx, cases, now, a -> org.safeguard.core.meetings.AreaCasework.none()));
            int holding = 0;
            for (CaseRecord c : cases) {
                for (Rule r : area.area().rules()) {
                    boolean expected = area.evaluator().test(r.when(), full.get(c.id()));
                    assertEquals(expected, area.evaluator().test(r.when(), partial.get(c.id())), r.id() + " for " + c.reference());
                    holding += expected ? 1 : 0;
                }
                for (Deadline d : area.area().deadlines()) {
                    assertEquals(area.evaluator().status(d, full.get(c.id())), area.evaluator().status(d, partial.get(c.id())));
                }
            }
            assertEquals(3, holding, "red-band for one, repeat-missing for another, the assessment overdue for the third: the comparison is not between nothings");
        }
    }

    private static org.safeguard.dsl.model.AreaDefinition definition(AppFixture f) {
        return f.app().areas().inForce(f.ctx(), "lancashire");
    }
}
