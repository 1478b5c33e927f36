package org.safeguard.dsl.eval;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The result of one final assessment, as conditions see it: which instrument, when it was
 * completed, and its band, level and score where the instrument has them. Immutable and
 * thread-safe.
 */
public record AssessmentResult(String instrument, Instant completed, Optional<String> band,
    Optional<String> level, OptionalInt score) {
  public AssessmentResult {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(completed, "completed");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(score, "score");
  }

  /** A result; any of band, level and score may be null when the instrument lacks it. */
  public static AssessmentResult of(String instrument, Instant completed, String band, String level, Integer score) {
    return new AssessmentResult(instrument, completed, Optional.ofNullable(band), Optional.ofNullable(level),
        score == null ? OptionalInt.empty() : OptionalInt.of(score));
  }
}
