package org.safeguard.dsl.eval;

import java.time.Instant;
import java.util.Objects;

/**
 * Something recorded on a case that can meet a deadline: a meeting of a type held with the case
 * on it ({@code meeting}, its type), or a decision of a kind ({@code decision}, its kind; {@code
 * at} the start of the day it was decided). Immutable and thread-safe.
 */
public record CaseEvent(Kind kind, String name, Instant at) {
  public enum Kind { MEETING_HELD, DECISION }

  public CaseEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(at, "at");
  }
}
