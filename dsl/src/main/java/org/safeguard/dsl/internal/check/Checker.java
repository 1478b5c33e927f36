package org.safeguard.dsl.internal.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguard.dsl.internal.Message;
import org.safeguard.dsl.internal.Reporter;
import org.safeguard.dsl.internal.Suggest;
import org.safeguard.dsl.internal.parse.ParsedFile;
import org.safeguard.dsl.model.AgendaEntry;
import org.safeguard.dsl.model.CalendarSpec;
import org.safeguard.dsl.model.Condition;
import org.safeguard.dsl.model.Deadline;
import org.safeguard.dsl.model.MetBy;
import org.safeguard.dsl.model.Holiday;
import org.safeguard.dsl.model.MeetingType;
import org.safeguard.dsl.model.Operand;
import org.safeguard.dsl.model.Ref;
import org.safeguard.dsl.model.Role;
import org.safeguard.dsl.model.Rule;
import org.safeguard.dsl.model.RuleAction;
import org.safeguard.dsl.model.Span;
import org.safeguard.dsl.model.TemplateRef;
import org.safeguard.dsl.eval.DeadlineAnchor;

/**
 * The validation pass: every name resolves to a declaration of the right kind or to the live
 * vocabulary, and meeting settings are consistent. Conditions are left to the
 * {@link ConditionChecker}.
 */
final class Checker {
  private final Reporter reporter;
  private final Scope scope;
  private final ConditionChecker conditions;

  Checker(Reporter reporter, Scope scope) {
    this.reporter = reporter;
    this.scope = scope;
    this.conditions = new ConditionChecker(reporter, scope);
  }

  private boolean strandsDeclared;

  void check(ParsedFile.AreaHeader area, CalendarSpec calendar, List<TemplateRef> templates, List<Rule> rules) {
    strandsDeclared = !area.strands().isEmpty();
    for (Ref plugin : area.plugins()) {
      if (scope.vocabulary.plugins().contains(plugin.name())) {
        scope.plugins.add(plugin.name());
      } else {
        reporter.reportHint(Message.UNKNOWN_PLUGIN, plugin.span(), Suggest.hint(plugin.name(),
            scope.vocabulary.plugins(), Message.UNKNOWN_PLUGIN.hint("", Suggest.list(sorted(scope.vocabulary.plugins())))),
            "'" + plugin.name() + "'");
      }
    }
    unique("strand", area.strands());
    if (!Scope.CALENDARS.contains(calendar.name())) {
      reporter.reportHint(Message.UNKNOWN_CALENDAR, calendar.span(), Suggest.hint(calendar.name(), Scope.CALENDARS,
          Message.UNKNOWN_CALENDAR.hint("", String.join(", ", Scope.CALENDARS))), "'" + calendar.name() + "'");
    }
    Map<Object, Span> holidays = new HashMap<>();
    for (Holiday h : calendar.extraHolidays()) {
      Span first = holidays.putIfAbsent(h.date(), h.span());
      if (first != null) {
        reporter.report(Message.DUPLICATE, h.span(), "holiday", h.date().toString(), reporter.where(first));
      }
    }
    for (Role r : scope.roles.values()) {
      r.agency().ifPresent(a -> agency(a));
    }
    for (MeetingType m : scope.meetings.values()) {
      meeting(m);
    }
    templates(templates);
    for (Deadline d : scope.deadlines.values()) {
      if (DeadlineAnchor.byWord(d.anchor().name()).isEmpty()) {
        suggestOr(Message.UNKNOWN_ANCHOR, d.anchor(), DeadlineAnchor.words(),
            Message.UNKNOWN_ANCHOR.hint("", String.join(", ", DeadlineAnchor.words())));
      }
      if (d.metBy().isEmpty()) {
        reporter.report(Message.NEVER_MET, d.span(), "'" + d.id() + "'");
      }
      for (MetBy m : d.metBy()) {
        metBy(m);
      }
      d.when().ifPresent(w -> {
        conditions.check(w);
        deadlineTests(w).ifPresent(span -> reporter.report(Message.DEADLINE_TESTS_DEADLINES, span, "'" + d.id() + "'"));
      });
    }
    for (Rule r : rules) {
      if (r.when() != null) {
        conditions.check(r.when());
      }
      for (RuleAction a : r.actions()) {
        action(a);
      }
    }
  }

