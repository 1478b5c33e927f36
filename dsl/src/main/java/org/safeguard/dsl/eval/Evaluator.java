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
import org.safeguard.dsl.model.MetBy;
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
    return status(deadline, facts).state() == DeadlineStatus.State.OVERDUE;
  }

  /** Where each of the area's deadlines stands for the case, in definition order. */
  public List<DeadlineStatus> deadlines(CaseFacts facts) {
    return definition.deadlines().stream().map(d -> status(d, facts)).toList();
  }

  /**
   * Where the deadline stands for the case: due, met, and open, met, overdue or pending (its
   * event has not happened, or its {@code when} condition does not hold for the case).
   */
  public DeadlineStatus status(Deadline deadline, CaseFacts facts) {
    Optional<Instant> anchor = conditions.anchor(deadline.anchor().name(), facts);
    // a deadline whose condition does not hold for the case is not running for it, like one whose event has not happened
    if (anchor.isEmpty() || deadline.when().isPresent() && !test(deadline.when().get(), facts)) {
      return new DeadlineStatus(deadline, Optional.empty(), Optional.empty(), DeadlineStatus.State.PENDING);
    }
    Optional<Instant> due = Optional.of(calendar.due(anchor.get(), deadline.within()));
    Optional<Instant> met = facts.met(deadline.id()).or(() -> evidence(deadline, anchor.get(), facts))
        .filter(m -> !m.isAfter(facts.now()));
    DeadlineStatus.State state = met.isPresent() ? DeadlineStatus.State.MET
        : facts.now().isBefore(due.get()) ? DeadlineStatus.State.OPEN : DeadlineStatus.State.OVERDUE;
    return new DeadlineStatus(deadline, due, met, state);
  }

  /** The first evidence the deadline's {@code met by} names, recorded at or after its event and by now. */
  private Optional<Instant> evidence(Deadline deadline, Instant anchor, CaseFacts facts) {
    Instant now = facts.now();
    // evidence kept by the day (decisions) counts from the start of the event's day
    Instant anchorDay = anchor.atZone(WorkingCalendar.ZONE).toLocalDate().atStartOfDay(WorkingCalendar.ZONE).toInstant();
    Instant first = null;
    for (MetBy m : deadline.metBy()) {
      Instant at = null;
      if (m instanceof MetBy.FinalAssessment f) {
        at = earliest(facts.assessments().stream().filter(a -> a.instrument().equals(f.instrument().name()))
            .map(AssessmentResult::completed), anchor, now);
      } else if (m instanceof MetBy.MeetingHeld h) {
        at = earliest(facts.events().stream().filter(e -> e.kind() == CaseEvent.Kind.MEETING_HELD && e.name().equals(h.meeting().name()))
            .map(CaseEvent::at), anchor, now);
      } else if (m instanceof MetBy.DecisionRecorded d) {
        at = earliest(facts.events().stream().filter(e -> e.kind() == CaseEvent.Kind.DECISION && e.name().equals(d.kind().name()))
            .map(CaseEvent::at), anchorDay, now);
      } else if (m instanceof MetBy.ReturnInterview) {
        at = interview(deadline, anchor, facts);
      }
      if (at != null && (first == null || at.isBefore(first))) {
        first = at;
      }
    }
    return Optional.ofNullable(first);
  }

  private static Instant earliest(java.util.stream.Stream<Instant> times, Instant from, Instant now) {
    return times.filter(t -> !t.isBefore(from) && !t.isAfter(now)).min(Instant::compareTo).orElse(null);
  }

  /**
   * The return interview of the episode the deadline counts from (the latest, for {@code return}
   * and {@code missing}; else any episode since the event): when it was held, or, when none was
   * needed, the return itself.
   */
  private static Instant interview(Deadline deadline, Instant anchor, CaseFacts facts) {
    List<MissingEpisode> episodes = facts.missingEpisodes().stream()
        .sorted(java.util.Comparator.comparing(MissingEpisode::start)).toList();
    String event = deadline.anchor().name();
    if (event.equals(DeadlineAnchor.RETURN.word()) || event.equals(DeadlineAnchor.MISSING.word())) {
      if (episodes.isEmpty()) {
        return null;
      }
      MissingEpisode latest = episodes.get(episodes.size() - 1);
      if (!latest.interviewRequired()) {
        return latest.returned().orElse(latest.start());
      }
      return latest.interviewHeld().filter(t -> !t.isBefore(anchor) && !t.isAfter(facts.now())).orElse(null);
    }
    return earliest(episodes.stream().flatMap(e -> e.interviewHeld().stream()), anchor, facts.now());
  }

  private boolean passed(String deadlineId, CaseFacts facts) {
    return definition.deadline(deadlineId).map(d -> passed(d, facts)).orElse(false);
  }

  private long deadlinesPassed(CaseFacts facts) {
    return definition.deadlines().stream().filter(d -> passed(d, facts)).count();
  }
}
