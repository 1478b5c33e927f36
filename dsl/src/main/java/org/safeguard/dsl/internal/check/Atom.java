package org.safeguard.dsl.internal.check;

import java.util.Set;
import org.safeguard.dsl.model.Condition;

/**
 * A well-typed comparison reduced to a constraint on one variable, for finding conditions that
 * can never hold. Interval atoms constrain a whole number (or an ordinal position) within
 * {@code min..max}; set atoms constrain a name drawn from {@code universe} (null when the
 * possible names are not known).
 */
record Atom(Condition source, String key, String range, boolean interval, long min, long max,
    Set<String> universe, Condition.Op op, long number, String name) {

  static Atom interval(Condition source, String key, String range, long min, long max, Condition.Op op, long number) {
    return new Atom(source, key, range, true, min, max, null, op, number, null);
  }

  static Atom set(Condition source, String key, Set<String> universe, Condition.Op op, String name) {
    return new Atom(source, key, "", false, 0, 0, universe, op, 0, name);
  }

  static Atom yes(Condition source, String key) {
    return set(source, key, Set.of("yes", "no"), Condition.Op.EQ, "yes");
  }
}
