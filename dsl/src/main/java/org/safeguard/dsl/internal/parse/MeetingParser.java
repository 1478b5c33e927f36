package org.safeguard.dsl.internal.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.safeguard.dsl.internal.Message;
import org.safeguard.dsl.internal.lex.Token;
import org.safeguard.dsl.model.AgendaEntry;
import org.safeguard.dsl.model.Cadence;
import org.safeguard.dsl.model.CaseFilter;
import org.safeguard.dsl.model.Condition;
import org.safeguard.dsl.model.MeetingType;
import org.safeguard.dsl.model.Operand;
import org.safeguard.dsl.model.Quorum;
import org.safeguard.dsl.model.Ref;
import org.safeguard.dsl.model.Span;
import org.safeguard.dsl.model.TemplateRef;
import org.safeguard.dsl.model.TimeAmount;
import org.safeguard.dsl.model.TimeAmount.Unit;
import org.safeguard.dsl.model.Value;

/** Reads a {@code meeting} block: its settings and its agenda. */
final class MeetingParser {
  private static final List<String> MEETING = List.of("purpose", "every", "at", "chaired", "vice", "must",
      "invited", "quorum", "agenda", "minutes", "template", "confidentiality", "admits", "part", "section", "item");
  private static final List<String> AGENDA = List.of("section", "item", "part");
  private static final EnumSet<Unit> PAPER_UNITS = EnumSet.of(Unit.HOURS, Unit.DAYS, Unit.WORKING_DAYS, Unit.WEEKS);
  private static final EnumSet<Unit> CADENCE_UNITS = EnumSet.of(Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS);

  private final Parser p;

  private Optional<String> purpose = Optional.empty();
  private Optional<Cadence> cadence = Optional.empty();
  private final List<Ref> chairs = new ArrayList<>();
  private Optional<Ref> vice = Optional.empty();
  private final List<Ref> must = new ArrayList<>();
  private final List<Ref> invited = new ArrayList<>();
  private Optional<Quorum> quorum = Optional.empty();
  private Optional<TimeAmount> agenda = Optional.empty();
  private Optional<TimeAmount> minutes = Optional.empty();
  private final List<TemplateRef> templates = new ArrayList<>();
  private Optional<String> notice = Optional.empty();
  private final List<AgendaEntry> entries = new ArrayList<>();
  private Optional<Condition> admits = Optional.empty();

  MeetingParser(Parser parser) {
    this.p = parser;
  }

  MeetingType meeting(Cursor c, Line line) {
    c.next();
    Ref id = c.expectRef("the meeting type id");
    String name = c.expectString("the meeting's display name in quotes");
    c.expectEnd();
    Span span = c.lineSpan();
    p.block(line, "in a meeting block", MEETING, this::setting);
    return new MeetingType(id.name(), name, purpose, cadence, chairs, vice, must, invited, quorum, agenda, minutes,
        templates, notice, entries, admits, span);
  }

  private void setting(String kw, Cursor c, Line line) {
    if (AGENDA.contains(kw)) {
      entries.add(entry(kw, c, line, true));
      return;
    }
    if (kw.equals("admits")) {
      // admits case when CONDITION: the condition may go on over the lines indented under it
      Cursor jc = new Cursor(p.file, RuleParser.joined(line), p.reporter);
      Token first = jc.next();
      jc.expectWord("case");
      jc.expectWord("when");
      Condition cond = new ConditionParser(jc, p.limits).condition();
      jc.expectEnd();
      p.once(jc, first, admits.isEmpty(), "admits case when");
      admits = Optional.of(cond);
      return;
    }
    p.leaf(line);
    Token first = c.peek();
    switch (kw) {
      case "purpose" -> {
        c.next();
        String text = c.expectString("the purpose in quotes");
        c.expectEnd();
        p.once(c, first, purpose.isEmpty(), "purpose");
        purpose = Optional.of(text);
      }
      case "every", "at" -> {
        Cadence value = cadence(c);
        if (cadence.isPresent()) {
          // "every month" and "at most 6 weeks apart" may be given on separate lines.
          Cadence old = cadence.get();
          p.once(c, first, old.every().isEmpty() || value.every().isEmpty(), "every");
          p.once(c, first, old.atMostApart().isEmpty() || value.atMostApart().isEmpty(), "at most");
          value = new Cadence(old.every().or(value::every), old.atMostApart().or(value::atMostApart), old.span());
        }
        cadence = Optional.of(value);
      }
      case "chaired" -> {
        c.next();
        c.expectWord("by");
        List<Ref> refs = c.expectRefs("a role id");
        c.expectEnd();
        p.once(c, first, chairs.isEmpty(), "chaired by");
        chairs.addAll(refs);
      }
      case "vice" -> {
        c.next();
        c.expectWord("chair");
        Ref r = c.expectRef("a role id");
        c.expectEnd();
        p.once(c, first, vice.isEmpty(), "vice chair");
        vice = Optional.of(r);
      }
      case "must" -> {
        c.next();
        c.expectWord("attend");
        must.addAll(c.expectRefs("an agency, role or participant"));
        c.expectEnd();
      }
      case "invited" -> {
        c.next();
        invited.addAll(c.expectRefs("an agency, role or participant"));
        c.expectEnd();
      }
      case "quorum" -> {
        Quorum q = quorum(c);
        p.once(c, first, quorum.isEmpty(), "quorum");
        quorum = Optional.of(q);
      }
      case "agenda" -> {
        c.next();
        c.expectWord("sent");
        TimeAmount t = c.expectAmount(PAPER_UNITS, "for sending the agenda", false);
        c.expectWord("before");
        c.expectEnd();
        p.once(c, first, agenda.isEmpty(), "agenda sent");
        agenda = Optional.of(t);
      }
      case "minutes" -> {
        c.next();
        c.expectWord("due");
        TimeAmount t = c.expectAmount(PAPER_UNITS, "for minutes", true);
        c.expectWord("after");
        c.expectEnd();
        p.once(c, first, minutes.isEmpty(), "minutes due");
        minutes = Optional.of(t);
      }
      case "template" -> templates.add(p.template(c, line));
      default -> {
        c.next();
        c.expectWord("notice");
        String text = c.expectString("the notice in quotes");
        c.expectEnd();
        p.once(c, first, notice.isEmpty(), "confidentiality notice");
        notice = Optional.of(text);
      }
    }
  }

