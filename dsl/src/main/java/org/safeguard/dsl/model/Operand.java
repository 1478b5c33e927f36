package org.safeguard.dsl.model;

import java.util.Optional;

/**
 * The left-hand side of a comparison in a condition: a field of the core model from the
 * catalogue ({@link org.safeguard.dsl.eval.CaseField}) or a counted or timed phrase.
 *
 * <p>All implementations are immutable records and thread-safe.
 */
public sealed interface Operand {

  /** Where the operand was written. */
  Span span();

  /**
   * A catalogue field such as {@code case.category}; {@code instrument} is set when the text
   * said {@code case.band of lancashire.cse2}.
   */
  record Field(String path, Optional<Ref> instrument, Span span) implements Operand {}

  /** {@code missing episodes}, optionally {@code in last N unit}: a count. */
  record MissingEpisodes(Optional<TimeAmount> window, Span span) implements Operand {}

  /** {@code actions overdue}: the number of the case's overdue actions. */
  record ActionsOverdue(Span span) implements Operand {}

  /** {@code deadlines passed}: the number of the area's deadlines passed for the case. */
  record DeadlinesPassed(Span span) implements Operand {}

  /** {@code time since FIELD}: how long ago a date or date-time field was. */
  record TimeSince(Field field, Span span) implements Operand {}
}
