package org.safeguard.dsl;

import java.util.List;
import java.util.Objects;

/**
 * What the language needs to know about one assessment instrument: its result names.
 *
 * <p>Invariants: lists are copied and never null; {@code bands} are ordered lowest risk first
 * (e.g. GREEN, AMBER, RED) and so are {@code levels}; {@code maxScore} is the highest score the
 * instrument can reach, 0 for an instrument without a score.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the instrument id, {@code plugin.name}, e.g. {@code "lancashire.cse2"}
 * @param bands band names, lowest risk first; empty when the instrument has no bands
 * @param levels level names, lowest risk first; empty when the instrument has no levels
 * @param maxScore highest reachable score, 0 when the instrument is not scored
 */
public record InstrumentTerms(String id, List<String> bands, List<String> levels, int maxScore) {
  public InstrumentTerms {
    Objects.requireNonNull(id, "id");
    bands = List.copyOf(bands);
    levels = List.copyOf(levels);
    if (maxScore < 0) {
      throw new IllegalArgumentException("maxScore must not be negative: " + maxScore);
    }
  }

  /** The plugin that supplies this instrument: the part of the id before the first dot. */
  public String plugin() {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }
}
