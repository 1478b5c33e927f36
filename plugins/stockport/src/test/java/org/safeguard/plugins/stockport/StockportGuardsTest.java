package org.safeguard.plugins.stockport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.casework.Step;

/** §14 "Outcome of Strategy Meetings": a safety plan, a disruption plan and an exit strategy before the minutes go out. */
class StockportGuardsTest {
    private final StockportGuards guards = new StockportGuards();

    @Test
    void refusesStrategyMeetingMinutesNamingEachPlanMissing() {
        assertEquals(List.of("no safety plan", "no disruption plan", "no exit strategy"),
                guards.missing(new Step.IssueMinutes("se-strategy"), TestCase.withPlans()));
        assertEquals(List.of("no disruption plan"),
                guards.missing(new Step.IssueMinutes("se-strategy"), TestCase.withPlans("safety", "exit")));
    }

    @Test
    void letsTheMinutesGoOnceAllThreeAreRecordedAndAsksTheSameOfAReconvenedMeeting() {
        assertEquals(List.of(), guards.missing(new Step.IssueMinutes("se-strategy"), TestCase.withPlans("safety", "disruption", "exit")));
        // §14: "a reconvened strategy meeting if the risks have increased"
        assertEquals(List.of("no exit strategy"),
                guards.missing(new Step.IssueMinutes("se-strategy-reconvened"), TestCase.withPlans("safety", "disruption")));
    }

    @Test
    void hasNoViewOnOtherMeetingsOrSteps() {
        assertEquals(List.of(), guards.missing(new Step.IssueMinutes("another-meeting"), TestCase.withPlans()));
        assertEquals(List.of(), guards.missing(new Step.OnMeeting("se-strategy"), TestCase.withPlans()));
    }

    @Test
    void declaresTheThreePlansAndTheExitRoutesOfSection14() {
        var kinds = new StockportPlans().planKinds();
        assertEquals(List.of("safety", "disruption", "exit"), kinds.stream().map(k -> k.id()).toList());
        assertEquals(List.of("tac", "child-protection-conference", "further-protective-action"),
                kinds.get(2).routes().stream().map(r -> r.id()).toList());
        assertEquals(List.of(), kinds.get(0).routes(), "a safety plan leads to no route");
        assertEquals("stockport", new StockportPlans().area());
    }

    @Test
    void refusesADischargeUntilTheDecisionOnTheReferralToSocialCareIsRecorded() {
        // §13: "Refusal to consent must never mean an automatic decision not to refer"
        List<String> missing = guards.missing(new Step.Discharge(), TestCase.withPlans());
        assertEquals(1, missing.size());
        assertTrue(missing.get(0).contains("referral to social care"), missing.toString());
        assertEquals(List.of(), guards.missing(new Step.Discharge(), TestCase.withPlans().decided("refer-to-social-care")));
    }
}
