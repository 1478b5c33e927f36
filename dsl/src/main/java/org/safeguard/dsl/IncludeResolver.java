package org.safeguard.dsl;

import java.util.Optional;

/**
 * Finds the text of a file named by {@code include "name"}.
 *
 * <p>The caller decides what names mean, normally a path relative to the area folder; the
 * checker only detects cycles and limits. A resolver that cannot read a file returns empty and
 * the checker reports the include as not found.
 *
 * <p>Implementations must be safe to call from the thread running the check; the checker never
 * calls a resolver concurrently.
 */
@FunctionalInterface
public interface IncludeResolver {

  /** Returns the named file, or empty when there is no such file. */
  Optional<SourceText> resolve(String name);

  /** A resolver that finds nothing, for files that include no others. */
  static IncludeResolver none() {
    return name -> Optional.empty();
  }
}
