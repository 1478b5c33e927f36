package org.safeguard.core.api.instrument;

import java.util.List;
import java.util.Map;

/**
 * What an instrument made of a set of answers. When any factor is unanswered the result is
 * incomplete: {@code score}, {@code band} and {@code level} are null — a missing answer is
 * never counted as 0 — and {@code partialScore} is the total of what was answered.
 * Immutable.
 *
 * @param instrumentId    the instrument's id
 * @param version         the instrument's version
 * @param complete        every factor answered
 * @param score           the total, or null when incomplete
 * @param partialScore    the total of the answered factors and supplementary questions
 * @param band            the RAG band (e.g. AMBER), or null when incomplete or outside every band
 * @param level           the level (e.g. LOW/MEDIUM), or null likewise
 * @param maxScore        the highest total the instrument can actually reach
 * @param factorScores    answered factor id to score, in factor order
 * @param supplementary   answered supplementary question id to yes (true) / no (false)
 * @param missing         ids of the unanswered factors, in factor order
 */
public record InstrumentResult(
        String instrumentId,
        String version,
        boolean complete,
        Integer score,
        int partialScore,
        String band,
        String level,
        int maxScore,
        Map<String, Integer> factorScores,
        Map<String, Boolean> supplementary,
        List<String> missing) {

    public InstrumentResult {
        factorScores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factorScores));
        supplementary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(supplementary));
        missing = List.copyOf(missing);
    }
}
