package org.safeguard.dsl.internal.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.safeguard.dsl.internal.Message;
import org.safeguard.dsl.internal.lex.Token;
import org.safeguard.dsl.model.Condition;
import org.safeguard.dsl.model.Ref;
import org.safeguard.dsl.model.Rule;
import org.safeguard.dsl.model.RuleAction;
import org.safeguard.dsl.model.Span;
import org.safeguard.dsl.model.TimeAmount;
import org.safeguard.dsl.model.TimeAmount.Unit;

/**
 * Reads a {@code rule} block: one {@code when} (whose condition may continue on lines indented
 * under it) and actions, each optionally introduced by {@code then}.
 */
final class RuleParser {
  private static final List<String> RULE = List.of("when", "then", "notify", "add", "create", "raise");
  private static final List<String> ACTIONS = List.of("notify", "add", "create", "raise");

  private final Parser p;
  private Condition when;
  private boolean sawWhen;
  private boolean sawAction;
  private final List<RuleAction> actions = new ArrayList<>();

  RuleParser(Parser parser) {
    this.p = parser;
  }

  Rule rule(Cursor c, Line line) {
    c.next();
    Ref id = c.expectRef("the rule id");
    String title = c.expectString("the rule's title in quotes");
    c.expectEnd();
    Span span = c.lineSpan();
    p.block(line, "in a rule", RULE, this::statement);
    if (!sawWhen) {
      p.reporter.report(Message.MISSING_CLAUSE, span, "rule '" + id.name() + "'", "'when'", "when CONDITION");
    }
    if (!sawAction && sawWhen) {
      p.reporter.report(Message.MISSING_CLAUSE, span, "rule '" + id.name() + "'", "action",
          "then notify ROLE within 24 hours");
    }
    return new Rule(id.name(), title, when, actions, span);
  }

  private void statement(String kw, Cursor c, Line line) {
    if (kw.equals("when")) {
      Line joined = joined(line);
      Cursor jc = new Cursor(p.file, joined, p.reporter);
      Token first = jc.next();
      if (sawWhen) {
        jc.fail(Message.DUPLICATE_CLAUSE, jc.span(first), "'when'");
      }
      sawWhen = true;
      Condition cond = new ConditionParser(jc, p.limits).condition();
      jc.expectEnd();
      when = cond;
      return;
    }
    if (kw.equals("then")) {
      c.next();
      if (c.atEnd()) {
        p.block(line, "after then", ACTIONS, (k, cc, l) -> actions.add(action(cc, l)));
        return;
      }
      Token t = c.peek();
      if (t.kind() != Token.Kind.WORD || !ACTIONS.contains(t.text())) {
        throw c.expected("an action: " + String.join(", ", ACTIONS));
      }
    }
    actions.add(action(c, line));
  }

  /** The when line and every line under it, read as one condition. */
  static Line joined(Line line) {
    List<Token> tokens = new ArrayList<>(line.tokens);
    boolean problem = line.problem;
    Deque<Line> todo = new ArrayDeque<>();
    for (int i = line.children.size() - 1; i >= 0; i--) {
      todo.push(line.children.get(i));
    }
    while (!todo.isEmpty()) {
      Line l = todo.pop();
      tokens.addAll(l.tokens);
      problem |= l.problem || l.skipped;
      for (int i = l.children.size() - 1; i >= 0; i--) {
        todo.push(l.children.get(i));
      }
    }
    return new Line(line.offset, tokens, problem, false);
  }

  private RuleAction action(Cursor c, Line line) {
    // Counted before parsing, so an action with a mistake is not also reported as missing.
    sawAction = true;
    p.leaf(line);
    Token first = c.next();
    switch (first.text()) {
      case "notify" -> {
        Ref role = c.expectRef("a role id");
        Optional<TimeAmount> within = Optional.empty();
        if (c.acceptWord("within")) {
          within = Optional.of(c.expectAmount(EnumSet.of(Unit.HOURS, Unit.DAYS, Unit.WORKING_DAYS),
              "for a notification", true));
        }
        c.expectEnd();
        return new RuleAction.Notify(role, within, c.spanFrom(first));
      }
      case "add" -> {
        c.expectWord("case");
        c.expectWord("to");
        c.expectWord("next");
        Ref meeting = c.expectRef("a meeting type id");
        c.expectEnd();
        return new RuleAction.AddToNextMeeting(meeting, c.spanFrom(first));
      }
      case "create" -> {
        c.expectWord("action");
        String text = c.expectString("the action's description in quotes");
        c.expectWord("for");
        Ref owner = c.expectRef("a role or agency id");
        c.expectWord("due");
        if (!c.acceptWord("in")) {
          c.expectWord("within");
        }
        TimeAmount due = c.expectAmount(EnumSet.of(Unit.HOURS, Unit.DAYS, Unit.WORKING_DAYS, Unit.WEEKS),
            "for an action's due time", true);
        c.expectEnd();
        return new RuleAction.CreateAction(text, owner, due, c.spanFrom(first));
      }
      case "raise" -> {
        c.expectWord("priority");
        Optional<Ref> to = Optional.empty();
        if (c.acceptWord("to")) {
          to = Optional.of(c.expectRef("'high' or 'urgent'"));
        }
        c.expectEnd();
        return new RuleAction.RaisePriority(to, c.spanFrom(first));
      }
      default -> throw c.expected("an action: " + String.join(", ", ACTIONS));
    }
  }
}