  private Cadence cadence(Cursor c) {
    Token start = c.peek();
    Optional<TimeAmount> every = Optional.empty();
    Optional<TimeAmount> atMost = Optional.empty();
    do {
      Token part = c.peek();
      if (c.acceptWord("every")) {
        if (every.isPresent()) {
          c.fail(Message.DUPLICATE_CLAUSE, c.span(part), "'every'");
        }
        if (c.peekKind(Token.Kind.NUMBER)) {
          every = Optional.of(c.expectAmount(CADENCE_UNITS, "for a meeting cadence", true));
        } else {
          Token unitToken = c.peek();
          Unit unit = c.unit();
          if (unit == null) {
            throw c.expected("a number or a unit, e.g. 'every month' or 'every 3 months'");
          }
          if (!CADENCE_UNITS.contains(unit)) {
            c.fail(Message.UNIT_NOT_ALLOWED, c.span(unitToken), "'" + unit.word(2) + "'", "for a meeting cadence",
                "days, weeks, months, years");
          }
          every = Optional.of(new TimeAmount(1, unit, c.span(unitToken).to(c.span(c.last()))));
        }
      } else if (c.acceptWord("at")) {
        c.expectWord("most");
        if (atMost.isPresent()) {
          c.fail(Message.DUPLICATE_CLAUSE, c.span(part), "'at most'");
        }
        atMost = Optional.of(c.expectAmount(CADENCE_UNITS, "for a meeting cadence", true));
        c.expectWord("apart");
      } else {
        throw c.expected("'every' or 'at most'");
      }
    } while (c.accept(Token.Kind.COMMA));
    c.expectEnd();
    return new Cadence(every, atMost, c.spanFrom(start));
  }

  private Quorum quorum(Cursor c) {
    c.next();
    c.expectWord("at");
    c.expectWord("least");
    Token n = c.expect(Token.Kind.NUMBER, "the number of agencies");
    if (!c.acceptWord("agencies") && !c.acceptWord("agency")) {
      throw c.expected("'agencies'");
    }
    List<Ref> including = new ArrayList<>();
    if (c.acceptWord("including")) {
      including.addAll(c.expectRefs("an agency id"));
    }
    c.expectEnd();
    return new Quorum((int) n.number(), including, c.lineSpan());
  }

  private AgendaEntry entry(String kw, Cursor c, Line line, boolean top) {
    Token first = c.next();
    switch (kw) {
      case "part" -> {
        if (!top) {
          c.report(Message.PART_NOT_TOP, c.span(first));
        }
        Token label = c.peek();
        if (label == null || (label.kind() != Token.Kind.NUMBER && label.kind() != Token.Kind.WORD)) {
          throw c.expected("a part number or name");
        }
        c.next();
        String title = c.peekKind(Token.Kind.STRING) ? c.next().text() : "";
        boolean confidential = c.acceptWord("confidential");
        List<Ref> without = new ArrayList<>();
        if (confidential && c.acceptWord("without")) {
          without.addAll(c.expectRefs("who leaves for this part"));
        }
        c.expectEnd();
        Span span = c.lineSpan();
        return new AgendaEntry.Part(label.text(), title, confidential, without, children(line), span);
      }
      case "section" -> {
        String title = c.expectString("the section heading in quotes");
        c.expectEnd();
        Span span = c.lineSpan();
        return new AgendaEntry.Section(title, children(line), span);
      }
      default -> {
        p.leaf(line);
        return item(c);
      }
    }
  }

