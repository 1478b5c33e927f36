package org.safeguard.plugins.stockport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.ChecklistResult;

/** The checklists traced to their sections: §14's criteria, §5's indicators, §4's age gap. */
class StockportChecklistsTest {
    private static Checklist checklist(String id) {
        return new StockportChecklists().checklists().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private final Checklist criteria = checklist(StockportChecklists.STRATEGY_CRITERIA);

    @Test
    void asksTheFiveCriteriaOfSection14InItsOrder() {
        assertEquals(List.of("repeatedly-missing", "suspicious-location", "unexplained-gifts", "additional-vulnerability", "age-of-child"),
                criteria.questions().stream().map(q -> q.id()).toList());
    }

    @Test
    void oneCriterionMetIsEnoughToRecommendConvening() {
        // §14: "It does not require all the factors to be met for a strategy meeting to be held"
        ChecklistResult r = criteria.evaluate(TestCase.answers("unexplained-gifts=yes"));
        assertEquals(List.of("unexplained-gifts"), r.met());
        assertEquals(List.of(StockportChecklists.CONVENE), r.proposals());
        assertTrue(criteria.recommendation(r).startsWith("Recommend convening"), criteria.recommendation(r));
    }

    @Test
    void noCriterionMetRecommendsNotConveningAndSaysTheDecisionIsStillAPersons() {
        ChecklistResult r = criteria.evaluate(TestCase.answers("repeatedly-missing=no", "suspicious-location=no", "unexplained-gifts=no",
                "additional-vulnerability=no", "age-of-child=no"));
        assertEquals(List.of(), r.met());
        assertEquals(List.of(StockportChecklists.NOT_CONVENE), r.proposals());
        assertTrue(criteria.recommendation(r).contains("recorded by a person"));
        assertNotEquals(criteria.recommendation(r), criteria.recommendation(criteria.evaluate(TestCase.answers("age-of-child=yes"))));
    }

    @Test
    void anUnansweredCriterionIsNeverReadAsNotMet() {
        ChecklistResult r = criteria.evaluate(TestCase.answers("repeatedly-missing=no"));
        assertFalse(r.complete());
        assertEquals(List.of(), r.proposals(), "neither convene nor not: four criteria are unknown");
        assertTrue(criteria.recommendation(r).startsWith("Not yet known"), criteria.recommendation(r));
    }

    @Test
    void refusesAMisspeltCriterionWithTheNearestId() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> criteria.evaluate(TestCase.answers("age-of-chld=yes")));
        assertEquals("age-of-child", e.problems().get(0).suggestion());
    }

    @Test
    void eachIndicatorGroupOfSection5RecommendsDiscussingWithAManagerWhenOneIsSeen() {
        assertEquals(4, checklist(StockportChecklists.PERSONAL).questions().size());
        assertEquals(12, checklist(StockportChecklists.BEHAVIOURAL).questions().size());
        assertEquals(9, checklist(StockportChecklists.SITUATIONAL).questions().size());
        Checklist situational = checklist(StockportChecklists.SITUATIONAL);
        assertEquals(List.of("discuss"), situational.evaluate(TestCase.answers("unknown-vehicles=yes")).proposals(), "§5, §13");
    }

    @Test
    void familyHistoryFactorsRaiseTheSignificanceOfOtherIndicators() {
        Checklist family = checklist(StockportChecklists.FAMILY_HISTORY);
        assertEquals(List.of("history-of-abuse", "neglect", "domestic-violence", "parental-difficulties"),
                family.questions().stream().map(q -> q.id()).toList());
        assertEquals(List.of("weigh-indicators"), family.evaluate(TestCase.answers("neglect=yes")).proposals());
    }

    @Test
    void aGapOfFiveYearsOrMoreWithAChildUnder18IsAConcern() {
        // §4, quoting Barnardo's
        Checklist gap = checklist(StockportChecklists.AGE_GAP);
        assertEquals(List.of("age-gap-concern"), gap.evaluate(TestCase.answers("age=15", "age-gap=5")).proposals());
        assertEquals(List.of(), gap.evaluate(TestCase.answers("age=15", "age-gap=4", "relationship-concern=no")).proposals());
        // "although there can be concern with a smaller age gap depending on the nature of the relationship"
        assertEquals(List.of("age-gap-concern"), gap.evaluate(TestCase.answers("age=16", "age-gap=2", "relationship-concern=yes")).proposals());
        assertThrows(InvalidInputException.class, () -> gap.evaluate(TestCase.answers("age=18")), "the procedure is about children under 18");
    }
}
