package org.safeguard.dsl.model;

import java.util.List;

/**
 * A condition over one case: comparisons joined by {@code and}, {@code or} and {@code not}.
 *
 * <p>Invariants after a clean check: every field is in the catalogue, every value has the
 * operand's type and every name is in the vocabulary, and the condition can be true for some
 * case. All implementations are immutable records and thread-safe.
 */
public sealed interface Condition {

  /** Where the condition was written. */
  Span span();

  /** True when every part is true. At least two parts. */
  record And(List<Condition> parts, Span span) implements Condition {
    public And {
      parts = List.copyOf(parts);
    }
  }

  /** True when any part is true. At least two parts. */
  record Or(List<Condition> parts, Span span) implements Condition {
    public Or {
      parts = List.copyOf(parts);
    }
  }

  /** True when the operand is false. */
  record Not(Condition operand, Span span) implements Condition {}

  /** {@code left op right}, e.g. {@code case.category >= 2}. */
  record Compare(Operand left, Op op, Value right, Span span) implements Condition {}

  /** A yes/no field on its own, e.g. {@code child.looked-after}. */
  record Test(Operand.Field field, Span span) implements Condition {}

  /** {@code deadline ID passed}: the named deadline is due and not met. */
  record DeadlinePassed(Ref deadline, Span span) implements Condition {}

  /** Comparison operators, with the symbol the canonical text uses. */
  enum Op {
    EQ("="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    HAS("has");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    /** Whether the operator needs its operand's values to be ordered. */
    public boolean ordering() {
      return this == LT || this == LE || this == GT || this == GE;
    }

    /** The operator that holds exactly when this one does not. */
    public Op negate() {
      return switch (this) {
        case EQ -> NE;
        case NE -> EQ;
        case LT -> GE;
        case LE -> GT;
        case GT -> LE;
        case GE -> LT;
        case HAS -> HAS;
      };
    }
  }
}
