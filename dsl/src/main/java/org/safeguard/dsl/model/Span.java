package org.safeguard.dsl.model;

import java.util.Objects;

/**
 * Where a node came from: a file name and a character range in it. Line and column are worked
 * out only when a message is shown.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file name as given to the checker or named by an include
 * @param offset 0-based character offset
 * @param length length in characters, 0 or more
 */
public record Span(String file, int offset, int length) {
  public Span {
    Objects.requireNonNull(file, "file");
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("bad span " + offset + "+" + length);
    }
  }

  /** Offset just after the span. */
  public int end() {
    return offset + length;
  }

  /** The smallest span covering this one and {@code other}, which must be in the same file. */
  public Span to(Span other) {
    int start = Math.min(offset, other.offset);
    return new Span(file, start, Math.max(end(), other.end()) - start);
  }
}
