package org.safeguard.dsl.internal.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.safeguard.dsl.Limits;
import org.safeguard.dsl.internal.Message;
import org.safeguard.dsl.internal.Reporter;
import org.safeguard.dsl.internal.Suggest;
import org.safeguard.dsl.internal.lex.LexedLine;
import org.safeguard.dsl.internal.lex.Lexer;
import org.safeguard.dsl.internal.lex.Token;
import org.safeguard.dsl.model.Agency;
import org.safeguard.dsl.model.CalendarSpec;
import org.safeguard.dsl.model.Condition;
import org.safeguard.dsl.model.Deadline;
import org.safeguard.dsl.model.MetBy;
import org.safeguard.dsl.model.Holiday;
import org.safeguard.dsl.model.Ref;
import org.safeguard.dsl.model.Retention;
import org.safeguard.dsl.model.Role;
import org.safeguard.dsl.model.Span;
import org.safeguard.dsl.model.TemplateRef;
import org.safeguard.dsl.model.TimeAmount;
import org.safeguard.dsl.model.TimeAmount.Unit;

/**
 * Reads one file into its statements. Each statement is a line (with the lines indented under
 * it); a statement with a problem is reported and skipped with its block, and parsing goes on
 * with the next line, so one run reports every syntax problem it can.
 */
public final class Parser {
  static final List<String> TOP = List.of("area", "agency", "role", "meeting", "template", "deadline",
      "rule", "keep", "include");

  final String file;
  final Reporter reporter;
  final Limits limits;
  private final List<Object> decls = new ArrayList<>();

  /** A statement handler for one line of a block. */
  @FunctionalInterface
  interface Handler {
    void handle(String keyword, Cursor cursor, Line line);
  }

  Parser(String file, Reporter reporter, Limits limits) {
    this.file = file;
    this.reporter = reporter;
    this.limits = limits;
  }

  /** Lexes and parses {@code text}; problems go to {@code reporter}. */
  public static ParsedFile parse(String file, String text, Reporter reporter, Limits limits) {
    List<LexedLine> lexed = new Lexer(file, text, reporter, limits).lex();
    List<Line> roots = LineTree.build(file, lexed, reporter, limits);
    Parser p = new Parser(file, reporter, limits);
    Line root = new Line(0, List.of(), false, false);
    root.children.addAll(roots);
    p.block(root, "at the top level", TOP, p::topLevel);
    return new ParsedFile(file, List.copyOf(p.decls));
  }

  /** Parses each line under {@code parent} with {@code handler} if it starts with a keyword. */
  void block(Line parent, String where, List<String> keywords, Handler handler) {
    for (Line child : parent.children) {
      if (child.skipped || child.tokens.isEmpty()) {
        continue;
      }
      Cursor c = new Cursor(file, child, reporter);
      Token first = c.peek();
      if (first.kind() != Token.Kind.WORD || !keywords.contains(first.text())) {
        if (child.problem || reporter.saturated()) {
          reporter.count(Message.UNKNOWN_STATEMENT, child.problem);
          continue;
        }
        String shown = first.kind() == Token.Kind.WORD ? "'" + first.text() + "'" : first.describe();
        String hint = first.kind() == Token.Kind.WORD
            ? Suggest.hint(first.text(), keywords, Message.UNKNOWN_STATEMENT.hint("", "", String.join(", ", keywords)))
            : Message.UNKNOWN_STATEMENT.hint("", "", String.join(", ", keywords));
        c.reportHint(Message.UNKNOWN_STATEMENT, c.span(first), hint, shown, where);
        continue;
      }
      try {
        handler.handle(first.text(), c, child);
      } catch (ParseAbort reported) {
        // The statement's problem is reported; go on with the next line.
      }
    }
  }

  /** Reports lines indented under a statement that takes no block. */
  void leaf(Line line) {
    if (!line.children.isEmpty()) {
      Line child = line.children.get(0);
      if (!child.problem && !child.tokens.isEmpty()) {
        Token t = child.tokens.get(0);
        reporter.report(Message.UNEXPECTED_INDENT, new Span(file, t.offset(), t.length()));
      }
    }
  }

