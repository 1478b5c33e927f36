package org.safeguard.dsl.eval;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of one case, as conditions and deadlines see it. The core implements it from its
 * database; {@link CaseSnapshot} is a ready immutable implementation.
 *
 * <p>Field values are keyed by the paths of {@link CaseField}, with the value types listed there.
 * An absent value makes every comparison with it false (and so {@code not} of it true). Derived
 * fields ({@code child.age}, {@code case.days-open}, {@code child.missing}) and the anchors
 * {@code referral}, {@code return}, {@code missing}, {@code case-opened} and {@code assessment}
 * are worked out by the evaluator from the other facts when the snapshot does not supply them.
 *
 * <p>Implementations must give the same answers for the duration of one evaluation; they need
 * not be thread-safe unless shared between threads.
 */
public interface CaseFacts {

  /** The time the evaluation is for. */
  Instant now();

  /** The value of a catalogue field, or empty when not known. */
  Optional<Object> value(String path);

  /** The child's missing episodes, in any order. */
  default List<MissingEpisode> missingEpisodes() {
    return List.of();
  }

  /** Results of the case's final assessments, in any order; the latest per instrument counts. */
  default List<AssessmentResult> assessments() {
    return List.of();
  }

  /** When an anchor event ({@link DeadlineAnchor#word()}) happened for this case. */
  default Optional<Instant> anchor(String event) {
    return Optional.empty();
  }

  /**
   * When the deadline with this id was met, or empty to let the evaluator work it out from the
   * deadline's {@code met by} and the recorded facts (what the core does).
   */
  default Optional<Instant> met(String deadlineId) {
    return Optional.empty();
  }

  /** Meetings held with the case and decisions recorded on it, in any order: what meets deadlines besides assessments and return interviews. */
  default List<CaseEvent> events() {
    return List.of();
  }

  /** The number of the case's actions that are overdue. */
  default int actionsOverdue() {
    return 0;
  }
}
