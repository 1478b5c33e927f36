package org.safeguard.dsl;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguard.dsl.eval.CaseField;

/**
 * A fixed {@link Vocabulary} built from values, for tests and for callers that already hold the
 * terms in memory.
 *
 * <p>Immutable once built and thread-safe; the builder is not thread-safe.
 */
public final class SimpleVocabulary implements Vocabulary {
  private final Set<String> plugins;
  private final Map<String, InstrumentTerms> instruments;
  private final Map<String, Set<String>> codeLists;
  private final Set<String> templates;
  private final Map<String, List<CaseField>> caseFields;

  private SimpleVocabulary(Builder b) {
    Map<String, List<CaseField>> fields = new java.util.LinkedHashMap<>();
    b.caseFields.forEach((plugin, list) -> fields.put(plugin, List.copyOf(list)));
    this.caseFields = java.util.Collections.unmodifiableMap(fields);
    this.plugins = Set.copyOf(b.plugins);
    this.instruments = Map.copyOf(b.instruments);
    this.codeLists = Map.copyOf(b.codeLists);
    this.templates = Set.copyOf(b.templates);
  }

  /** Starts an empty vocabulary. */
  public static Builder builder() {
    return new Builder();
  }

  @Override public Set<String> plugins() { return plugins; }
  @Override public Map<String, List<CaseField>> caseFields() { return caseFields; }
  @Override public Optional<InstrumentTerms> instrument(String id) { return Optional.ofNullable(instruments.get(id)); }
  @Override public Set<String> instrumentIds() { return instruments.keySet(); }
  @Override public Optional<Set<String>> codeList(String id) { return Optional.ofNullable(codeLists.get(id)); }
  @Override public Set<String> codeListIds() { return codeLists.keySet(); }
  @Override public Set<String> templates() { return templates; }

  /** Collects the terms of a {@link SimpleVocabulary}. */
  public static final class Builder {
    private final Set<String> plugins = new LinkedHashSet<>();
    private final Map<String, InstrumentTerms> instruments = new LinkedHashMap<>();
    private final Map<String, Set<String>> codeLists = new LinkedHashMap<>();
    private final Set<String> templates = new LinkedHashSet<>();
    private final Map<String, List<CaseField>> caseFields = new LinkedHashMap<>();

    private Builder() {}

    public Builder plugin(String id) { plugins.add(id); return this; }

    public Builder instrument(InstrumentTerms terms) { instruments.put(terms.id(), terms); return this; }

    public Builder instrument(String id, List<String> bands, List<String> levels, int maxScore) {
      return instrument(new InstrumentTerms(id, bands, levels, maxScore));
    }

    public Builder codeList(String id, Set<String> codes) { codeLists.put(id, Set.copyOf(codes)); return this; }

    public Builder templates(String... names) { templates.addAll(List.of(names)); return this; }

    /** A case field the plugin adds (see {@link CaseField#plugin}). */
    public Builder caseField(String plugin, CaseField field) {
      caseFields.computeIfAbsent(plugin, k -> new java.util.ArrayList<>()).add(field);
      return this;
    }

    public SimpleVocabulary build() { return new SimpleVocabulary(this); }
  }
}
