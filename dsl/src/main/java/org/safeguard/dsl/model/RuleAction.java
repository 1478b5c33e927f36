package org.safeguard.dsl.model;

import java.util.Optional;

/**
 * What an escalation rule does when its condition holds. The runtime carries actions out; the
 * language only says what they are.
 *
 * <p>All implementations are immutable records and thread-safe.
 */
public sealed interface RuleAction {

  /** Where the action was written. */
  Span span();

  /** {@code notify ROLE [within N unit]}. */
  record Notify(Ref role, Optional<TimeAmount> within, Span span) implements RuleAction {}

  /** {@code add case to next MEETING-TYPE}. */
  record AddToNextMeeting(Ref meeting, Span span) implements RuleAction {}

  /** {@code create action "text" for OWNER due in N unit}; the owner is a role or an agency. */
  record CreateAction(String description, Ref owner, TimeAmount due, Span span) implements RuleAction {}

  /** {@code raise priority [to high|urgent]}; without a target, one step up. */
  record RaisePriority(Optional<Ref> to, Span span) implements RuleAction {}
}
