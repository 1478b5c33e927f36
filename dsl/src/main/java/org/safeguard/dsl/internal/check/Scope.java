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
