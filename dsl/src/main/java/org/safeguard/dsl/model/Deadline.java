package org.safeguard.dsl.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that must happen within a time of an anchor event: {@code deadline strategy-meeting
 * "Strategy meeting" within 10 days of referral met by meeting se-strategy held with the case}.
 * The anchor is one of the names in {@link org.safeguard.dsl.eval.DeadlineAnchor}; {@code metBy}
 * lists what meets it (any one of them), empty when nothing does. A deadline with a {@code when}
 * condition runs only for a case the condition holds for ({@code … when case.referral.indicators
 * has sexually-active and child.age < 18}); for any other case it is not running. Immutable and
 * thread-safe.
 */
public record Deadline(String id, String label, TimeAmount within, Ref anchor, List<MetBy> metBy, Optional<Condition> when, Span span) {
  public Deadline {
    metBy = List.copyOf(metBy);
    Objects.requireNonNull(when, "when");
  }

  /** A deadline that runs for every case. */
  public Deadline(String id, String label, TimeAmount within, Ref anchor, List<MetBy> metBy, Span span) {
    this(id, label, within, anchor, metBy, Optional.empty(), span);
  }

  /** A deadline nothing meets. */
  public Deadline(String id, String label, TimeAmount within, Ref anchor, Span span) {
    this(id, label, within, anchor, List.of(), Optional.empty(), span);
  }
}
