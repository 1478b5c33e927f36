package org.safeguard.dsl;

/**
 * The bounds that keep checking hostile input finite in time and memory. Reaching one is
 * reported as an error, never a crash.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxFileChars largest file accepted, in characters
 * @param maxLineChars longest line accepted, in characters; longer lines are reported and skipped
 * @param maxNesting deepest block indentation and deepest parenthesis or {@code not} nesting
 * @param maxDiagnostics diagnostics reported in full; the rest are counted as "and N more"
 * @param maxIncludeDepth longest chain of includes
 * @param maxFiles most files read for one check, the main file included
 */
public record Limits(
    int maxFileChars,
    int maxLineChars,
    int maxNesting,
    int maxDiagnostics,
    int maxIncludeDepth,
    int maxFiles) {

  /** The limits used by {@link AreaLanguage#check(String, String, Vocabulary, IncludeResolver)}. */
  public static Limits defaults() {
    return new Limits(2_000_000, 2_000, 24, 100, 8, 32);
  }

  public Limits {
    if (maxFileChars < 1 || maxLineChars < 1 || maxNesting < 2 || maxDiagnostics < 1
        || maxIncludeDepth < 0 || maxFiles < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
