package org.safeguard.dsl.internal.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguard.dsl.InstrumentTerms;
import org.safeguard.dsl.eval.CaseField;
import org.safeguard.dsl.internal.Message;
import org.safeguard.dsl.internal.Reporter;
import org.safeguard.dsl.internal.Suggest;
import org.safeguard.dsl.model.Condition;
import org.safeguard.dsl.model.Operand;
import org.safeguard.dsl.model.Value;

/**
 * Type-checks conditions against the field catalogue and the vocabulary of the plugins the area
 * uses, then hands the well-typed comparisons to {@link Satisfiability}.
 */
final class ConditionChecker {
  private static final Set<String> YES_NO = Set.of("yes", "no", "true", "false");

  /** A resolved field: what it is and, for assessment fields, which names and order apply. */
  private record FieldInfo(CaseField field, String key, List<String> names, boolean ordered, long max, String instrument) {}

  private final Reporter reporter;
  private final Scope scope;
  private Map<Condition, Atom> atoms;

  ConditionChecker(Reporter reporter, Scope scope) {
    this.reporter = reporter;
    this.scope = scope;
  }

  void check(Condition condition) {
    atoms = new IdentityHashMap<>();
    visit(condition);
    new Satisfiability(reporter, atoms).check(condition);
  }

  private void visit(Condition c) {
    if (c instanceof Condition.And a) {
      a.parts().forEach(this::visit);
    } else if (c instanceof Condition.Or o) {
      o.parts().forEach(this::visit);
    } else if (c instanceof Condition.Not n) {
      visit(n.operand());
    } else if (c instanceof Condition.Test t) {
      FieldInfo f = resolve(t.field());
      if (f == null) {
        return;
      }
      if (f.field().kind() == CaseField.Kind.BOOLEAN) {
        atoms.put(c, Atom.yes(c, f.key()));
      } else {
        reporter.report(Message.NOT_A_CONDITION, t.span(), t.field().path(), type(f.field()));
      }
    } else if (c instanceof Condition.DeadlinePassed d) {
      if (scope.deadlines.containsKey(d.deadline().name())) {
        atoms.put(c, Atom.yes(c, "deadline " + d.deadline().name() + " passed"));
      } else {
        reporter.reportHint(Message.UNKNOWN_DEADLINE, d.deadline().span(), Suggest.hint(d.deadline().name(),
            scope.deadlines.keySet(), Message.UNKNOWN_DEADLINE.hint("", d.deadline().name())),
            "'" + d.deadline().name() + "'");
      }
    } else if (c instanceof Condition.Compare cmp) {
      Atom atom = compare(cmp);
      if (atom != null) {
        atoms.put(c, atom);
      }
    }
  }