  /** Where a condition tests a deadline ({@code deadline X passed}, {@code deadlines passed}), if it does. */
  private static Optional<Span> deadlineTests(Condition c) {
    if (c instanceof Condition.And and) {
      return and.parts().stream().map(Checker::deadlineTests).flatMap(Optional::stream).findFirst();
    }
    if (c instanceof Condition.Or or) {
      return or.parts().stream().map(Checker::deadlineTests).flatMap(Optional::stream).findFirst();
    }
    if (c instanceof Condition.Not not) {
      return deadlineTests(not.operand());
    }
    if (c instanceof Condition.DeadlinePassed d) {
      return Optional.of(d.span());
    }
    if (c instanceof Condition.Compare cmp && cmp.left() instanceof Operand.DeadlinesPassed p) {
      return Optional.of(p.span());
    }
    return Optional.empty();
  }

  private void meeting(MeetingType m) {
    for (Ref chair : m.chairs()) {
      role(chair, "a chair");
    }
    m.viceChair().ifPresent(v -> role(v, "a vice chair"));
    List<Ref> attendees = new ArrayList<>(m.mustAttend());
    attendees.addAll(m.invited());
    attendees.forEach(this::attendee);
    m.quorum().ifPresent(q -> {
      for (Ref r : q.including()) {
        if (scope.roles.containsKey(r.name())) {
          reporter.report(Message.QUORUM_NOT_AGENCY, r.span(), "'" + r.name() + "'");
        } else {
          agency(r);
        }
      }
      if (q.agencies() > scope.agencies.size()) {
        reporter.report(Message.QUORUM_IMPOSSIBLE, q.span(), q.agencies(),
            "the area defines only " + scope.agencies.size() + (scope.agencies.size() == 1 ? " agency" : " agencies"));
      } else if (q.agencies() < 1) {
        reporter.report(Message.QUORUM_IMPOSSIBLE, q.span(), q.agencies(), "a quorum needs at least one agency");
      }
    });
    m.cadence().ifPresent(c -> {
      if (c.every().isPresent() && c.atMostApart().isPresent()) {
        var every = c.every().get();
        var most = c.atMostApart().get();
        if ((long) every.amount() * every.unit().minDays() > (long) most.amount() * most.unit().maxDays()) {
          reporter.report(Message.CADENCE_CONTRADICTION, c.span(), every.toString(), most.toString());
        }
      }
    });
    templates(m.templates());
    m.admits().ifPresent(conditions::check);
    agenda(m.agenda(), new HashMap<>());
  }

  private void agenda(List<AgendaEntry> entries, Map<String, Span> partLabels) {
    for (AgendaEntry e : entries) {
      if (e instanceof AgendaEntry.Part p) {
        Span first = partLabels.putIfAbsent(p.label(), p.span());
        if (first != null) {
          reporter.report(Message.DUPLICATE, p.span(), "part", "'" + p.label() + "'", reporter.where(first));
        }
        p.without().forEach(this::attendee);
        agenda(p.entries(), partLabels);
      } else if (e instanceof AgendaEntry.Section s) {
        agenda(s.entries(), partLabels);
      } else if (e instanceof AgendaEntry.Item i) {
        i.template().ifPresent(t -> template(t.name(), t.span()));
        if (i.byStrand() && !strandsDeclared) {
          reporter.report(Message.NO_STRANDS, i.span(), "'" + i.title() + "'");
        }
        i.forEachCase().flatMap(f -> f.where()).ifPresent(conditions::check);
      }
    }
  }

  private void templates(List<TemplateRef> templates) {
    Set<String> seen = new HashSet<>();
    Map<String, Span> first = new HashMap<>();
    for (TemplateRef t : templates) {
      Span kindSpan = new Span(t.span().file(), t.span().offset(), t.document().length());
      if (!Scope.DOCUMENTS.contains(t.document())) {
        reporter.reportHint(Message.UNKNOWN_DOCUMENT, kindSpan, Suggest.hint(t.document(), Scope.DOCUMENTS,
            Message.UNKNOWN_DOCUMENT.hint("", String.join(", ", Scope.DOCUMENTS))), "'" + t.document() + "'");
      } else if (!seen.add(t.document())) {
        reporter.report(Message.DUPLICATE, t.span(), "template for", "'" + t.document() + "'",
            reporter.where(first.get(t.document())));
      }
      first.putIfAbsent(t.document(), t.span());
      int nameAt = t.span().end() - t.template().length() - 2;
      template(t.template(), new Span(t.span().file(), Math.max(t.span().offset(), nameAt), t.template().length() + 2));
    }
  }

