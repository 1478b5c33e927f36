package org.safeguard.plugins.lancashire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.instrument.Factor;
import org.safeguard.core.api.instrument.FactorOption;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.api.instrument.InstrumentResult;

class Cse2InstrumentTest {
    private static final List<String> FACTOR_IDS = List.of("missing", "education", "drug-use",
            "relationship-with-carers", "accommodation", "alcohol-use", "risk-to-others",
            "rights-and-risk-awareness", "engagement-with-service", "sexual-health-awareness", "sexual-exploitation");

    private final Instrument cse2 = new Cse2Instrument().instruments().get(0);

    /** Answers to all eleven factors, by id, that add up to {@code total} (0–44). */
    private static Map<String, String> answersSummingTo(int total) {
        Map<String, String> answers = new LinkedHashMap<>();
        int left = total;
        for (String id : FACTOR_IDS) {
            int score = Math.min(4, left);
            answers.put(id, String.valueOf(score));
            left -= score;
        }
        assertEquals(0, left, "a total above 44 cannot be built from eleven factors of 0–4");
        return answers;
    }

    private static Problem onlyProblem(InvalidInputException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void offersOneInstrumentWithTheAgreedIdVersionAndFactorIdsInPrintedOrder() {
        assertEquals("lancashire.cse2", cse2.id());
        assertEquals("sop-h.1", cse2.version());
        assertEquals(FACTOR_IDS, cse2.factors().stream().map(Factor::id).toList());
        for (Factor f : cse2.factors()) {
            assertEquals(FACTOR_IDS.indexOf(f.id()) + 1, f.number(), f.id());
            assertEquals(List.of(0, 1, 2, 3, 4), f.options().stream().map(FactorOption::score).toList(), f.id());
            assertEquals(1, f.weight(), f.id());
        }
    }

    @ParameterizedTest(name = "total {0} is {1} {2}")
    @CsvSource({"0, GREEN, LOW", "11, GREEN, LOW", "12, AMBER, LOW/MEDIUM", "22, AMBER, LOW/MEDIUM",
            "23, AMBER, MEDIUM", "33, AMBER, MEDIUM", "34, RED, MEDIUM/HIGH", "44, RED, MEDIUM/HIGH"})
    void bandsEveryBoundaryAsPrinted(int total, String band, String level) {
        InstrumentResult result = cse2.score(answersSummingTo(total));
        assertTrue(result.complete());
        assertEquals(total, result.score());
        assertEquals(band, result.band());
        assertEquals(level, result.level());
    }

    @Test
    void keepsThePrintedHighBandAndWarnsThatItCannotBeReached() {
        assertEquals(44, cse2.reachableMaximum());
        assertEquals(0, cse2.reachableMinimum());
        assertEquals("HIGH", cse2.bandFor(45).orElseThrow().level());
        assertEquals(54, cse2.bandFor(54).orElseThrow().max());
        List<String> warnings = cse2.warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("HIGH") && warnings.get(0).contains("cannot be reached")
                && warnings.get(0).contains("44"), warnings.get(0));
        assertEquals(44, cse2.score(answersSummingTo(44)).maxScore());
    }

    @Test
    void leavesAnIncompleteAssessmentWithoutScoreBandOrLevelAndNamesWhatIsMissing() {
        Map<String, String> answers = answersSummingTo(0);
        answers.remove("accommodation");
        answers.remove("engagement-with-service");
        InstrumentResult result = cse2.score(answers);
        assertFalse(result.complete());
        assertNull(result.score(), "a missing answer must never count as 0");
        assertNull(result.band());
        assertNull(result.level());
        assertEquals(0, result.partialScore());
        assertEquals(List.of("accommodation", "engagement-with-service"), result.missing());
        assertEquals(9, result.factorScores().size());
    }

    @Test
    void keepsThePartialTotalOfWhatWasAnsweredWhileIncomplete() {
        InstrumentResult result = cse2.score(Map.of("missing", "3", "11", "4"));
        assertFalse(result.complete());
        assertEquals(7, result.partialScore());
        assertEquals(9, result.missing().size());
    }