  private Atom compare(Condition.Compare c) {
    Operand left = c.left();
    if (left instanceof Operand.MissingEpisodes m) {
      String key = "missing episodes" + m.window().map(w -> " in last " + w).orElse("");
      return count(c, key);
    }
    if (left instanceof Operand.ActionsOverdue) {
      return count(c, "actions overdue");
    }
    if (left instanceof Operand.DeadlinesPassed) {
      return count(c, "deadlines passed");
    }
    if (left instanceof Operand.TimeSince ts) {
      FieldInfo f = resolve(ts.field());
      if (f == null) {
        return null;
      }
      CaseField.Kind kind = f.field().kind();
      if (kind != CaseField.Kind.DATE && kind != CaseField.Kind.DATE_TIME) {
        reporter.reportHint(Message.TYPE_MISMATCH, ts.field().span(), "'time since' needs a date or date-time field",
            ts.field().path(), type(f.field()), "a time");
      } else if (!c.op().ordering()) {
        badOperator(c, "time since " + ts.field().path(), "a length of time", "use <, <=, > or >=");
      } else if (!(c.right() instanceof Value.TimeValue)) {
        mismatch(c, "time since " + ts.field().path(), "a length of time");
      }
      return null;
    }
    Operand.Field field = (Operand.Field) left;
    FieldInfo f = resolve(field);
    if (f == null) {
      return null;
    }
    String path = field.path();
    CaseField.Kind kind = f.field().kind();
    switch (kind) {
      case NUMBER, SCORE -> {
        if (c.op() == Condition.Op.HAS) {
          badOperator(c, path, type(f.field()), "use =, !=, <, <=, > or >=");
          return null;
        }
        if (!(c.right() instanceof Value.NumberValue n)) {
          mismatch(c, path, type(f.field()));
          return null;
        }
        long max = kind == CaseField.Kind.SCORE ? f.max() : f.field().max();
        String range = kind == CaseField.Kind.SCORE
            ? (f.instrument() != null ? "scores of " + f.instrument() : "scores") + " run 0 to " + max
            : path + " is " + f.field().min() + (max == Long.MAX_VALUE ? " or more" : " to " + max);
        return Atom.interval(c, f.key(), range, f.field().min(), max, c.op(), n.value());
      }
      case BOOLEAN -> {
        if (c.op() != Condition.Op.EQ && c.op() != Condition.Op.NE) {
          badOperator(c, path, type(f.field()), "use = yes or = no, or the field on its own");
          return null;
        }
        if (!(c.right() instanceof Value.NameValue v)) {
          mismatch(c, path, type(f.field()));
          return null;
        }
        if (!YES_NO.contains(v.name())) {
          unknownValue(v, path, List.of("yes", "no"));
          return null;
        }
        String yes = v.name().equals("yes") || v.name().equals("true") ? "yes" : "no";
        return Atom.set(c, f.key(), Set.of("yes", "no"), c.op(), yes);
      }
      case FIXED -> {
        if (c.op() != Condition.Op.EQ && c.op() != Condition.Op.NE) {
          badOperator(c, path, type(f.field()), "use = or !=");
          return null;
        }
        if (!(c.right() instanceof Value.NameValue v)) {
          mismatch(c, path, type(f.field()));
          return null;
        }
        if (!f.field().fixedValues().contains(v.name())) {
          unknownValue(v, path, f.field().fixedValues());
          return null;
        }
        return Atom.set(c, f.key(), Set.copyOf(f.field().fixedValues()), c.op(), v.name());
      }
      case CODE, CODE_SET -> {
        boolean set = kind == CaseField.Kind.CODE_SET;
        if (set ? c.op() != Condition.Op.HAS : c.op() != Condition.Op.EQ && c.op() != Condition.Op.NE) {
          badOperator(c, path, type(f.field()), set ? "use 'has', e.g. " + path + " has CODE" : "use = or !=");
          return null;
        }
        String code = nameOf(c.right());
        if (code == null) {
          mismatch(c, path, type(f.field()));
          return null;
        }
        String list = f.field().codeList().orElseThrow();
        Optional<Set<String>> codes = scope.codes(list);
        if (codes.isEmpty()) {
          reporter.report(Message.NO_CODE_LIST, c.right().span(), "'" + list + "'", "'" + code + "'");
        } else if (!codes.get().contains(code)) {
          reporter.reportHint(Message.UNKNOWN_CODE, c.right().span(), Suggest.hint(code, codes.get(),
              Message.UNKNOWN_CODE.hint("", "", Suggest.list(codes.get()))), "'" + code + "'", "'" + list + "'");
          return null;
        }
        return set ? Atom.yes(c, path + " has " + code) : Atom.set(c, f.key(), codes.orElse(null), c.op(), code);
      }
      case BAND, LEVEL -> {
        boolean band = kind == CaseField.Kind.BAND;
        if (c.op() == Condition.Op.HAS) {
          badOperator(c, path, type(f.field()), "use =, !=, <, <=, > or >=");
          return null;
        }
        if (!(c.right() instanceof Value.NameValue v)) {
          mismatch(c, path, type(f.field()));
          return null;
        }
        if (!f.names().contains(v.name())) {
          Message m = band ? Message.UNKNOWN_BAND : Message.UNKNOWN_LEVEL;
          reporter.reportHint(m, v.span(), Suggest.hint(v.name(), f.names(), m.hint("", Suggest.list(f.names()))),
              "'" + v.name() + "'");
          return null;
        }
        if (f.ordered()) {
          String range = (band ? "bands" : "levels") + " of " + f.instrument() + " run, lowest first: "
              + String.join(", ", f.names());
          return Atom.interval(c, f.key(), range, 0, f.names().size() - 1, c.op(), f.names().indexOf(v.name()));
        }
        return c.op().ordering() ? null : Atom.set(c, f.key(), Set.copyOf(f.names()), c.op(), v.name());
      }
      default -> {
        reporter.reportHint(Message.TYPE_MISMATCH, c.span(), "use time since " + path + ", e.g. time since " + path
            + " > 10 days", path, type(f.field()), describe(c.right()));
        return null;
      }
    }
  }

  private Atom count(Condition.Compare c, String key) {
    if (c.op() == Condition.Op.HAS) {
      badOperator(c, key, "a count", "use =, !=, <, <=, > or >=");
      return null;
    }
    if (!(c.right() instanceof Value.NumberValue n)) {
      mismatch(c, key, "a count");
      return null;
    }
    return Atom.interval(c, key, "a count is 0 or more", 0, Long.MAX_VALUE, c.op(), n.value());
  }

