package org.safeguard.core.api.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.InvalidInputException;

/**
 * Checklist semantics on the shape of Swindon's screening (CSE Professionals' Handbook §9): age and
 * criteria answered yes, no or unknown route a child's case, each route with the rule that
 * produced it, and an unknown answer never counts as "does not apply".
 */
class ChecklistTest {
    private static final List<String> CRITERIA = List.of("age-imbalance", "power-imbalance", "secrecy");
    private static final Checklist SCREENING = Checklist.builder("test.screening", "1")
            .title("Screening")
            .number("age", "Age in whole years", 0, 17, "§9.2")
            .question("age-imbalance", "Significant age imbalance", "§9.3")
            .question("power-imbalance", "Power imbalance", "§9.3")
            .question("secrecy", "Secrecy", "§9.3")
            .question("position-of-trust", "Abuse of a position of trust", "§9.1")
            .question("disability", "Disability or learning difficulty", "§9.4")
            .route("fcp-mash", "Refer to the Front Door / MASH")
            .route("strategy-discussion", "Strategy discussion")
            .route("lado", "Refer to the LADO")
            .route("other-support", "Other support, no referral")
            .rule("under-13", "§9.2, §9.5", Condition.below("age", 13), "fcp-mash", "strategy-discussion")
            .rule("criterion-met", "§9.5", Condition.all(Condition.atLeast("age", 13), Condition.anyYes(CRITERIA)), "fcp-mash", "strategy-discussion")
            .rule("position-of-trust", "§9.1, §9.6", Condition.yes("position-of-trust"), "lado", "fcp-mash", "strategy-discussion")
            .rule("no-criterion", "§16", Condition.all(Condition.atLeast("age", 13), Condition.allNo(List.of("age-imbalance", "power-imbalance",
                    "secrecy", "position-of-trust"))), "other-support")
            .build();

    private static ChecklistResult screen(String... pairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put(pairs[i], pairs[i + 1]);
        }
        return SCREENING.evaluate(answers);
    }

    @Test
    void underThirteenIsAlwaysReferredWhateverIsUnknown() {
        ChecklistResult r = screen("age", "12");
        assertEquals(List.of("fcp-mash", "strategy-discussion"), r.proposals());
        assertEquals(List.of("under-13"), r.rules().stream().map(ChecklistResult.Held::rule).toList());
        assertEquals("§9.2, §9.5", r.rules().get(0).source());
        assertFalse(r.complete(), "the criteria are still unknown");
        assertEquals(List.of("age-imbalance", "power-imbalance", "secrecy", "position-of-trust"), r.unknown(),
                "what the rules read; disability is recorded only");
    }

    @Test
    void anUnknownCriterionNeverCountsAsDoesNotApply() {
        ChecklistResult r = screen("age", "15", "age-imbalance", "no", "power-imbalance", "no", "secrecy", "unknown", "position-of-trust", "no");
        assertFalse(r.complete());
        assertEquals(List.of(), r.proposals(), "neither a referral nor 'other support' while secrecy is unknown");
        assertEquals(List.of("secrecy"), r.unknown());
    }

    @Test
    void oneCriterionYesRefersEvenWithOthersUnknown() {
        ChecklistResult r = screen("age", "15", "power-imbalance", "YES");
        assertEquals(List.of("fcp-mash", "strategy-discussion"), r.proposals());
        assertEquals(List.of("criterion-met"), r.rules().stream().map(ChecklistResult.Held::rule).toList());
        assertEquals("yes", r.answers().get("power-imbalance"), "answers are normalised");
    }

    @Test
    void everyCriterionNoIsOtherSupportAndComplete() {
        ChecklistResult r = screen("age", "16", "age-imbalance", "no", "power-imbalance", "no", "secrecy", "no", "position-of-trust", "no");
        assertTrue(r.complete(), "disability is recorded only: no rule reads it");
        assertEquals(List.of("other-support"), r.proposals());
        assertFalse(SCREENING.question("disability").orElseThrow().routes());
        assertTrue(SCREENING.question("secrecy").orElseThrow().routes());
    }

    @Test
    void aPositionOfTrustAddsTheLadoAndEachRouteIsProposedOnce() {
        ChecklistResult r = screen("age", "14", "secrecy", "yes", "position-of-trust", "yes");
        assertEquals(List.of("fcp-mash", "strategy-discussion", "lado"), r.proposals());
        assertEquals(List.of("criterion-met", "position-of-trust"), r.rules().stream().map(ChecklistResult.Held::rule).toList());
    }

    @Test
    void badAnswersAreRefusedAllAtOnceWithSuggestions() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> screen("age", "18", "secrcy", "yes", "power-imbalance", "maybe"));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).message().contains("0 to 17"), "a child is under 18: " + e.problems());
        assertEquals("secrecy", e.problems().get(1).suggestion());
        assertTrue(e.problems().get(2).message().contains("yes, no or unknown"));
    }

    @Test
    void aChecklistWhoseRulesReadWhatItDoesNotAskIsNotBuilt() {
        assertThrows(IllegalArgumentException.class, () -> Checklist.builder("x", "1").title("X").question("a", "A", "")
                .route("r", "R").rule("r1", "", Condition.yes("b"), "r").build());
        assertThrows(IllegalArgumentException.class, () -> Checklist.builder("x", "1").title("X").question("a", "A", "")
                .route("r", "R").rule("r1", "", Condition.below("a", 3), "r").build(), "a yes/no question read as a number");
        assertThrows(IllegalArgumentException.class, () -> Checklist.builder("x", "1").title("X").question("a", "A", "")
                .route("r", "R").rule("r1", "", Condition.yes("a"), "s").build(), "an unknown route");
    }
}
