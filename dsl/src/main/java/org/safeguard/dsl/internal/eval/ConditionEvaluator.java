package org.safeguard.dsl.internal.eval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;

import org.safeguard.dsl.Vocabulary;
import org.safeguard.dsl.eval.AssessmentResult;
import org.safeguard.dsl.eval.CaseFacts;
import org.safeguard.dsl.eval.CaseField;
import org.safeguard.dsl.eval.MissingEpisode;
import org.safeguard.dsl.eval.WorkingCalendar;
import org.safeguard.dsl.model.Condition;
import org.safeguard.dsl.model.Operand;
import org.safeguard.dsl.model.TimeAmount;
import org.safeguard.dsl.model.Value;

/**
 * Evaluates checked conditions. Two-valued: a comparison with a value the facts do not have is
 * false. Depth is bounded by the checker's nesting limit.
 */
public final class ConditionEvaluator {
  private final Vocabulary vocabulary;
  private final WorkingCalendar calendar;
  private final BiPredicate<String, CaseFacts> deadlinePassed;
  private final ToLongFunction<CaseFacts> deadlinesPassed;

  public ConditionEvaluator(Vocabulary vocabulary, WorkingCalendar calendar,
      BiPredicate<String, CaseFacts> deadlinePassed, ToLongFunction<CaseFacts> deadlinesPassed) {
    this.vocabulary = vocabulary;
    this.calendar = calendar;
    this.deadlinePassed = deadlinePassed;
    this.deadlinesPassed = deadlinesPassed;
  }

  public boolean test(Condition c, CaseFacts f) {
    if (c instanceof Condition.And a) {
      return a.parts().stream().allMatch(p -> test(p, f));
    }
    if (c instanceof Condition.Or o) {
      return o.parts().stream().anyMatch(p -> test(p, f));
    }
    if (c instanceof Condition.Not n) {
      return !test(n.operand(), f);
    }
    if (c instanceof Condition.Test t) {
      return Boolean.TRUE.equals(field(t.field().path(), f).orElse(null));
    }
    if (c instanceof Condition.DeadlinePassed d) {
      return deadlinePassed.test(d.deadline().name(), f);
    }
    return compare((Condition.Compare) c, f);
  }

  private boolean compare(Condition.Compare c, CaseFacts f) {
    Operand left = c.left();
    if (left instanceof Operand.MissingEpisodes m) {
      return number(countMissing(m, f), c.op(), c.right());
    }
    if (left instanceof Operand.ActionsOverdue) {
      return number(f.actionsOverdue(), c.op(), c.right());
    }
    if (left instanceof Operand.DeadlinesPassed) {
      return number(deadlinesPassed.applyAsLong(f), c.op(), c.right());
    }
    if (left instanceof Operand.TimeSince ts) {
      return timeSince(ts, c, f);
    }
    Operand.Field field = (Operand.Field) left;
    CaseField cf = CaseField.byPath(field.path()).or(() -> vocabulary.caseFields().values().stream().flatMap(List::stream)
        .filter(x -> x.path().equals(field.path())).findFirst()).orElseThrow();
    switch (cf.kind()) {
      case BAND, LEVEL, SCORE -> {
        return assessment(cf, field, c, f);
      }
      case CODE_SET -> {
        Object v = f.value(cf.path()).orElse(null);
        return v instanceof Collection<?> set && set.contains(name(c.right()));
      }
      default -> {
        Object v = field(cf.path(), f).orElse(null);
        if (v == null) {
          return false;
        }
        if (v instanceof Number n) {
          return number(n.longValue(), c.op(), c.right());
        }
        if (v instanceof Boolean b) {
          boolean wanted = List.of("yes", "true").contains(name(c.right()));
          return c.op() == Condition.Op.EQ ? b == wanted : b != wanted;
        }
        boolean equal = v.toString().equals(name(c.right()));
        return c.op() == Condition.Op.EQ ? equal : c.op() == Condition.Op.NE && !equal;
      }
    }
  }

  private boolean assessment(CaseField cf, Operand.Field field, Condition.Compare c, CaseFacts f) {
    Optional<String> instrument = field.instrument().map(r -> r.name());
    Optional<AssessmentResult> latest = f.assessments().stream()
        .filter(a -> instrument.map(i -> i.equals(a.instrument())).orElse(true))
        .filter(a -> switch (cf.kind()) {
          case BAND -> a.band().isPresent();
          case LEVEL -> a.level().isPresent();
          default -> a.score().isPresent();
        })
        .max(Comparator.comparing(AssessmentResult::completed));
    if (latest.isEmpty()) {
      return false;
    }
    AssessmentResult r = latest.get();
    if (cf.kind() == CaseField.Kind.SCORE) {
      return number(r.score().getAsInt(), c.op(), c.right());
    }
    String actual = cf.kind() == CaseField.Kind.BAND ? r.band().get() : r.level().get();
    String wanted = name(c.right());
    if (c.op() == Condition.Op.EQ || c.op() == Condition.Op.NE) {
      return actual.equals(wanted) == (c.op() == Condition.Op.EQ);
    }
    List<String> order = vocabulary.instrument(r.instrument())
        .map(t -> cf.kind() == CaseField.Kind.BAND ? t.bands() : t.levels()).orElse(List.of());
    int a = order.indexOf(actual);
    int w = order.indexOf(wanted);
    return a >= 0 && w >= 0 && compare(a, c.op(), w);
  }

