package org.safeguard.dsl.model;

import java.util.List;

/**
 * Something that must happen within a time of an anchor event: {@code deadline strategy-meeting
 * "Strategy meeting" within 10 days of referral met by meeting se-strategy held with the case}.
 * The anchor is one of the names in {@link org.safeguard.dsl.eval.DeadlineAnchor}; {@code metBy}
 * lists what meets it (any one of them), empty when nothing does. Immutable and thread-safe.
 */
public record Deadline(String id, String label, TimeAmount within, Ref anchor, List<MetBy> metBy, Span span) {
  public Deadline {
    metBy = List.copyOf(metBy);
  }

  /** A deadline nothing meets. */
  public Deadline(String id, String label, TimeAmount within, Ref anchor, Span span) {
    this(id, label, within, anchor, List.of(), span);
  }
}
