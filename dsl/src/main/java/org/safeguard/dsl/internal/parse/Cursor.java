package org.safeguard.dsl.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.safeguard.dsl.internal.Message;
import org.safeguard.dsl.internal.Reporter;
import org.safeguard.dsl.internal.lex.Token;
import org.safeguard.dsl.model.Ref;
import org.safeguard.dsl.model.Span;
import org.safeguard.dsl.model.TimeAmount;

/**
 * Reads the tokens of one statement. The {@code expect} methods report what was expected and
 * abort the statement; a line on which the lexer already reported a problem aborts silently, so
 * one mistake gives one message.
 */
final class Cursor {
  private final String file;
  private final Line line;
  private final Reporter reporter;
  private int pos;

  Cursor(String file, Line line, Reporter reporter) {
    this.file = file;
    this.line = line;
    this.reporter = reporter;
  }

  boolean atEnd() {
    return pos >= line.tokens.size();
  }

  Token peek() {
    return atEnd() ? null : line.tokens.get(pos);
  }

  Token peek(int ahead) {
    int i = pos + ahead;
    return i < line.tokens.size() ? line.tokens.get(i) : null;
  }

  Token next() {
    return line.tokens.get(pos++);
  }

  Token last() {
    return line.tokens.get(Math.max(0, pos - 1));
  }

  int position() {
    return pos;
  }

  boolean peekWord(String word) {
    Token t = peek();
    return t != null && t.kind() == Token.Kind.WORD && t.text().equals(word);
  }

  boolean peekKind(Token.Kind kind) {
    Token t = peek();
    return t != null && t.kind() == kind;
  }

  boolean acceptWord(String word) {
    if (peekWord(word)) {
      pos++;
      return true;
    }
    return false;
  }

  boolean accept(Token.Kind kind) {
    if (peekKind(kind)) {
      pos++;
      return true;
    }
    return false;
  }

  Token expectWord(String word) {
    if (!peekWord(word)) {
      throw expected("'" + word + "'");
    }
    return next();
  }

  Token expect(Token.Kind kind, String what) {
    if (!peekKind(kind)) {
      throw expected(what);
    }
    return next();
  }

  Ref expectRef(String what) {
    Token t = expect(Token.Kind.WORD, what);
    return new Ref(t.text(), span(t));
  }

  String expectString(String what) {
    return expect(Token.Kind.STRING, what).text();
  }

  /** One name, then more after commas. */
  List<Ref> expectRefs(String what) {
    List<Ref> refs = new ArrayList<>();
    refs.add(expectRef(what));
    while (accept(Token.Kind.COMMA)) {
      refs.add(expectRef(what));
    }
    return refs;
  }

  /**
   * A number and a unit from {@code allowed}; {@code where} says where, for messages
   * ("in a deadline").
   */
  TimeAmount expectAmount(Set<TimeAmount.Unit> allowed, String where, boolean positive) {
    Token number = expect(Token.Kind.NUMBER, "a number");
    return unitAfter(number, allowed, where, positive);
  }

  /** The unit after a number already read; {@code 1} is implied when the caller read no number. */
  TimeAmount unitAfter(Token number, Set<TimeAmount.Unit> allowed, String where, boolean positive) {
    Token unitStart = peek();
    TimeAmount.Unit unit = unit();
    if (unit == null) {
      fail(Message.MISSING_UNIT, span(number), number.text());
    }
    Span whole = span(number).to(span(last()));
    if (!allowed.contains(unit)) {
      List<String> words = allowed.stream().map(u -> u.word(2)).toList();
      fail(Message.UNIT_NOT_ALLOWED, span(unitStart).to(span(last())), "'" + unit.word(2) + "'", where,
          String.join(", ", words));
    }
    int amount = (int) number.number();
    if (positive && amount == 0) {
      fail(Message.ZERO_DURATION, whole, "0 " + unit.word(0), where);
    }
    return new TimeAmount(amount, unit, whole);
  }

  /** Reads a unit word if one is next; null otherwise. */
  TimeAmount.Unit unit() {
    Token t = peek();
    if (t == null || t.kind() != Token.Kind.WORD) {
      return null;
    }
    switch (t.text()) {
      case "hour", "hours" -> { pos++; return TimeAmount.Unit.HOURS; }
      case "day", "days" -> { pos++; return TimeAmount.Unit.DAYS; }
      case "week", "weeks" -> { pos++; return TimeAmount.Unit.WEEKS; }
      case "month", "months" -> { pos++; return TimeAmount.Unit.MONTHS; }
      case "year", "years" -> { pos++; return TimeAmount.Unit.YEARS; }
      case "working" -> {
        Token d = peek(1);
        if (d != null && d.kind() == Token.Kind.WORD && (d.text().equals("day") || d.text().equals("days"))) {
          pos += 2;
          return TimeAmount.Unit.WORKING_DAYS;
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  void expectEnd() {
    if (!atEnd()) {
      Token t = peek();
      fail(Message.TRAILING, span(t), t.describe());
    }
  }

  ParseAbort expected(String what) {
    Token t = peek();
    String found = t == null ? "the end of the line" : t.describe();
    Span at = t == null ? endSpan() : span(t);
    return fail(Message.EXPECTED, at, what, found);
  }

  ParseAbort fail(Message message, Span span, Object... args) {
    report(message, span, args);
    throw ParseAbort.INSTANCE;
  }

  void report(Message message, Span span, Object... args) {
    if (!line.problem) {
      reporter.report(message, span, args);
    }
  }

  void reportHint(Message message, Span span, String hint, Object... args) {
    if (!line.problem) {
      reporter.reportHint(message, span, hint, args);
    }
  }

  Span span(Token t) {
    return new Span(file, t.offset(), t.length());
  }

  /** From {@code first} to the last token read. */
  Span spanFrom(Token first) {
    Token end = pos > 0 ? line.tokens.get(pos - 1) : first;
    int e = Math.max(first.end(), end.end());
    return new Span(file, first.offset(), e - first.offset());
  }

  Span endSpan() {
    if (line.tokens.isEmpty()) {
      return new Span(file, line.offset, 0);
    }
    Token t = line.tokens.get(line.tokens.size() - 1);
    return new Span(file, t.end(), 0);
  }

  Span lineSpan() {
    if (line.tokens.isEmpty()) {
      return new Span(file, line.offset, 0);
    }
    Token first = line.tokens.get(0);
    Token lastToken = line.tokens.get(line.tokens.size() - 1);
    return new Span(file, first.offset(), lastToken.end() - first.offset());
  }
}