    @Test
    void addressesFactorsByNumberOrById() {
        assertSame(cse2.factor("3").orElseThrow(), cse2.factor("drug-use").orElseThrow());
        assertEquals("Drug use", cse2.factor(" 3 ").orElseThrow().title());
        Map<String, String> byNumber = new LinkedHashMap<>();
        for (int n = 1; n <= 11; n++) {
            byNumber.put(String.valueOf(n), "2");
        }
        InstrumentResult result = cse2.score(byNumber);
        assertEquals(22, result.score());
        assertEquals(2, result.factorScores().get("sexual-exploitation"));
        assertEquals(FACTOR_IDS, List.copyOf(result.factorScores().keySet()));
    }

    @Test
    void refusesAnOutOfRangeScoreNamingTheFactor() {
        Problem p = onlyProblem(assertThrows(InvalidInputException.class, () -> cse2.score(Map.of("missing", "5"))));
        assertEquals("missing", p.subject());
        assertTrue(p.message().contains("Missing") && p.message().contains("0–4"), p.message());
    }

    @Test
    void refusesANonNumberNamingTheFactor() {
        Problem p = onlyProblem(assertThrows(InvalidInputException.class, () -> cse2.score(Map.of("7", "high"))));
        assertEquals("risk-to-others", p.subject());
        assertTrue(p.message().contains("'high'") && p.message().contains("Risk to others"), p.message());
    }

    @Test
    void refusesAnUnknownFactorAndSuggestsTheNearestId() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> cse2.score(Map.of("drugs-use", "2")));
        Problem p = onlyProblem(e);
        assertEquals("drugs-use", p.subject());
        assertEquals("drug-use", p.suggestion());
        assertTrue(e.getMessage().contains("did you mean 'drug-use'"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> cse2.score(Map.of("12", "0")));
    }

    @Test
    void reportsEveryRefusedAnswerAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> cse2.score(Map.of("missing", "9", "education", "x", "domestic-abuse", "maybe")));
        assertEquals(3, e.problems().size(), e.getMessage());
    }

    @Test
    void recordsSupplementaryQuestionsWithoutScoringThem() {
        Map<String, String> answers = answersSummingTo(11);
        answers.put("domestic-abuse", "yes");
        answers.put("health-issues", "no");
        InstrumentResult result = cse2.score(answers);
        assertEquals(11, result.score());
        assertEquals("GREEN", result.band());
        assertEquals(Map.of("domestic-abuse", true, "health-issues", false), result.supplementary());
        assertTrue(cse2.supplementary().stream().allMatch(q -> q.weight() == 0));
    }

    @Test
    void marksExactlyTheThreeLocallyWrittenFactorsWithWhatThePrintedFormHad() {
        List<String> local = cse2.factors().stream().filter(Factor::locallyWritten).map(Factor::id).toList();
        assertEquals(List.of("accommodation", "alcohol-use", "engagement-with-service"), local);
        assertTrue(cse2.factor("5").orElseThrow().sourceNote().contains("factor 3's drug-use text"));
        assertTrue(cse2.factor("6").orElseThrow().sourceNote().contains("factor 4's relationship-with-carers text"));
        assertTrue(cse2.factor("9").orElseThrow().sourceNote().contains("no scale"));
        for (String id : local) {
            assertTrue(cse2.factor(id).orElseThrow().sourceNote().contains("confirm or replace"), id);
        }
    }

    @Test
    void keepsFactorElevensGuidanceBesideEveryLevel() {
        Factor se = cse2.factor("sexual-exploitation").orElseThrow();
        assertTrue(se.options().stream().noneMatch(o -> o.guidance().isBlank()));
        assertTrue(se.options().get(3).guidance().contains("associating with peers who are being sexually exploited"));
    }

    @Test
    void drawsNoPrintedTextFromOneFactorIntoAnother() {
        Factor drugs = cse2.factor("drug-use").orElseThrow();
        Factor carers = cse2.factor("relationship-with-carers").orElseThrow();
        for (int s = 1; s <= 4; s++) {
            String accommodation = cse2.factor("accommodation").orElseThrow().options().get(s).descriptor();
            String alcohol = cse2.factor("alcohol-use").orElseThrow().options().get(s).descriptor();
            assertFalse(accommodation.equals(drugs.options().get(s).descriptor()));
            assertFalse(alcohol.equals(carers.options().get(s).descriptor()));
        }
        assertTrue(cse2.factors().stream().flatMap(f -> f.options().stream())
                .noneMatch(o -> o.descriptor().contains("Domestic Abuse") || o.descriptor().contains("Health Issues")));
    }
}
