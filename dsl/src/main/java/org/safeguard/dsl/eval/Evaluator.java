package org.safeguard.dsl.eval;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguard.dsl.Vocabulary;
import org.safeguard.dsl.internal.eval.ConditionEvaluator;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.CaseFilter;
import org.safeguard.dsl.model.Condition;
import org.safeguard.dsl.model.Deadline;
import org.safeguard.dsl.model.Rule;

/**
 * Evaluates a checked definition against snapshots of cases: whether conditions, rules and agenda
 * filters hold, and when deadlines are due.
 *
 * <p>It only answers questions; firing rules on a schedule and recording firings belong to the
 * runtime. Values the snapshot does not know make comparisons false (see {@link CaseFacts}).
 * Band and level order come from the vocabulary's instruments.
 *
 * <p>Immutable and thread-safe if the vocabulary is.
 */
public final class Evaluator {
  private final AreaDefinition definition;
  private final WorkingCalendar calendar;
  private final ConditionEvaluator conditions;

  /** An evaluator for a definition produced by a clean check against {@code vocabulary}. */
  public Evaluator(AreaDefinition definition, Vocabulary vocabulary) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.calendar = WorkingCalendar.of(definition.calendar());
    this.conditions = new ConditionEvaluator(Objects.requireNonNull(vocabulary, "vocabulary"), calendar,
        this::passed, this::deadlinesPassed);
  }

  /** The area's working-day calendar, its extra holidays included. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** Whether the condition holds for the case. */
  public boolean test(Condition condition, CaseFacts facts) {
    return conditions.test(condition, facts);
  }

  /** The rules of the definition whose condition holds for the case, in definition order. */
  public List<Rule> rulesThatHold(CaseFacts facts) {
    return definition.rules().stream().filter(r -> test(r.when(), facts)).toList();
  }

  /** Whether a case belongs to an agenda item repeated {@code for each case ...}. */
  public boolean matches(CaseFilter filter, CaseFacts facts) {
    return switch (filter.kind()) {
      case ON_PANEL -> Boolean.TRUE.equals(facts.value("case.on-panel").orElse(false));
      case PROPOSED_FOR_DISCHARGE -> Boolean.TRUE.equals(facts.value("case.proposed-for-discharge").orElse(false));
      case NEW_TO_PANEL -> Boolean.TRUE.equals(facts.value("case.new-to-panel").orElse(false));
      case WHERE -> filter.where().map(c -> test(c, facts)).orElse(false);
    };
  }

  /** When the deadline is due for this case; empty while its anchor event has not happened. */
  public Optional<Instant> due(Deadline deadline, CaseFacts facts) {
    return conditions.anchor(deadline.anchor().name(), facts).map(a -> calendar.due(a, deadline.within()));
  }

  /** Whether the deadline is due, not met, and its due time is not after now. */
  public boolean passed(Deadline deadline, CaseFacts facts) {
    Optional<Instant> due = due(deadline, facts);
    return due.isPresent() && facts.met(deadline.id()).isEmpty() && !facts.now().isBefore(due.get());
  }

  private boolean passed(String deadlineId, CaseFacts facts) {
    return definition.deadline(deadlineId).map(d -> passed(d, facts)).orElse(false);
  }

  private long deadlinesPassed(CaseFacts facts) {
    return definition.deadlines().stream().filter(d -> passed(d, facts)).count();
  }
}
