package org.safeguard.core.runtime;

import java.util.Set;
import java.util.function.Supplier;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.dsl.InstrumentTerms;
import org.safeguard.dsl.SimpleVocabulary;
import org.safeguard.dsl.Vocabulary;

/**
 * The names an area definition may use, taken from what the enabled plugins offer right now:
 * their ids, instruments (bands, levels, reachable maximum), code lists, and the templates
 * the rendering side can resolve. A snapshot: one check sees one consistent vocabulary.
 */
public final class LiveVocabulary {
    private LiveVocabulary() {
    }

    /** A snapshot of the container's enabled contributions and the given template names. */
    public static Vocabulary of(Container container, Supplier<Set<String>> templateNames) {
        SimpleVocabulary.Builder b = SimpleVocabulary.builder();
        container.areas().entries().forEach(e -> b.plugin(e.pluginId()));
        container.instruments().entries().forEach(e -> b.plugin(e.pluginId()));
        container.instruments().all().forEach(in -> b.instrument(terms(in)));
        for (CodeList l : container.codeLists().all()) {
            b.codeList(l.id(), Set.copyOf(l.codeValues()));
        }
        return b.templates(templateNames.get().toArray(String[]::new)).build();
    }

    private static InstrumentTerms terms(Instrument in) {
        return new InstrumentTerms(in.id(), in.bandNames(), in.levelNames(), in.reachableMaximum());
    }
}
