package org.safeguard.dsl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names an area file may use that come from installed plugins rather than from the file.
 *
 * <p>The core supplies one built from the installed area plugins; tests build one by hand. Ids of
 * instruments and code lists start with the plugin id and a dot ({@code lancashire.cse2}).
 *
 * <p>Implementations must return the same answers for the duration of one check and be safe to
 * read from the checking thread.
 */
public interface Vocabulary {

  /** Ids of installed area plugins, e.g. {@code "lancashire"}. */
  Set<String> plugins();

  /** The named instrument's result terms, or empty when no plugin supplies it. */
  Optional<InstrumentTerms> instrument(String id);

  /** Ids of all instruments supplied by installed plugins. */
  Set<String> instrumentIds();

  /** The codes of the named code list, or empty when no plugin supplies it. */
  Optional<Set<String>> codeList(String id);

  /** Ids of all code lists supplied by installed plugins. */
  Set<String> codeListIds();

  /** Names of available templates, e.g. {@code "agenda"} or {@code "lancashire/case-notes"}. */
  Set<String> templates();

  /**
   * The case fields each plugin adds to the language, by plugin id (e.g. London's
   * {@code case.category}, fed by its police category scheme); an area file may name those of
   * the plugins it uses. None by default.
   */
  default Map<String, List<org.safeguard.dsl.eval.CaseField>> caseFields() {
    return Map.of();
  }

  /** A vocabulary with nothing in it. */
  static Vocabulary empty() {
    return SimpleVocabulary.builder().build();
  }
}
