package org.safeguard.dsl.internal.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.safeguard.dsl.Limits;
import org.safeguard.dsl.internal.Message;
import org.safeguard.dsl.internal.lex.Token;
import org.safeguard.dsl.model.Condition;
import org.safeguard.dsl.model.Operand;
import org.safeguard.dsl.model.Ref;
import org.safeguard.dsl.model.Span;
import org.safeguard.dsl.model.TimeAmount;
import org.safeguard.dsl.model.TimeAmount.Unit;
import org.safeguard.dsl.model.Value;

/**
 * Reads a condition: {@code or} binds loosest, then {@code and}, then {@code not}; parentheses
 * group. Stops at the first token that cannot continue the condition, so a caller can read
 * clauses after it. Nesting of parentheses and {@code not} is bounded by the nesting limit.
 */
final class ConditionParser {
  private final Cursor c;
  private final Limits limits;

  ConditionParser(Cursor cursor, Limits limits) {
    this.c = cursor;
    this.limits = limits;
  }

  Condition condition() {
    return or(0);
  }

  private Condition or(int depth) {
    Condition first = and(depth);
    if (!c.peekWord("or")) {
      return first;
    }
    List<Condition> parts = new ArrayList<>(List.of(first));
    while (c.acceptWord("or")) {
      parts.add(and(depth));
    }
    return new Condition.Or(parts, first.span().to(parts.get(parts.size() - 1).span()));
  }

  private Condition and(int depth) {
    Condition first = unary(depth);
    if (!c.peekWord("and")) {
      return first;
    }
    List<Condition> parts = new ArrayList<>(List.of(first));
    while (c.acceptWord("and")) {
      parts.add(unary(depth));
    }
    return new Condition.And(parts, first.span().to(parts.get(parts.size() - 1).span()));
  }

  private Condition unary(int depth) {
    Token t = c.peek();
    if (t == null) {
      throw c.expected("a condition");
    }
    if (depth >= limits.maxNesting()) {
      c.fail(Message.NESTING_TOO_DEEP, c.span(t), limits.maxNesting());
    }
    if (c.acceptWord("not")) {
      Condition inner = unary(depth + 1);
      return new Condition.Not(inner, c.span(t).to(inner.span()));
    }
    if (c.accept(Token.Kind.LPAREN)) {
      Condition inner = or(depth + 1);
      if (!c.accept(Token.Kind.RPAREN)) {
        if (c.atEnd()) {
          c.fail(Message.UNCLOSED_PAREN, c.span(t));
        }
        throw c.expected("')'");
      }
      return inner;
    }
    return atom();
  }

  private Condition atom() {
    Token start = c.peek();
    if (c.acceptWord("deadline")) {
      Ref id = c.expectRef("a deadline id");
      c.expectWord("passed");
      return new Condition.DeadlinePassed(id, c.spanFrom(start));
    }
    Operand left = operand();
    Condition.Op op = operator();
    if (op == null) {
      if (left instanceof Operand.Field f) {
        return new Condition.Test(f, f.span());
      }
      throw c.expected("a comparison such as >= 3");
    }
    Value right = value(left);
    return new Condition.Compare(left, op, right, c.spanFrom(start));
  }

  private Operand operand() {
    Token start = c.peek();
    if (start.kind() != Token.Kind.WORD) {
      throw c.expected("a condition");
    }
    switch (start.text()) {
      case "missing" -> {
        c.next();
        c.expectWord("episodes");
        Optional<TimeAmount> window = Optional.empty();
        if (c.acceptWord("in")) {
          c.expectWord("last");
          window = Optional.of(c.expectAmount(EnumSet.of(Unit.HOURS, Unit.DAYS, Unit.WEEKS, Unit.MONTHS),
              "for a window of missing episodes", true));
        }
        return new Operand.MissingEpisodes(window, c.spanFrom(start));
      }
      case "actions" -> {
        c.next();
        c.expectWord("overdue");
        return new Operand.ActionsOverdue(c.spanFrom(start));
      }
      case "deadlines" -> {
        c.next();
        c.expectWord("passed");
        return new Operand.DeadlinesPassed(c.spanFrom(start));
      }
      case "time" -> {
        c.next();
        c.expectWord("since");
        Operand.Field f = field();
        return new Operand.TimeSince(f, c.spanFrom(start));
      }
      default -> {
        return field();
      }
    }
  }

  private Operand.Field field() {
    Token t = c.expect(Token.Kind.WORD, "a field such as case.status");
    Optional<Ref> instrument = Optional.empty();
    if (c.acceptWord("of")) {
      instrument = Optional.of(c.expectRef("an instrument id"));
    }
    return new Operand.Field(t.text(), instrument, c.spanFrom(t));
  }

  private Condition.Op operator() {
    Token t = c.peek();
    if (t == null) {
      return null;
    }
    if (t.kind() == Token.Kind.OP) {
      c.next();
      return switch (t.text()) {
        case "=" -> Condition.Op.EQ;
        case "!=" -> Condition.Op.NE;
        case "<" -> Condition.Op.LT;
        case "<=" -> Condition.Op.LE;
        case ">" -> Condition.Op.GT;
        default -> Condition.Op.GE;
      };
    }
    if (c.acceptWord("is")) {
      return c.acceptWord("not") ? Condition.Op.NE : Condition.Op.EQ;
    }
    if (c.acceptWord("has")) {
      return Condition.Op.HAS;
    }
    return null;
  }

  private Value value(Operand left) {
    Token t = c.peek();
    if (t == null) {
      throw c.expected("a value");
    }
    switch (t.kind()) {
      case NUMBER -> {
        c.next();
        Unit unit = c.unit();
        if (unit == null && left instanceof Operand.TimeSince) {
          c.fail(Message.MISSING_UNIT, c.span(t), t.text());
        }
        if (unit != null) {
          Span span = c.spanFrom(t);
          return new Value.TimeValue(new TimeAmount((int) t.number(), unit, span), span);
        }
        return new Value.NumberValue(t.number(), t.text(), c.span(t));
      }
      case WORD -> {
        c.next();
        return new Value.NameValue(t.text(), c.span(t));
      }
      case STRING -> {
        c.next();
        return new Value.TextValue(t.text(), c.span(t));
      }
      default -> throw c.expected("a value");
    }
  }
}