  private boolean timeSince(Operand.TimeSince ts, Condition.Compare c, CaseFacts f) {
    Optional<Instant> when = instant(field(ts.field().path(), f).orElse(null));
    if (when.isEmpty() || !(c.right() instanceof Value.TimeValue tv)) {
      return false;
    }
    Instant threshold = calendar.due(when.get(), tv.amount());
    Instant now = f.now();
    return switch (c.op()) {
      case GT -> now.isAfter(threshold);
      case GE -> !now.isBefore(threshold);
      case LT -> now.isBefore(threshold);
      case LE -> !now.isAfter(threshold);
      default -> false;
    };
  }

  /** A field's value, working out derived fields the facts do not supply. */
  Optional<Object> field(String path, CaseFacts f) {
    Optional<Object> v = f.value(path);
    if (v.isPresent()) {
      return v;
    }
    LocalDate today = f.now().atZone(WorkingCalendar.ZONE).toLocalDate();
    return switch (path) {
      case "child.age" -> f.value("child.date-of-birth").filter(LocalDate.class::isInstance)
          .map(d -> (Object) (long) Period.between((LocalDate) d, today).getYears());
      case "case.days-open" -> f.value("case.opened").filter(LocalDate.class::isInstance)
          .map(d -> (Object) ChronoUnit.DAYS.between((LocalDate) d, today));
      case "child.missing" -> Optional.of(f.missingEpisodes().stream().anyMatch(e -> e.returned().isEmpty()));
      default -> Optional.empty();
    };
  }

  /** When an anchor event happened, from the facts or worked out from other facts. */
  public Optional<Instant> anchor(String event, CaseFacts f) {
    Optional<Instant> given = f.anchor(event);
    if (given.isPresent()) {
      return given;
    }
    return switch (event) {
      case "referral" -> instant(f.value("referral.received").orElse(null));
      case "case-opened" -> instant(f.value("case.opened").orElse(null));
      case "return" -> f.missingEpisodes().stream().flatMap(e -> e.returned().stream()).max(Comparator.naturalOrder());
      case "missing" -> f.missingEpisodes().stream().map(MissingEpisode::start).max(Comparator.naturalOrder());
      case "assessment" -> f.assessments().stream().map(AssessmentResult::completed).max(Comparator.naturalOrder());
      default -> Optional.empty();
    };
  }

  private long countMissing(Operand.MissingEpisodes m, CaseFacts f) {
    if (m.window().isEmpty()) {
      return f.missingEpisodes().size();
    }
    TimeAmount w = m.window().get();
    Instant now = f.now();
    var at = now.atZone(WorkingCalendar.ZONE);
    Instant from = switch (w.unit()) {
      case HOURS -> now.minusSeconds(3600L * w.amount());
      case WEEKS -> at.minusWeeks(w.amount()).toInstant();
      case MONTHS -> at.minusMonths(w.amount()).toInstant();
      case YEARS -> at.minusYears(w.amount()).toInstant();
      default -> at.minusDays(w.amount()).toInstant();
    };
    return f.missingEpisodes().stream().filter(e -> !e.start().isBefore(from) && !e.start().isAfter(now)).count();
  }

  private static Optional<Instant> instant(Object v) {
    if (v instanceof Instant i) {
      return Optional.of(i);
    }
    if (v instanceof LocalDate d) {
      return Optional.of(d.atStartOfDay(WorkingCalendar.ZONE).toInstant());
    }
    return Optional.empty();
  }

  private static boolean number(long actual, Condition.Op op, Value right) {
    return right instanceof Value.NumberValue n && compare(actual, op, n.value());
  }

  private static boolean compare(long a, Condition.Op op, long b) {
    return switch (op) {
      case EQ -> a == b;
      case NE -> a != b;
      case LT -> a < b;
      case LE -> a <= b;
      case GT -> a > b;
      case GE -> a >= b;
      case HAS -> false;
    };
  }

  private static String name(Value v) {
    if (v instanceof Value.NameValue n) {
      return n.name();
    }
    if (v instanceof Value.NumberValue n) {
      return n.text();
    }
    return v instanceof Value.TextValue t ? t.text() : "";
  }
}
