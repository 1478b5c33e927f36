package org.safeguard.dsl.model;

import java.util.Optional;

/**
 * Which cases an agenda item repeats for: {@code for each case on panel}, {@code proposed for
 * discharge}, {@code new to panel}, or {@code where CONDITION}. {@code where} is present exactly
 * when the kind is {@link Kind#WHERE}. Immutable and thread-safe.
 */
public record CaseFilter(Kind kind, Optional<Condition> where, Span span) {

  /** The filters the language knows. */
  public enum Kind {
    ON_PANEL("on panel"),
    PROPOSED_FOR_DISCHARGE("proposed for discharge"),
    NEW_TO_PANEL("new to panel"),
    WHERE("where");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    /** The words that name this filter in the text. */
    public String words() {
      return words;
    }
  }
}