  private FieldInfo resolve(Operand.Field field) {
    Optional<CaseField> found = scope.field(field.path());
    if (found.isEmpty()) {
      List<String> paths = scope.fieldPaths();
      String hint = paths.stream().filter(p -> p.endsWith("." + field.path())).findFirst()
          .map(p -> "did you mean '" + p + "'?")
          .orElse(Suggest.hint(field.path(), paths, Message.UNKNOWN_FIELD.hint()));
      reporter.reportHint(Message.UNKNOWN_FIELD, new org.safeguard.dsl.model.Span(field.span().file(),
          field.span().offset(), field.path().length()), hint, "'" + field.path() + "'");
      return null;
    }
    CaseField cf = found.get();
    boolean assessment = cf.kind() == CaseField.Kind.BAND || cf.kind() == CaseField.Kind.LEVEL
        || cf.kind() == CaseField.Kind.SCORE;
    if (!assessment) {
      if (field.instrument().isPresent()) {
        reporter.report(Message.OF_NOT_ASSESSMENT, field.instrument().get().span(), cf.path(),
            field.instrument().get().name());
        return null;
      }
      return new FieldInfo(cf, cf.path(), List.of(), false, cf.max(), null);
    }
    String what = cf.kind() == CaseField.Kind.BAND ? "bands" : cf.kind() == CaseField.Kind.LEVEL ? "levels" : "a score";
    if (field.instrument().isPresent()) {
      var ref = field.instrument().get();
      Optional<InstrumentTerms> terms = scope.vocabulary.instrument(ref.name());
      List<String> inScope = scope.instruments().stream().map(InstrumentTerms::id).toList();
      if (terms.isEmpty()) {
        reporter.reportHint(Message.UNKNOWN_INSTRUMENT, ref.span(), Suggest.hint(ref.name(), inScope,
            Message.UNKNOWN_INSTRUMENT.hint("", Suggest.list(inScope))), "'" + ref.name() + "'");
        return null;
      }
      if (!scope.plugins.contains(terms.get().plugin())) {
        reporter.report(Message.INSTRUMENT_NOT_USED, ref.span(), "'" + ref.name() + "'", terms.get().plugin());
        return null;
      }
      if (names(terms.get(), cf).isEmpty() && (cf.kind() != CaseField.Kind.SCORE || terms.get().maxScore() == 0)) {
        reporter.report(Message.INSTRUMENT_LACKS, ref.span(), "'" + ref.name() + "'", what.replace("a score", "score"));
        return null;
      }
      return single(cf, terms.get());
    }
    List<InstrumentTerms> candidates = new ArrayList<>();
    for (InstrumentTerms t : scope.instruments()) {
      if (cf.kind() == CaseField.Kind.SCORE ? t.maxScore() > 0 : !names(t, cf).isEmpty()) {
        candidates.add(t);
      }
    }
    if (candidates.isEmpty()) {
      reporter.report(Message.NO_INSTRUMENT_WITH, field.span(), what);
      return null;
    }
    if (candidates.size() == 1) {
      return single(cf, candidates.get(0));
    }
    Set<String> union = new LinkedHashSet<>();
    long max = 0;
    for (InstrumentTerms t : candidates) {
      union.addAll(names(t, cf));
      max = Math.max(max, t.maxScore());
    }
    return new FieldInfo(cf, cf.path(), List.copyOf(union), false, max, null);
  }

  private static FieldInfo single(CaseField cf, InstrumentTerms t) {
    return new FieldInfo(cf, cf.path() + " of " + t.id(), names(t, cf), true, t.maxScore(), t.id());
  }

  private static List<String> names(InstrumentTerms t, CaseField cf) {
    return cf.kind() == CaseField.Kind.BAND ? t.bands() : cf.kind() == CaseField.Kind.LEVEL ? t.levels() : List.of();
  }

  private static String nameOf(Value v) {
    if (v instanceof Value.NameValue n) {
      return n.name();
    }
    if (v instanceof Value.NumberValue n) {
      return n.text();
    }
    return v instanceof Value.TextValue t ? t.text() : null;
  }

  private void unknownValue(Value.NameValue v, String path, List<String> values) {
    reporter.reportHint(Message.UNKNOWN_VALUE, v.span(), Suggest.hint(v.name(), values,
        Message.UNKNOWN_VALUE.hint("", "", String.join(", ", values))), "'" + v.name() + "'", path);
  }

  private void mismatch(Condition.Compare c, String what, String type) {
    reporter.report(Message.TYPE_MISMATCH, c.right().span(), what, type, describe(c.right()));
  }

  private void badOperator(Condition.Compare c, String what, String type, String hint) {
    reporter.reportHint(Message.BAD_OPERATOR, c.span(), hint, "'" + c.op().symbol() + "'", what, type);
  }

  /** How messages name a field's type; fixed values are listed. */
  private static String type(CaseField field) {
    return field.kind() == CaseField.Kind.FIXED ? "one of " + String.join(", ", field.fixedValues())
        : field.kind().description();
  }

  private static String describe(Value v) {
    if (v instanceof Value.NumberValue n) {
      return "the number " + n.text();
    }
    if (v instanceof Value.NameValue n) {
      return "the name '" + n.name() + "'";
    }
    if (v instanceof Value.TextValue t) {
      return "the text \"" + t.text() + "\"";
    }
    return "the time " + ((Value.TimeValue) v).amount();
  }
}
