package org.safeguard.dsl.model;

import java.util.Objects;

/**
 * A name as written in the file, with its position: a reference to an agency, role, meeting
 * type, plugin or strand.
 *
 * <p>Immutable and thread-safe.
 */
public record Ref(String name, Span span) {
  public Ref {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public String toString() {
    return name;
  }
}
