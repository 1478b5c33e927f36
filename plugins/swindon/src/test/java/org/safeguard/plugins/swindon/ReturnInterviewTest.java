package org.safeguard.plugins.swindon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.ChecklistResult;

/**
 * The return interview criteria of the handbook's §14.1, case by case: an interview must always
 * take place for a child missing from care; it is especially important that an independent one
 * takes place when any of seven things hold; where a starred item holds, the strategy discussion
 * must take place and decides on the interview; nothing holding points to the missing protocol.
 */
class ReturnInterviewTest {
    private static final List<String> ALL = List.of("missing-from-care", "missing-over-24-hours", "criminal-activity", "hurt-or-harmed",
            "mental-health-learning-disability", "known-cse-risk", "contact-with-risky-persons", "other-risk-factors");

    private final Checklist criteria = new SwindonChecklists().checklists().stream().filter(c -> c.id().equals("swindon.return-interview"))
            .findFirst().orElseThrow();

    /** Every criterion no, then the pairs given on top. */
    private ChecklistResult allNoAnd(String... pairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        ALL.forEach(c -> answers.put(c, "no"));
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put(pairs[i], pairs[i + 1]);
        }
        return criteria.evaluate(answers);
    }

    @Test
    void hasTheHandbooksEightItemsInItsOrder() {
        assertEquals(ALL, criteria.questions().stream().map(q -> q.id()).toList());
        assertTrue(criteria.source().contains("§14.1"));
    }

    @Test
    void aChildMissingFromCareAlwaysHasAReturnInterview() {
        ChecklistResult r = allNoAnd("missing-from-care", "yes");
        assertTrue(r.complete());
        assertEquals(List.of("return-interview"), r.proposals());
    }

    @Test
    void eachOfTheSevenItemsMakesAnIndependentReturnInterviewEspeciallyImportant() {
        for (String item : ALL.subList(1, ALL.size())) {
            ChecklistResult r = allNoAnd(item, "yes");
            assertTrue(r.proposals().contains("independent-return-interview"), item + ": " + r.proposals());
            assertFalse(r.proposals().contains("missing-protocol"), item);
        }
    }

    @Test
    void onlyTheTwoStarredItemsRequireTheStrategyDiscussion() {
        for (String item : ALL.subList(1, ALL.size())) {
            boolean starred = item.equals("hurt-or-harmed") || item.equals("contact-with-risky-persons");
            assertEquals(starred, allNoAnd(item, "yes").proposals().contains("strategy-discussion"), item);
        }
        assertEquals(List.of("return-interview", "independent-return-interview", "strategy-discussion"),
                allNoAnd("missing-from-care", "yes", "hurt-or-harmed", "yes").proposals());
    }

    @Test
    void nothingHoldingPointsToTheMissingProtocolButAnUnknownProposesNothingOfTheSort() {
        assertEquals(List.of("missing-protocol"), allNoAnd().proposals());
        ChecklistResult unknown = allNoAnd("known-cse-risk", "unknown");
        assertFalse(unknown.complete(), "an unknown answer never counts as does not apply");
        assertEquals(List.of(), unknown.proposals());
        assertEquals(List.of("known-cse-risk"), unknown.unknown());
    }
}
