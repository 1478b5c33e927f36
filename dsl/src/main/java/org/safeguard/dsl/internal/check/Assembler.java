package org.safeguard.dsl.internal.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.dsl.internal.Message;
import org.safeguard.dsl.internal.Reporter;
import org.safeguard.dsl.internal.parse.ParsedFile;
import org.safeguard.dsl.model.Agency;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.CalendarSpec;
import org.safeguard.dsl.model.Deadline;
import org.safeguard.dsl.model.MeetingType;
import org.safeguard.dsl.model.Retention;
import org.safeguard.dsl.model.Role;
import org.safeguard.dsl.model.Rule;
import org.safeguard.dsl.model.Span;
import org.safeguard.dsl.model.TemplateRef;

/**
 * Gathers the statements of all files into one definition, reporting what is declared twice,
 * then hands it to the {@link Checker}. Agencies and roles share one namespace because attendee
 * lists may name either.
 */
public final class Assembler {
  private final Reporter reporter;
  private final Scope scope;
  private ParsedFile.AreaHeader area;
  private final List<TemplateRef> templates = new ArrayList<>();
  private final Map<String, TemplateRef> templateByKind = new LinkedHashMap<>();
  private final List<Rule> rules = new ArrayList<>();
  private final Map<String, Span> ruleIds = new LinkedHashMap<>();
  private Retention retention;

  public Assembler(Reporter reporter, org.safeguard.dsl.Vocabulary vocabulary) {
    this.reporter = reporter;
    this.scope = new Scope(vocabulary);
  }

  /** Adds every statement in file order; problems are reported, the first declaration wins. */
  public void add(List<Object> decls) {
    for (Object d : decls) {
      if (d instanceof ParsedFile.AreaHeader h) {
        if (area == null) {
          area = h;
        } else {
          reporter.report(Message.DUPLICATE_AREA, h.span(), reporter.where(area.span()));
        }
      } else if (d instanceof Agency a) {
        if (declareName("agency", a.id(), a.span())) {
          scope.agencies.put(a.id(), a);
        }
      } else if (d instanceof Role r) {
        if (declareName("role", r.id(), r.span())) {
          scope.roles.put(r.id(), r);
        }
      } else if (d instanceof MeetingType m) {
        MeetingType first = scope.meetings.get(m.id());
        if (first != null) {
          duplicate("meeting type", m.id(), m.span(), first.span());
        } else {
          scope.meetings.put(m.id(), m);
        }
      } else if (d instanceof TemplateRef t) {
        TemplateRef first = templateByKind.get(t.document());
        if (first != null) {
          duplicate("template for", t.document(), t.span(), first.span());
        } else {
          templateByKind.put(t.document(), t);
          templates.add(t);
        }
      } else if (d instanceof Deadline dl) {
        Deadline first = scope.deadlines.get(dl.id());
        if (first != null) {
          duplicate("deadline", dl.id(), dl.span(), first.span());
        } else {
          scope.deadlines.put(dl.id(), dl);
        }
      } else if (d instanceof Rule r) {
        Span first = ruleIds.get(r.id());
        if (first != null) {
          duplicate("rule", r.id(), r.span(), first);
        } else {
          ruleIds.put(r.id(), r.span());
          rules.add(r);
        }
      } else if (d instanceof Retention ret) {
        if (retention != null) {
          reporter.reportHint(Message.DUPLICATE_CLAUSE, ret.span(), "first given at " + reporter.where(retention.span()),
              "'keep closed cases'");
        } else {
          retention = ret;
          // accepted so that an area's period is written down, but nothing purges yet: say so rather than pretend
          reporter.report(Message.RETENTION_NOT_ACTED, ret.span());
        }
      }
    }
  }

  private boolean declareName(String kind, String id, Span span) {
    if (Scope.PARTICIPANTS.contains(id)) {
      reporter.report(Message.RESERVED_NAME, span, "'" + id + "'", String.join(", ", Scope.PARTICIPANTS));
      return false;
    }
    Agency agency = scope.agencies.get(id);
    Role role = scope.roles.get(id);
    if (agency != null || role != null) {
      duplicate(agency != null ? "agency" : "role", id, span, agency != null ? agency.span() : role.span());
      return false;
    }
    return true;
  }

  private void duplicate(String kind, String id, Span span, Span first) {
    reporter.report(Message.DUPLICATE, span, kind, "'" + id + "'", reporter.where(first));
  }

  /**
   * Validates against the vocabulary and returns the definition; empty when no area was
   * declared. The caller discards it when any error was reported.
   */
  public Optional<AreaDefinition> finish(String mainFile, List<String> files) {
    if (area == null) {
      reporter.report(Message.MISSING_AREA, new Span(mainFile, 0, 0));
      return Optional.empty();
    }
    CalendarSpec calendar = area.calendar().orElse(new CalendarSpec("england-and-wales", List.of(), area.span()));
    new Checker(reporter, scope).check(area, calendar, templates, rules);
    Map<String, TemplateRef> templateMap = new LinkedHashMap<>(templateByKind);
    return Optional.of(new AreaDefinition(area.id().name(), area.name(), area.plugins(), area.strands(), calendar,
        List.copyOf(scope.agencies.values()), List.copyOf(scope.roles.values()),
        List.copyOf(scope.meetings.values()), templateMap, List.copyOf(scope.deadlines.values()), rules,
        Optional.ofNullable(retention), files, area.span()));
  }
}
