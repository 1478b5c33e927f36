package org.safeguard.dsl.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One area's definition as checked: the root of the tree the language produces.
 *
 * <p>Invariants: produced only by a check without errors, so every name it contains resolves
 * (agencies, roles, meeting types, deadlines, templates, vocabulary terms); ids are unique within
 * their kind; lists keep the order of the text, included files in place of their include.
 * {@code templates} maps a document kind to the area's override. {@code files} lists the files
 * read, the main file first.
 *
 * <p>Immutable and thread-safe.
 */
public record AreaDefinition(
    String id,
    String name,
    List<Ref> plugins,
    List<Ref> strands,
    CalendarSpec calendar,
    List<Agency> agencies,
    List<Role> roles,
    List<MeetingType> meetings,
    Map<String, TemplateRef> templates,
    List<Deadline> deadlines,
    List<Rule> rules,
    Optional<Retention> retention,
    List<String> files,
    Span span) {

  public AreaDefinition {
    plugins = List.copyOf(plugins);
    strands = List.copyOf(strands);
    agencies = List.copyOf(agencies);
    roles = List.copyOf(roles);
    meetings = List.copyOf(meetings);
    templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
    deadlines = List.copyOf(deadlines);
    rules = List.copyOf(rules);
    files = List.copyOf(files);
  }

  public Optional<Agency> agency(String agencyId) {
    return agencies.stream().filter(a -> a.id().equals(agencyId)).findFirst();
  }

  public Optional<Role> role(String roleId) {
    return roles.stream().filter(r -> r.id().equals(roleId)).findFirst();
  }

  public Optional<MeetingType> meeting(String meetingId) {
    return meetings.stream().filter(m -> m.id().equals(meetingId)).findFirst();
  }

  public Optional<Deadline> deadline(String deadlineId) {
    return deadlines.stream().filter(d -> d.id().equals(deadlineId)).findFirst();
  }

  public Optional<Rule> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }
}
