package org.safeguard.dsl.internal.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguard.dsl.internal.Message;
import org.safeguard.dsl.internal.Reporter;
import org.safeguard.dsl.model.Condition;

/**
 * Finds comparisons that can never hold and conditions that can never be true, by expanding the
 * condition into alternatives of plain comparisons (bounded, so a huge condition is simply not
 * analysed) and intersecting what each alternative allows for each variable.
 */
final class Satisfiability {
  private static final int MAX_TERMS = 256;

  private record Lit(Atom atom, boolean positive) {}

  private final Reporter reporter;
  private final Map<Condition, Atom> atoms;
  private final Map<Condition, Boolean> reported = new IdentityHashMap<>();

  Satisfiability(Reporter reporter, Map<Condition, Atom> atoms) {
    this.reporter = reporter;
    this.atoms = atoms;
  }

  void check(Condition condition) {
    List<List<Lit>> terms = dnf(condition, true);
    if (!reported.isEmpty() || terms == null) {
      return;
    }
    List<Lit> conflict = null;
    for (List<Lit> term : terms) {
      List<Lit> c = conflict(term);
      if (c == null) {
        return;
      }
      if (conflict == null) {
        conflict = c;
      }
    }
    List<String> parts = new ArrayList<>();
    for (Lit l : conflict) {
      String text = reporter.text(l.atom().source().span());
      parts.add("'" + (l.positive() ? text : "not " + text) + "'");
    }
    String hint = parts.size() == 1
        ? parts.get(0) + " can never hold"
        : String.join(" and ", parts) + " cannot all hold";
    reporter.reportHint(Message.CONTRADICTION, condition.span(), hint);
  }

  /** The literals of a term that conflict, or null when the term can hold. */
  private static List<Lit> conflict(List<Lit> term) {
    Map<String, List<Lit>> byKey = new LinkedHashMap<>();
    for (Lit l : term) {
      byKey.computeIfAbsent(l.atom().key(), k -> new ArrayList<>()).add(l);
    }
    for (List<Lit> lits : byKey.values()) {
      Domain d = new Domain(lits.get(0).atom());
      for (Lit l : lits) {
        d.apply(l.atom(), l.positive());
      }
      if (d.empty()) {
        return lits;
      }
    }
    return null;
  }

  private List<List<Lit>> dnf(Condition c, boolean positive) {
    if (c instanceof Condition.Not n) {
      return dnf(n.operand(), !positive);
    }
    if (c instanceof Condition.And a) {
      return positive ? product(a.parts(), true) : union(a.parts(), false);
    }
    if (c instanceof Condition.Or o) {
      return positive ? union(o.parts(), true) : product(o.parts(), false);
    }
    Atom atom = atoms.get(c);
    List<List<Lit>> out = new ArrayList<>();
    if (atom == null) {
      out.add(List.of());
      return out;
    }
    Lit lit = new Lit(atom, positive);
    if (positive && conflict(List.of(lit)) != null && !reported.containsKey(c)) {
      reported.put(c, true);
      reporter.report(Message.UNREACHABLE, c.span(), "'" + reporter.text(c.span()) + "'", atom.range());
    }
    out.add(List.of(lit));
    return out;
  }

  private List<List<Lit>> union(List<Condition> parts, boolean positive) {
    List<List<Lit>> out = new ArrayList<>();
    for (Condition p : parts) {
      List<List<Lit>> d = dnf(p, positive);
      if (d == null || out.size() + d.size() > MAX_TERMS) {
        return null;
      }
      out.addAll(d);
    }
    return out;
  }

  private List<List<Lit>> product(List<Condition> parts, boolean positive) {
    List<List<Lit>> out = new ArrayList<>();
    out.add(List.of());
    for (Condition p : parts) {
      List<List<Lit>> d = dnf(p, positive);
      if (d == null || (long) out.size() * d.size() > MAX_TERMS) {
        return null;
      }
      List<List<Lit>> next = new ArrayList<>();
      for (List<Lit> left : out) {
        for (List<Lit> right : d) {
          List<Lit> term = new ArrayList<>(left);
          term.addAll(right);
          next.add(term);
        }
      }
      out = next;
    }
    return out;
  }
}
