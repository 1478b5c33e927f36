package org.safeguard.dsl.internal.print;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeguard.dsl.model.AgendaEntry;
import org.safeguard.dsl.model.Agency;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.Cadence;
import org.safeguard.dsl.model.CaseFilter;
import org.safeguard.dsl.model.Deadline;
import org.safeguard.dsl.model.Holiday;
import org.safeguard.dsl.model.MeetingType;
import org.safeguard.dsl.model.Ref;
import org.safeguard.dsl.model.Role;
import org.safeguard.dsl.model.Rule;
import org.safeguard.dsl.model.RuleAction;
import org.safeguard.dsl.model.TemplateRef;

/**
 * Writes a definition back as canonical area-language text: two-space indentation, one statement
 * per line, blank lines between declarations. The output parses to an equal definition.
 */
public final class Printer {
  private final StringBuilder out = new StringBuilder();

  private Printer() {}

  public static String print(AreaDefinition d) {
    Printer p = new Printer();
    p.area(d);
    return p.out.toString();
  }

  private void line(int indent, String text) {
    out.append("  ".repeat(indent)).append(text).append('\n');
  }

  static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  static String names(List<Ref> refs) {
    return refs.stream().map(Ref::name).collect(Collectors.joining(", "));
  }

  private void area(AreaDefinition d) {
    line(0, "area " + d.id() + " " + quote(d.name()));
    if (!d.plugins().isEmpty()) {
      line(1, "uses " + names(d.plugins()));
    }
    if (!d.strands().isEmpty()) {
      line(1, "strands " + names(d.strands()));
    }
    line(1, "calendar " + d.calendar().name());
    for (Holiday h : d.calendar().extraHolidays()) {
      line(2, "holiday " + h.date() + (h.label().isEmpty() ? "" : " " + quote(h.label())));
    }
    for (Agency a : d.agencies()) {
      out.append('\n');
      line(0, "agency " + a.id() + " " + quote(a.name()));
      line(1, "lead " + quote(a.lead()));
      line(1, "contact " + quote(a.contact()));
    }
    if (!d.roles().isEmpty()) {
      out.append('\n');
    }
    for (Role r : d.roles()) {
      line(0, "role " + r.id() + " " + quote(r.name()) + r.agency().map(a -> " from " + a.name()).orElse(""));
    }
    if (!d.templates().isEmpty()) {
      out.append('\n');
    }
    for (TemplateRef t : d.templates().values()) {
      line(0, "template " + t.document() + " " + quote(t.template()));
    }
    for (MeetingType m : d.meetings()) {
      out.append('\n');
      meeting(m);
    }
    if (!d.deadlines().isEmpty()) {
      out.append('\n');
    }
    for (Deadline dl : d.deadlines()) {
      line(0, "deadline " + dl.id() + " " + quote(dl.label()) + " within " + dl.within() + " of " + dl.anchor().name()
          + (dl.metBy().isEmpty() ? "" : " met by " + String.join(" or ", dl.metBy().stream().map(Printer::metBy).toList()))
          + dl.when().map(w -> " when " + ConditionPrinter.print(w)).orElse(""));
    }
    for (Rule r : d.rules()) {
      out.append('\n');
      line(0, "rule " + r.id() + " " + quote(r.title()));
      line(1, "when " + ConditionPrinter.print(r.when()));
      for (RuleAction a : r.actions()) {
        line(1, "then " + action(a));
      }
    }
    d.retention().ifPresent(r -> {
      out.append('\n');
      line(0, "keep closed cases for " + r.keepClosedCasesFor());
    });
  }

