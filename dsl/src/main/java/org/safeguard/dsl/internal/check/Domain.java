package org.safeguard.dsl.internal.check;

import java.util.HashSet;
import java.util.Set;
import org.safeguard.dsl.model.Condition;

/** The values one variable can still take after some constraints; empty means they conflict. */
final class Domain {
  private static final long SMALL = 4096;

  private long lo;
  private long hi;
  private final Set<Long> holes = new HashSet<>();
  private final Set<String> universe;
  private String eq;
  private final Set<String> ne = new HashSet<>();
  private boolean conflict;

  Domain(Atom first) {
    this.lo = first.min();
    this.hi = first.max();
    this.universe = first.universe();
  }

  void apply(Atom a, boolean positive) {
    Condition.Op op = positive ? a.op() : a.op().negate();
    if (a.interval()) {
      long v = a.number();
      switch (op) {
        case EQ -> { lo = Math.max(lo, v); hi = Math.min(hi, v); }
        case NE -> holes.add(v);
        case LT -> hi = Math.min(hi, v == Long.MIN_VALUE ? v : v - 1);
        case LE -> hi = Math.min(hi, v);
        case GT -> lo = Math.max(lo, v == Long.MAX_VALUE ? v : v + 1);
        case GE -> lo = Math.max(lo, v);
        default -> { }
      }
    } else if (op == Condition.Op.EQ) {
      if (eq != null && !eq.equals(a.name())) {
        conflict = true;
      }
      eq = a.name();
    } else if (op == Condition.Op.NE) {
      ne.add(a.name());
    }
  }

  boolean empty() {
    if (conflict || lo > hi) {
      return true;
    }
    if (!holes.isEmpty() && hi - lo < SMALL) {
      boolean all = true;
      for (long v = lo; v <= hi && all; v++) {
        all = holes.contains(v);
      }
      if (all) {
        return true;
      }
    }
    if (eq != null) {
      return ne.contains(eq) || (universe != null && !universe.contains(eq));
    }
    return universe != null && !universe.isEmpty() && ne.containsAll(universe);
  }
}