  private List<AgendaEntry> children(Line line) {
    List<AgendaEntry> out = new ArrayList<>();
    p.block(line, "in an agenda part or section", AGENDA, (kw, c, l) -> out.add(entry(kw, c, l, false)));
    return out;
  }

  private AgendaEntry.Item item(Cursor c) {
    String title = c.expectString("the item's title in quotes");
    Optional<CaseFilter> filter = Optional.empty();
    Optional<AgendaEntry.ActionList> lists = Optional.empty();
    boolean byStrand = false;
    Optional<Ref> template = Optional.empty();
    while (!c.atEnd()) {
      Token t = c.peek();
      if (c.acceptWord("for")) {
        c.expectWord("each");
        c.expectWord("case");
        if (filter.isPresent()) {
          c.fail(Message.DUPLICATE_CLAUSE, c.spanFrom(t), "'for each case'");
        }
        filter = Optional.of(filter(c, t));
      } else if (c.acceptWord("lists")) {
        c.expectWord("actions");
        Token which = c.expect(Token.Kind.WORD, "'due', 'overdue' or 'open'");
        AgendaEntry.ActionList list = switch (which.text()) {
          case "due" -> AgendaEntry.ActionList.DUE;
          case "overdue" -> AgendaEntry.ActionList.OVERDUE;
          case "open" -> AgendaEntry.ActionList.OPEN;
          default -> throw c.fail(Message.EXPECTED, c.span(which), "'due', 'overdue' or 'open'", which.describe());
        };
        if (lists.isPresent()) {
          c.fail(Message.DUPLICATE_CLAUSE, c.spanFrom(t), "'lists actions'");
        }
        lists = Optional.of(list);
        if (c.acceptWord("by")) {
          c.expectWord("strand");
          byStrand = true;
        }
      } else if (c.acceptWord("using")) {
        c.expectWord("template");
        Token name = c.expect(Token.Kind.STRING, "a template name in quotes");
        if (template.isPresent()) {
          c.fail(Message.DUPLICATE_CLAUSE, c.spanFrom(t), "'using template'");
        }
        template = Optional.of(new org.safeguard.dsl.model.Ref(name.text(), c.span(name)));
      } else {
        throw c.expected("'for each case', 'lists actions', 'using template' or the end of the line");
      }
    }
    return new AgendaEntry.Item(title, filter, lists, byStrand, template, c.lineSpan());
  }

  private CaseFilter filter(Cursor c, Token start) {
    if (c.acceptWord("on")) {
      c.expectWord("panel");
      return new CaseFilter(CaseFilter.Kind.ON_PANEL, Optional.empty(), c.spanFrom(start));
    }
    if (c.acceptWord("proposed")) {
      c.expectWord("for");
      c.expectWord("discharge");
      return new CaseFilter(CaseFilter.Kind.PROPOSED_FOR_DISCHARGE, Optional.empty(), c.spanFrom(start));
    }
    if (c.acceptWord("new")) {
      c.expectWord("to");
      c.expectWord("panel");
      return new CaseFilter(CaseFilter.Kind.NEW_TO_PANEL, Optional.empty(), c.spanFrom(start));
    }
    if (c.peekWord("with")) {
      Token with = c.next();
      Token what = c.expect(Token.Kind.WORD, "'band' or 'level'");
      if (!what.text().equals("band") && !what.text().equals("level")) {
        c.fail(Message.EXPECTED, c.span(what), "'band' or 'level'", what.describe());
      }
      Token name = c.expect(Token.Kind.WORD, "a " + what.text() + " name");
      Span span = c.spanFrom(with);
      Operand.Field field = new Operand.Field("case." + what.text(), Optional.empty(), c.span(what));
      Condition cond = new Condition.Compare(field, Condition.Op.EQ, new Value.NameValue(name.text(), c.span(name)), span);
      return new CaseFilter(CaseFilter.Kind.WHERE, Optional.of(cond), c.spanFrom(start));
    }
    if (c.acceptWord("where")) {
      Condition cond = new ConditionParser(c, p.limits).condition();
      return new CaseFilter(CaseFilter.Kind.WHERE, Optional.of(cond), c.spanFrom(start));
    }
    throw c.expected("'on panel', 'proposed for discharge', 'new to panel', 'with band', 'with level' or 'where'");
  }
}
