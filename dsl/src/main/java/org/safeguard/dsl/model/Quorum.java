package org.safeguard.dsl.model;

import java.util.List;

/**
 * When a meeting may do business: at least {@code agencies} agencies represented, including each
 * agency named. Immutable and thread-safe.
 */
public record Quorum(int agencies, List<Ref> including, Span span) {
  public Quorum {
    including = List.copyOf(including);
  }
}
