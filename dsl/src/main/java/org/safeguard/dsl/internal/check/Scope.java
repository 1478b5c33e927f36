package org.safeguard.dsl.internal.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguard.dsl.InstrumentTerms;
import org.safeguard.dsl.Vocabulary;
import org.safeguard.dsl.eval.CaseField;
import org.safeguard.dsl.model.Agency;
import org.safeguard.dsl.model.Deadline;
import org.safeguard.dsl.model.MeetingType;
import org.safeguard.dsl.model.Role;

/** The names a definition can refer to: its own declarations and the vocabulary of the plugins it uses. */
final class Scope {
  static final List<String> PARTICIPANTS = List.of("parents", "carers", "child", "referrer", "key-professionals");
  static final List<String> DOCUMENTS = List.of("agenda", "minutes", "invitation", "referral", "case-notes", "report");
  static final List<String> CALENDARS = List.of("england-and-wales");
  static final List<String> PRIORITIES = List.of("high", "urgent");

  final Vocabulary vocabulary;
  final Set<String> plugins = new LinkedHashSet<>();
  final Map<String, Agency> agencies = new LinkedHashMap<>();
  final Map<String, Role> roles = new LinkedHashMap<>();
  final Map<String, MeetingType> meetings = new LinkedHashMap<>();
  final Map<String, Deadline> deadlines = new LinkedHashMap<>();

  Scope(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * A field a condition may name: a core field, or one a plugin this area uses adds. Two
   * plugins' numbers of one path are one field whose range spans both.
   */
  Optional<CaseField> field(String path) {
    Optional<CaseField> core = CaseField.byPath(path);
    if (core.isPresent()) {
      return core;
    }
    List<CaseField> found = pluginFields().stream().filter(f -> f.path().equals(path)).toList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CaseField first = found.get(0);
    if (first.kind() != CaseField.Kind.NUMBER || found.size() == 1) {
      return Optional.of(first);
    }
    long min = found.stream().filter(f -> f.kind() == CaseField.Kind.NUMBER).mapToLong(CaseField::min).min().orElse(first.min());
    long max = found.stream().filter(f -> f.kind() == CaseField.Kind.NUMBER).mapToLong(CaseField::max).max().orElse(first.max());
    return Optional.of(CaseField.plugin(path, CaseField.Kind.NUMBER, min, max, null, first.description()));
  }

  /** Every path a condition may name here, core fields first. */
  List<String> fieldPaths() {
    List<String> out = new ArrayList<>(CaseField.paths());
    pluginFields().forEach(f -> out.add(f.path()));
    return out;
  }

  private List<CaseField> pluginFields() {
    List<CaseField> out = new ArrayList<>();
    for (String plugin : plugins) {
      out.addAll(vocabulary.caseFields().getOrDefault(plugin, List.of()));
    }
    return out;
  }

  /** Instruments of the plugins this area uses, in id order. */
  List<InstrumentTerms> instruments() {
    List<InstrumentTerms> out = new ArrayList<>();
    vocabulary.instrumentIds().stream().sorted().forEach(id -> vocabulary.instrument(id)
        .filter(t -> plugins.contains(t.plugin())).ifPresent(out::add));
    return out;
  }

  /** Union of the codes of {@code plugin.name} lists over the plugins used; empty when none exists. */
  Optional<Set<String>> codes(String name) {
    Set<String> out = new LinkedHashSet<>();
    boolean found = false;
    for (String plugin : plugins) {
      Optional<Set<String>> list = vocabulary.codeList(plugin + "." + name);
      if (list.isPresent()) {
        found = true;
        list.get().stream().sorted().forEach(out::add);
      }
    }
    return found ? Optional.of(out) : Optional.empty();
  }

  /** Every name an attendee list may use. */
  List<String> attendeeNames() {
    List<String> out = new ArrayList<>(agencies.keySet());
    out.addAll(roles.keySet());
    out.addAll(PARTICIPANTS);
    return out;
  }
}