  private void template(String name, Span span) {
    if (!scope.vocabulary.templates().contains(name)) {
      reporter.reportHint(Message.UNKNOWN_TEMPLATE, span, Suggest.hint(name, scope.vocabulary.templates(),
          Message.UNKNOWN_TEMPLATE.hint("", Suggest.list(sorted(scope.vocabulary.templates())))), "'" + name + "'");
    }
  }

  private void action(RuleAction a) {
    if (a instanceof RuleAction.Notify n) {
      role(n.role(), "the role notified");
    } else if (a instanceof RuleAction.AddToNextMeeting add) {
      if (!scope.meetings.containsKey(add.meeting().name())) {
        suggestOr(Message.UNKNOWN_MEETING, add.meeting(), scope.meetings.keySet(),
            Message.UNKNOWN_MEETING.hint("", add.meeting().name()));
      }
    } else if (a instanceof RuleAction.CreateAction c) {
      String owner = c.owner().name();
      if (!scope.roles.containsKey(owner) && !scope.agencies.containsKey(owner)) {
        List<String> names = new ArrayList<>(scope.roles.keySet());
        names.addAll(scope.agencies.keySet());
        suggestOr(Message.UNKNOWN_OWNER, c.owner(), names, "roles and agencies: " + Suggest.list(names));
      }
    } else if (a instanceof RuleAction.RaisePriority r) {
      r.to().ifPresent(to -> {
        if (!Scope.PRIORITIES.contains(to.name())) {
          reporter.reportHint(Message.UNKNOWN_VALUE, to.span(), Suggest.hint(to.name(), Scope.PRIORITIES,
              Message.UNKNOWN_VALUE.hint("", "", String.join(", ", Scope.PRIORITIES))), "'" + to.name() + "'",
              "the priority to raise to");
        }
      });
    }
  }

  private void metBy(MetBy m) {
    if (m instanceof MetBy.FinalAssessment f) {
      Ref ref = f.instrument();
      var terms = scope.vocabulary.instrument(ref.name());
      List<String> inScope = scope.instruments().stream().map(org.safeguard.dsl.InstrumentTerms::id).toList();
      if (terms.isEmpty()) {
        suggestOr(Message.UNKNOWN_INSTRUMENT, ref, inScope, Message.UNKNOWN_INSTRUMENT.hint("", Suggest.list(inScope)));
      } else if (!scope.plugins.contains(terms.get().plugin())) {
        reporter.report(Message.INSTRUMENT_NOT_USED, ref.span(), "'" + ref.name() + "'", terms.get().plugin());
      }
    } else if (m instanceof MetBy.MeetingHeld h && !scope.meetings.containsKey(h.meeting().name())) {
      suggestOr(Message.UNKNOWN_MEETING, h.meeting(), scope.meetings.keySet(), Message.UNKNOWN_MEETING.hint("", h.meeting().name()));
    }
  }

  private void role(Ref ref, String what) {
    if (scope.roles.containsKey(ref.name())) {
      return;
    }
    if (scope.agencies.containsKey(ref.name())) {
      reporter.report(Message.NOT_A_ROLE, ref.span(), "'" + ref.name() + "'", what, ref.name());
      return;
    }
    suggestOr(Message.UNKNOWN_ROLE, ref, scope.roles.keySet(), Message.UNKNOWN_ROLE.hint("", ref.name()));
  }

  private void agency(Ref ref) {
    if (!scope.agencies.containsKey(ref.name())) {
      suggestOr(Message.UNKNOWN_AGENCY, ref, scope.agencies.keySet(), Message.UNKNOWN_AGENCY.hint("", ref.name()));
    }
  }

  private void attendee(Ref ref) {
    List<String> names = scope.attendeeNames();
    if (!names.contains(ref.name())) {
      suggestOr(Message.UNKNOWN_ATTENDEE, ref, names, Message.UNKNOWN_ATTENDEE.hint("", String.join(", ", Scope.PARTICIPANTS)));
    }
  }

  private void unique(String kind, List<Ref> refs) {
    Map<String, Span> seen = new HashMap<>();
    for (Ref r : refs) {
      Span first = seen.putIfAbsent(r.name(), r.span());
      if (first != null) {
        reporter.report(Message.DUPLICATE, r.span(), kind, "'" + r.name() + "'", reporter.where(first));
      }
    }
  }

  private void suggestOr(Message m, Ref ref, java.util.Collection<String> candidates, String fallback) {
    reporter.reportHint(m, ref.span(), Suggest.hint(ref.name(), candidates, fallback), "'" + ref.name() + "'");
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }
}
