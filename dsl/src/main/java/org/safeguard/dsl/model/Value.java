package org.safeguard.dsl.model;

/**
 * The right-hand side of a comparison: a literal as written. Its meaning (band, level, code,
 * number, yes/no) follows from the operand it is compared with.
 *
 * <p>All implementations are immutable records and thread-safe.
 */
public sealed interface Value {

  /** Where the value was written. */
  Span span();

  /** A whole number; {@code text} keeps the digits as written, for codes such as {@code 01}. */
  record NumberValue(long value, String text, Span span) implements Value {}

  /** A bare name: a band, level, code, fixed value or {@code yes}/{@code no}. */
  record NameValue(String name, Span span) implements Value {}

  /** A quoted text. */
  record TextValue(String text, Span span) implements Value {}

  /** A length of time, compared with {@code time since}. */
  record TimeValue(TimeAmount amount, Span span) implements Value {}
}
