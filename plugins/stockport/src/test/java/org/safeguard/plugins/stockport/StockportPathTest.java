package org.safeguard.plugins.stockport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** §14.1, the flowchart, as the step a case is at. */
class StockportPathTest {
    private final StockportPath path = new StockportPath();

    private String step(TestCase c) {
        return path.step(c).orElseThrow().id();
    }

    @Test
    void startsAtConcernsDiscussedWithAManagerAndAdviceFromTheUnit() {
        assertEquals("concerns", step(TestCase.withPlans()));
    }

    @Test
    void concernsAtLevel3OrADecisionToConveneLeadToTheStrategyMeeting() {
        assertEquals("level-3", step(TestCase.withPlans().level("3")));
        assertEquals("concerns", step(TestCase.withPlans().level("2")));
        assertEquals("level-3", step(TestCase.withPlans().decided("convene-strategy-meeting")));
    }

    @Test
    void concernsAtSignificantHarmLevelTakeTheSection47Branch() {
        assertEquals("section-47", step(TestCase.withPlans().decided("section-47")));
    }

    @Test
    void theMeetingConvenedThenHeldThenItsPlansThenTheExitRoute() {
        TestCase convened = TestCase.withPlans().level("3").meeting("se-strategy", false);
        assertEquals("strategy-meeting", step(convened));
        TestCase held = TestCase.withPlans("safety", "disruption").meeting("se-strategy", true);
        assertEquals("plans", step(held), "safety and disruption plans, no exit strategy yet");
        assertEquals("tac", step(held.exitTo("tac")));
        assertEquals("case-conference", step(held.exitTo("child-protection-conference")));
        assertEquals("legal-intervention", step(held.exitTo("further-protective-action")));
        assertEquals("tac", step(TestCase.withPlans("safety", "disruption").meeting("se-strategy-reconvened", true).exitTo("tac")));
    }
}
