package org.safeguard.dsl.model;

import java.util.List;

/**
 * An escalation rule: {@code when} a condition holds for a case {@code then} actions. The id is
 * stable across edits of the title so firings can be recorded once per rule and case.
 *
 * <p>Invariants: at least one action. Immutable and thread-safe.
 */
public record Rule(String id, String title, Condition when, List<RuleAction> actions, Span span) {
  public Rule {
    actions = List.copyOf(actions);
  }
}