  private void topLevel(String keyword, Cursor c, Line line) {
    switch (keyword) {
      case "include" -> include(c, line);
      case "area" -> area(c, line);
      case "agency" -> agency(c, line);
      case "role" -> decls.add(role(c, line));
      case "meeting" -> decls.add(new MeetingParser(this).meeting(c, line));
      case "template" -> decls.add(template(c, line));
      case "deadline" -> decls.add(deadline(line));
      case "rule" -> decls.add(new RuleParser(this).rule(c, line));
      case "keep" -> decls.add(retention(c, line));
      default -> throw new IllegalStateException(keyword);
    }
  }

  private void include(Cursor c, Line line) {
    leaf(line);
    c.next();
    String name = c.expectString("the name of the file to include, in quotes");
    c.expectEnd();
    decls.add(new ParsedFile.Include(name, c.lineSpan()));
  }

  private void area(Cursor c, Line line) {
    c.next();
    Ref id = c.expectRef("the area id");
    String name = c.expectString("the area's display name in quotes");
    List<Ref> plugins = new ArrayList<>();
    if (c.acceptWord("uses")) {
      plugins.addAll(c.expectRefs("a plugin id"));
    }
    c.expectEnd();
    Span span = c.lineSpan();
    List<Ref> strands = new ArrayList<>();
    List<CalendarSpec> calendar = new ArrayList<>();
    block(line, "in the area block", List.of("uses", "strands", "calendar"), (kw, cc, l) -> {
      Token first = cc.next();
      switch (kw) {
        case "uses" -> {
          leaf(l);
          plugins.addAll(cc.expectRefs("a plugin id"));
          cc.expectEnd();
        }
        case "strands" -> {
          leaf(l);
          List<Ref> s = cc.expectRefs("a strand name");
          cc.expectEnd();
          once(cc, first, strands.isEmpty(), "strands");
          strands.addAll(s);
        }
        default -> {
          Ref cal = cc.expectRef("a calendar name, e.g. england-and-wales");
          cc.expectEnd();
          once(cc, first, calendar.isEmpty(), "calendar");
          calendar.add(new CalendarSpec(cal.name(), holidays(l), cc.lineSpan()));
        }
      }
    });
    decls.add(new ParsedFile.AreaHeader(id, name, plugins, strands, calendar.stream().findFirst(), span));
  }

  /** Reports a second occurrence of a clause that may be given once. */
  void once(Cursor c, Token first, boolean isFirst, String what) {
    if (!isFirst) {
      c.fail(Message.DUPLICATE_CLAUSE, c.lineSpan(), "'" + what + "'");
    }
  }

  private List<Holiday> holidays(Line calendarLine) {
    List<Holiday> out = new ArrayList<>();
    block(calendarLine, "in a calendar", List.of("holiday"), (kw, c, l) -> {
      leaf(l);
      c.next();
      Token date = c.expect(Token.Kind.DATE, "a date, YYYY-MM-DD");
      String label = c.peekKind(Token.Kind.STRING) ? c.next().text() : "";
      c.expectEnd();
      if (!l.problem) {
        out.add(new Holiday(LocalDate.parse(date.text()), label, c.lineSpan()));
      }
    });
    return out;
  }

  private void agency(Cursor c, Line line) {
    c.next();
    Ref id = c.expectRef("the agency id");
    String name = c.expectString("the agency's display name in quotes");
    c.expectEnd();
    Span span = c.lineSpan();
    List<String> lead = new ArrayList<>();
    List<String> contact = new ArrayList<>();
    block(line, "in an agency block", List.of("lead", "contact"), (kw, cc, l) -> {
      leaf(l);
      Token first = cc.next();
      boolean isLead = kw.equals("lead");
      Token value = cc.expect(Token.Kind.STRING, isLead ? "the lead professional in quotes" : "an email address in quotes");
      cc.expectEnd();
      List<String> target = isLead ? lead : contact;
      once(cc, first, target.isEmpty(), kw);
      if (!isLead && !EMAIL.matcher(value.text()).matches()) {
        cc.report(Message.BAD_EMAIL, cc.span(value), "'" + value.text() + "'");
      }
      target.add(value.text());
    });
    if (lead.isEmpty()) {
      reporter.report(Message.MISSING_CLAUSE, span, "agency '" + id.name() + "'", "lead professional",
          "lead \"Name or post\"");
    }
    if (contact.isEmpty()) {
      reporter.report(Message.MISSING_CLAUSE, span, "agency '" + id.name() + "'", "contact address",
          "contact \"name@organisation.example.org\"");
    }
    decls.add(new Agency(id.name(), name, lead.isEmpty() ? "" : lead.get(0), contact.isEmpty() ? "" : contact.get(0), span));
  }