  private void meeting(MeetingType m) {
    line(0, "meeting " + m.id() + " " + quote(m.name()));
    m.purpose().ifPresent(p -> line(1, "purpose " + quote(p)));
    m.cadence().ifPresent(c -> line(1, cadence(c)));
    if (!m.chairs().isEmpty()) {
      line(1, "chaired by " + names(m.chairs()));
    }
    m.viceChair().ifPresent(v -> line(1, "vice chair " + v.name()));
    if (!m.mustAttend().isEmpty()) {
      line(1, "must attend " + names(m.mustAttend()));
    }
    if (!m.invited().isEmpty()) {
      line(1, "invited " + names(m.invited()));
    }
    m.quorum().ifPresent(q -> line(1, "quorum at least " + q.agencies() + " agencies"
        + (q.including().isEmpty() ? "" : " including " + names(q.including()))));
    m.agendaSentBefore().ifPresent(t -> line(1, "agenda sent " + t + " before"));
    m.minutesDueAfter().ifPresent(t -> line(1, "minutes due " + t + " after"));
    for (TemplateRef t : m.templates()) {
      line(1, "template " + t.document() + " " + quote(t.template()));
    }
    m.confidentialityNotice().ifPresent(n -> line(1, "confidentiality notice " + quote(n)));
    m.admits().ifPresent(a -> line(1, "admits case when " + ConditionPrinter.print(a)));
    agenda(m.agenda(), 1);
  }

  private static String metBy(org.safeguard.dsl.model.MetBy m) {
    if (m instanceof org.safeguard.dsl.model.MetBy.FinalAssessment f) {
      return "final assessment " + f.instrument().name();
    }
    if (m instanceof org.safeguard.dsl.model.MetBy.MeetingHeld h) {
      return "meeting " + h.meeting().name() + " held with the case";
    }
    if (m instanceof org.safeguard.dsl.model.MetBy.DecisionRecorded d) {
      return "decision " + d.kind().name();
    }
    return "return interview";
  }

  private static String cadence(Cadence c) {
    StringBuilder s = new StringBuilder();
    c.every().ifPresent(e -> s.append(e.amount() == 1 ? "every " + e.unit().word(1) : "every " + e));
    c.atMostApart().ifPresent(a -> s.append(s.length() > 0 ? ", " : "").append("at most ").append(a).append(" apart"));
    return s.toString();
  }

  private void agenda(List<AgendaEntry> entries, int indent) {
    for (AgendaEntry e : entries) {
      if (e instanceof AgendaEntry.Part p) {
        String head = "part " + p.label() + (p.title().isEmpty() ? "" : " " + quote(p.title()))
            + (p.confidential() ? " confidential" : "")
            + (p.without().isEmpty() ? "" : " without " + names(p.without()));
        line(indent, head);
        agenda(p.entries(), indent + 1);
      } else if (e instanceof AgendaEntry.Section s) {
        line(indent, "section " + quote(s.title()));
        agenda(s.entries(), indent + 1);
      } else if (e instanceof AgendaEntry.Item i) {
        line(indent, item(i));
      }
    }
  }

  private static String item(AgendaEntry.Item i) {
    StringBuilder s = new StringBuilder("item ").append(quote(i.title()));
    i.forEachCase().ifPresent(f -> s.append(" for each case ").append(filter(f)));
    i.lists().ifPresent(l -> s.append(" lists actions ").append(l.word()).append(i.byStrand() ? " by strand" : ""));
    i.template().ifPresent(t -> s.append(" using template ").append(quote(t.name())));
    return s.toString();
  }

  private static String filter(CaseFilter f) {
    Optional<String> where = f.where().map(ConditionPrinter::print);
    return f.kind() == CaseFilter.Kind.WHERE ? "where " + where.orElse("") : f.kind().words();
  }

  private static String action(RuleAction a) {
    if (a instanceof RuleAction.Notify n) {
      return "notify " + n.role().name() + n.within().map(w -> " within " + w).orElse("");
    }
    if (a instanceof RuleAction.AddToNextMeeting m) {
      return "add case to next " + m.meeting().name();
    }
    if (a instanceof RuleAction.CreateAction c) {
      return "create action " + quote(c.description()) + " for " + c.owner().name() + " due in " + c.due();
    }
    RuleAction.RaisePriority r = (RuleAction.RaisePriority) a;
    return "raise priority" + r.to().map(t -> " to " + t.name()).orElse("");
  }
}
