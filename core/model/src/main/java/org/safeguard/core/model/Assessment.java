package org.safeguard.core.model;

import java.time.Instant;
import java.util.Map;

/**
 * A recorded assessment: the instrument id and version, the answers, and the result computed
 * when it was recorded. A final assessment is never changed; a later final of the same
 * instrument on the same case supersedes it ({@code supersedes} points back).
 *
 * @param score null while incomplete
 * @param band  null while incomplete
 * @param level null while incomplete
 */
public record Assessment(long id, long caseId, long childId, String instrumentId, String instrumentVersion,
                         AssessmentStatus status, boolean complete, Integer score, String band, String level,
                         Map<String, Integer> factorScores, Map<String, Boolean> supplementary,
                         Long supersedes, String assessor, Instant recorded) {
    public Assessment {
        factorScores = Map.copyOf(factorScores);
        supplementary = Map.copyOf(supplementary);
    }
}
