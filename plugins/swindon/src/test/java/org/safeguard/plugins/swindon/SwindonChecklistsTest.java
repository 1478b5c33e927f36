package org.safeguard.plugins.swindon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.ChecklistResult;
import org.safeguard.core.api.checklist.Question;
import org.safeguard.core.api.checklist.Route;

/** The screening's rules case by case, each traced to the handbook's section (issue 12's contract). */
class SwindonChecklistsTest {
    private static final List<String> CRITERIA = List.of("young-age", "withdrawn-anxious", "maturity-understanding",
            "living-circumstances", "familial-offences", "age-imbalance", "power-imbalance", "coercion-bribery",
            "substances-given", "own-substance-misuse", "secrecy", "denies-minimises", "grooming-methods",
            "partner-known");

    private final Checklist screening = new SwindonChecklists().checklists().get(0);

    private ChecklistResult screen(String... pairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put(pairs[i], pairs[i + 1]);
        }
        return screening.evaluate(answers);
    }

    /** Age and every criterion and position of trust no, then the pairs given on top. */
    private ChecklistResult allNoAnd(int age, String... pairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("age", Integer.toString(age));
        CRITERIA.forEach(c -> answers.put(c, "no"));
        answers.put("position-of-trust", "no");
        answers.put("immediate-risk", "no");
        answers.put("disability", "no");
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put(pairs[i], pairs[i + 1]);
        }
        return screening.evaluate(answers);
    }

    private static List<String> rules(ChecklistResult r) {
        return r.rules().stream().map(ChecklistResult.Held::rule).toList();
    }

    @Test
    void isSwindonsScreeningVersionTwoBuiltFromTheHandbooksTextAndSaysSo() {
        assertEquals("swindon.screening", screening.id());
        assertEquals("2", screening.version());
        assertTrue(screening.source().contains("Screening Tool") && screening.source().contains("not in the source")
                && screening.source().contains("built from the handbook's text"), screening.source());
    }

    @Test
    void asksAgeTheFourteenCriteriaOfSection93PositionOfTrustImmediateRiskDisabilityAndWhatWasSeen() {
        List<String> ids = screening.questions().stream().map(Question::id).toList();
        List<String> expected = new ArrayList<>(List.of("age"));
        expected.addAll(CRITERIA);
        expected.addAll(List.of("position-of-trust", "immediate-risk", "disability", "signs", "push-factors", "pull-factors", "models"));
        assertEquals(expected, ids);
        Question age = screening.question("age").orElseThrow();
        assertTrue(age.number());
        assertEquals(0, age.min());
        assertEquals(17, age.max(), "§8: a child is 0 to 18; the handbook is about children");
        CRITERIA.forEach(c -> assertEquals("§9.3", screening.question(c).orElseThrow().source(), c));
        assertTrue(screening.question("secrecy").orElseThrow().text().contains("beyond what would be considered usual"
                + " in a teenage relationship"));
    }

    @Test
    void recordsDisabilityWithoutRoutingOnIt() {
        // §9.4: disabled children are more vulnerable; the same indicators are considered
        Question disability = screening.question("disability").orElseThrow();
        assertFalse(disability.routes());
        assertEquals("§9.4", disability.source());
        screening.questions().stream().filter(q -> !q.id().equals("disability") && !q.codeSet())
                .forEach(q -> assertTrue(q.routes(), q.id() + " is read by a rule"));
        assertEquals(allNoAnd(15, "disability", "no").proposals(), allNoAnd(15, "disability", "yes").proposals());
    }

    @Test
    void routesAreTheFiveOfTheHandbook() {
        assertEquals(List.of("fcp-mash", "strategy-discussion", "lado", "police-or-csc-first", "other-support"),
                screening.routes().stream().map(Route::id).toList());
        assertTrue(screening.route("lado").orElseThrow().title().contains("Local Authority Designated Officer"));
        assertTrue(screening.route("other-support").orElseThrow().title().contains("sexual health outreach nurses"));
    }

    @Test
    void underThirteenIsAlwaysReferredForAStrategyDiscussion() {
        // §9.2, §9.5: in all cases where the child is under 13 a referral must be made and a strategy discussion held
        for (int age : new int[] {0, 9, 12}) {
            ChecklistResult r = screen("age", Integer.toString(age));
            assertEquals(List.of("fcp-mash", "strategy-discussion"), r.proposals(), "age " + age);
            assertEquals(List.of("under-13"), rules(r));
            assertEquals("§9.2, §9.5", r.rules().get(0).source());
        }
        ChecklistResult everyNo = allNoAnd(12);
        assertEquals(List.of("fcp-mash", "strategy-discussion"), everyNo.proposals(), "even with every criterion no");
        assertTrue(everyNo.complete());
        assertFalse(everyNo.proposals().contains("other-support"), "no 'other support' under 13");
    }

    @Test
    void thirteenToSeventeenWithAnyCriterionYesIsReferredForAStrategyDiscussion() {
        // §9.5: if one or more of the factors in the assessment criteria applies, a referral must be made
        for (String c : CRITERIA) {
            ChecklistResult r = allNoAnd(15, c, "yes");
            assertEquals(List.of("fcp-mash", "strategy-discussion"), r.proposals(), c);
            assertEquals(List.of("criterion-applies"), rules(r), c);
            assertEquals("§9.5", r.rules().get(0).source());
            assertTrue(r.complete(), c);
        }
        assertEquals(List.of("fcp-mash", "strategy-discussion"), allNoAnd(13, "young-age", "yes").proposals());
        assertEquals(List.of("fcp-mash", "strategy-discussion"), allNoAnd(17, "age-imbalance", "yes").proposals());
    }

    @Test
    void oneCriterionYesRefersWhileOthersAreUnknown() {
        // §9.5: one factor is enough, so the unknown rest cannot hold up the referral
        ChecklistResult r = screen("age", "14", "coercion-bribery", "yes");
        assertEquals(List.of("fcp-mash", "strategy-discussion"), r.proposals());
        assertFalse(r.complete(), "position of trust is still unknown");
    }

    @Test
    void aPositionOfTrustGoesToTheLadoAndIsAlwaysReferred() {
        // §9.6: a referral must be made to the LADO; §9.3: "a referral will always be made"; §9.1: 16 and 17 too
        for (int age : new int[] {11, 14, 16, 17}) {
            ChecklistResult r = allNoAnd(age, "position-of-trust", "yes");
            assertTrue(r.proposals().containsAll(List.of("lado", "fcp-mash", "strategy-discussion")), age + ": " + r.proposals());
            assertFalse(r.proposals().contains("other-support"));
            assertFalse(r.proposals().contains("police-or-csc-first"), "no immediate risk");
            assertTrue(rules(r).contains("position-of-trust"));
        }
        ChecklistResult r = allNoAnd(16, "position-of-trust", "yes");
        assertEquals(List.of("lado", "fcp-mash", "strategy-discussion"), r.proposals());
        assertEquals("§9.1, §9.3, §9.6", r.rules().get(0).source());
    }

    @Test
    void aPositionOfTrustWithImmediateRiskGoesToThePoliceOrSocialCareFirst() {
        // §9.6: where the child is at immediate risk, a referral to the Police or CSC in the first instance
        ChecklistResult r = allNoAnd(16, "position-of-trust", "yes", "immediate-risk", "yes");
        assertEquals(List.of("lado", "fcp-mash", "strategy-discussion", "police-or-csc-first"), r.proposals());
        assertEquals(List.of("position-of-trust", "immediate-risk"), rules(r));
        assertEquals("§9.6", r.rules().get(1).source());
        assertFalse(screen("age", "16", "position-of-trust", "yes").proposals().contains("police-or-csc-first"),
                "immediate risk unknown is not immediate risk");
    }

    @Test
    void everyCriterionAndPositionOfTrustNoIsOtherSupportWithoutAReferral() {
        // §10.1.5: concerns not serious enough to warrant referral: sexual health outreach, Youth Engagement, others
        for (int age : new int[] {13, 15, 17}) {
            ChecklistResult r = allNoAnd(age);
            assertTrue(r.complete());
            assertEquals(List.of("other-support"), r.proposals(), "age " + age);
            assertEquals(List.of("no-criterion"), rules(r));
            assertEquals("§10.1.5, §16", r.rules().get(0).source());
            assertEquals(List.of(), r.unknown());
        }
    }

    @Test
    void anUnknownCriterionWithNothingRequiringAReferralIsIncompleteAndProposesNothing() {
        // §9.5, §9.7: an unknown answer never counts as "does not apply"
        ChecklistResult r = allNoAnd(15, "secrecy", "unknown");
        assertFalse(r.complete());
        assertEquals(List.of(), r.proposals(), "neither a referral nor other support while secrecy is unknown");
        assertEquals(List.of(), r.rules());
        ChecklistResult trust = allNoAnd(15, "position-of-trust", "unknown");
        assertFalse(trust.complete());
        assertEquals(List.of(), trust.proposals());
    }

    @Test
    void unknownListsTheCriteriaStillUnknown() {
        ChecklistResult r = screen("age", "15", "young-age", "no", "secrecy", "unknown", "partner-known", "no",
                "position-of-trust", "no", "immediate-risk", "no", "disability", "no");
        List<String> expected = new ArrayList<>(CRITERIA);
        expected.removeAll(List.of("young-age", "partner-known"));
        assertEquals(expected, r.unknown(), "answered unknown or not at all, in the handbook's order");
        assertEquals("unknown", r.answers().get("secrecy"));
        assertFalse(r.answers().containsKey("withdrawn-anxious"), "an answer not given is not recorded as given");
    }

    @Test
    void noAgeDecidesNothingByAge() {
        ChecklistResult r = screen("young-age", "no");
        assertFalse(r.complete());
        assertEquals(List.of(), r.proposals());
        assertEquals(List.of("lado", "fcp-mash", "strategy-discussion"), screen("position-of-trust", "yes").proposals(),
                "a position of trust is referred whatever the age");
    }

    @Test
    void refusesAMisspeltIdWithASuggestion() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> screen("age", "15", "secrcy", "yes"));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals("secrcy", e.problems().get(0).subject());
        assertEquals("secrecy", e.problems().get(0).suggestion());
        assertEquals("position-of-trust", assertThrows(InvalidInputException.class,
                () -> screen("position-of-trst", "yes")).problems().get(0).suggestion());
    }

    @Test
    void refusesAgeEighteenOrOver() {
        // §8: the handbook is about children, 0 to 18; §9.1: up to the age of 18
        for (String age : List.of("18", "19", "-1", "fifteen")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> screen("age", age), age);
            assertEquals("age", e.problems().get(0).subject());
            assertTrue(e.problems().get(0).message().contains("0 to 17"), e.problems().toString());
        }
    }

    @Test
    void refusesAnAnswerThatIsNotYesNoOrUnknown() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> screen("age", "15", "secrecy", "maybe"));
        assertTrue(e.problems().get(0).message().contains("yes, no or unknown"));
        assertEquals("yes", screen("age", "15", "secrecy", "Y").answers().get("secrecy"), "answers are normalised");
    }

    @Test
    void theSignsPushAndPullFactorsAndModelsSeenAreRecordedWithoutRoutingAnything() {
        // §5, §6, §3: recorded with the screening; no rule reads them
        for (String q : List.of("signs", "push-factors", "pull-factors", "models")) {
            Question question = screening.question(q).orElseThrow();
            assertTrue(question.codeSet(), q);
            assertFalse(question.routes(), q + " routes nothing");
        }
        assertEquals(20, screening.question("signs").orElseThrow().codes().size(), "§5's twenty signs");
        ChecklistResult with = allNoAnd(15, "signs", "unexplained-gifts, unexplained-gifts,multiple-phones", "models", "online");
        assertEquals(allNoAnd(15).proposals(), with.proposals(), "the same proposal with or without them");
        assertEquals("unexplained-gifts,multiple-phones", with.answers().get("signs"), "normalised: trimmed, each once, in the order given");
        assertEquals("online", with.answers().get("models"));
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> allNoAnd(15, "signs", "unexplained-gift"));
        assertEquals("signs", bad.problems().get(0).subject());
        assertEquals("unexplained-gifts", bad.problems().get(0).suggestion(), bad.problems().toString());
    }
}
