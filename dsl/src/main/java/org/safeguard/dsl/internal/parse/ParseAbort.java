package org.safeguard.dsl.internal.parse;

/**
 * Stops parsing the current statement after its problem has been reported. Caught by the
 * statement loop, never thrown out of the parser; carries no stack trace because it is control
 * flow, not a failure.
 */
final class ParseAbort extends RuntimeException {
  static final ParseAbort INSTANCE = new ParseAbort();

  private ParseAbort() {
    super(null, null, false, false);
  }
}