  /** Local part, @, a domain of at least two labels; no spaces. Shape only, not deliverability. */
  private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
      + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  private Role role(Cursor c, Line line) {
    leaf(line);
    c.next();
    Ref id = c.expectRef("the role id");
    String name = c.expectString("the role's display name in quotes");
    Optional<Ref> agency = Optional.empty();
    if (c.acceptWord("from")) {
      agency = Optional.of(c.expectRef("an agency id"));
    }
    c.expectEnd();
    return new Role(id.name(), name, agency, c.lineSpan());
  }

  TemplateRef template(Cursor c, Line line) {
    leaf(line);
    c.next();
    Token kind = c.expect(Token.Kind.WORD, "a document kind, e.g. agenda");
    String name = c.expectString("a template name in quotes");
    Span nameSpan = c.span(c.last());
    c.expectEnd();
    return new TemplateRef(kind.text(), name, c.span(kind).to(nameSpan));
  }

  private Deadline deadline(Line line) {
    // a deadline's condition may go on over the lines indented under it, as a rule's does
    Cursor c = new Cursor(file, RuleParser.joined(line), reporter);
    c.next();
    Ref id = c.expectRef("the deadline id");
    String label = c.peekKind(Token.Kind.STRING) ? c.next().text() : id.name();
    c.expectWord("within");
    TimeAmount within = c.expectAmount(EnumSet.of(Unit.HOURS, Unit.DAYS, Unit.WORKING_DAYS, Unit.WEEKS),
        "in a deadline", true);
    c.expectWord("of");
    Ref anchor = c.expectRef("the event the deadline counts from, e.g. referral");
    List<MetBy> metBy = new ArrayList<>();
    if (c.acceptWord("met")) {
      c.expectWord("by");
      do {
        metBy.add(metBy(c));
      } while (c.acceptWord("or"));
    }
    Optional<Condition> when = Optional.empty();
    if (c.acceptWord("when")) {
      when = Optional.of(new ConditionParser(c, limits).condition());
      if (c.peekWord("met")) {
        throw c.expected("the end of the deadline: 'met by …' comes before 'when'");
      }
    }
    c.expectEnd();
    return new Deadline(id.name(), label, within, anchor, metBy, when, c.lineSpan());
  }

  /** {@code final assessment INSTRUMENT}, {@code meeting TYPE held with the case}, {@code return interview}, {@code decision KIND}. */
  private MetBy metBy(Cursor c) {
    String what = "what meets the deadline: final assessment INSTRUMENT, meeting TYPE held with the case, return interview "
        + "or decision KIND";
    Token first = c.peek();
    if (c.acceptWord("final")) {
      c.expectWord("assessment");
      Ref instrument = c.expectRef("the instrument, PLUGIN.NAME");
      return new MetBy.FinalAssessment(instrument, c.spanFrom(first));
    }
    if (c.acceptWord("meeting")) {
      Ref meeting = c.expectRef("the meeting type");
      c.expectWord("held");
      c.expectWord("with");
      c.expectWord("the");
      c.expectWord("case");
      return new MetBy.MeetingHeld(meeting, c.spanFrom(first));
    }
    if (c.acceptWord("return")) {
      c.expectWord("interview");
      return new MetBy.ReturnInterview(c.spanFrom(first));
    }
    if (c.acceptWord("decision")) {
      Ref kind = c.expectRef("the kind of decision, e.g. strategy");
      return new MetBy.DecisionRecorded(kind, c.spanFrom(first));
    }
    throw c.expected(what);
  }

  private Retention retention(Cursor c, Line line) {
    leaf(line);
    c.next();
    c.expectWord("closed");
    c.expectWord("cases");
    c.expectWord("for");
    TimeAmount amount = c.expectAmount(EnumSet.of(Unit.MONTHS, Unit.YEARS), "for retention", true);
    c.expectEnd();
    return new Retention(amount, c.lineSpan());
  }
}
