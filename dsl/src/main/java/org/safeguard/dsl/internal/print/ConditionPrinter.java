package org.safeguard.dsl.internal.print;

import java.util.stream.Collectors;
import org.safeguard.dsl.model.Condition;
import org.safeguard.dsl.model.Operand;
import org.safeguard.dsl.model.Value;

/** Writes a condition with the fewest parentheses that keep its meaning. */
public final class ConditionPrinter {
  private ConditionPrinter() {}

  public static String print(Condition c) {
    return print(c, 0);
  }

  /** {@code outer}: 0 top or inside or, 1 inside and, 2 inside not. */
  private static String print(Condition c, int outer) {
    if (c instanceof Condition.Or o) {
      String s = o.parts().stream().map(p -> print(p, 0)).collect(Collectors.joining(" or "));
      return outer > 0 ? "(" + s + ")" : s;
    }
    if (c instanceof Condition.And a) {
      String s = a.parts().stream().map(p -> print(p, 1)).collect(Collectors.joining(" and "));
      return outer > 1 ? "(" + s + ")" : s;
    }
    if (c instanceof Condition.Not n) {
      return "not " + print(n.operand(), 2);
    }
    String atom;
    if (c instanceof Condition.Test t) {
      atom = operand(t.field());
    } else if (c instanceof Condition.DeadlinePassed d) {
      atom = "deadline " + d.deadline().name() + " passed";
    } else {
      Condition.Compare cmp = (Condition.Compare) c;
      atom = operand(cmp.left()) + " " + cmp.op().symbol() + " " + value(cmp.right());
    }
    // A comparison under not reads ambiguously without parentheses.
    return outer == 2 && c instanceof Condition.Compare ? "(" + atom + ")" : atom;
  }

  public static String operand(Operand o) {
    if (o instanceof Operand.Field f) {
      return f.path() + f.instrument().map(i -> " of " + i.name()).orElse("");
    }
    if (o instanceof Operand.MissingEpisodes m) {
      return "missing episodes" + m.window().map(w -> " in last " + w).orElse("");
    }
    if (o instanceof Operand.ActionsOverdue) {
      return "actions overdue";
    }
    if (o instanceof Operand.DeadlinesPassed) {
      return "deadlines passed";
    }
    return "time since " + operand(((Operand.TimeSince) o).field());
  }

  public static String value(Value v) {
    if (v instanceof Value.NumberValue n) {
      return n.text();
    }
    if (v instanceof Value.NameValue n) {
      return n.name();
    }
    if (v instanceof Value.TextValue t) {
      return Printer.quote(t.text());
    }
    return ((Value.TimeValue) v).amount().toString();
  }
}
