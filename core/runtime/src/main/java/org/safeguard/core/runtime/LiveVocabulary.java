package org.safeguard.core.runtime;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.dsl.InstrumentTerms;
import org.safeguard.dsl.Vocabulary;

/**
 * The names an area definition may use, taken from what the enabled plugins offer right now:
 * their ids, instruments (bands, levels, reachable maximum), code lists, and the templates
 * the rendering side can resolve. A snapshot: one check sees one consistent vocabulary.
 */
public final class LiveVocabulary implements Vocabulary {
    private final Set<String> plugins;
    private final Map<String, InstrumentTerms> instruments;
    private final Map<String, Set<String>> codeLists;
    private final Set<String> templates;

    private LiveVocabulary(Set<String> plugins, Map<String, InstrumentTerms> instruments, Map<String, Set<String>> codeLists,
                           Set<String> templates) {
        this.plugins = Set.copyOf(plugins);
        this.instruments = Map.copyOf(instruments);
        this.codeLists = Map.copyOf(codeLists);
        this.templates = Set.copyOf(templates);
    }

    /** A snapshot of the container's enabled contributions and the given template names. */
    public static LiveVocabulary of(Container container, Supplier<Set<String>> templateNames) {
        Set<String> plugins = new LinkedHashSet<>();
        container.areas().entries().forEach(e -> plugins.add(e.pluginId()));
        container.instruments().entries().forEach(e -> plugins.add(e.pluginId()));
        Map<String, InstrumentTerms> instruments = container.instruments().all().stream()
                .collect(Collectors.toMap(Instrument::id, LiveVocabulary::terms));
        Map<String, Set<String>> codes = container.codeLists().all().stream()
                .collect(Collectors.toMap(CodeList::id, l -> Set.copyOf(l.codeValues())));
        return new LiveVocabulary(plugins, instruments, codes, templateNames.get());
    }

    static InstrumentTerms terms(Instrument in) {
        return new InstrumentTerms(in.id(), in.bandNames(), in.levelNames(), in.reachableMaximum());
    }

    @Override public Set<String> plugins() { return plugins; }
    @Override public Optional<InstrumentTerms> instrument(String id) { return Optional.ofNullable(instruments.get(id)); }
    @Override public Set<String> instrumentIds() { return instruments.keySet(); }
    @Override public Optional<Set<String>> codeList(String id) { return Optional.ofNullable(codeLists.get(id)); }
    @Override public Set<String> codeListIds() { return codeLists.keySet(); }
    @Override public Set<String> templates() { return templates; }
}
