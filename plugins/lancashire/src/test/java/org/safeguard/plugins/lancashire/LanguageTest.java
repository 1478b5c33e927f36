package org.safeguard.plugins.lancashire;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.api.form.FormSection;
import org.safeguard.core.api.instrument.Band;
import org.safeguard.core.api.instrument.Factor;
import org.safeguard.core.api.instrument.FactorOption;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.api.instrument.SupplementaryQuestion;

/**
 * Every text the plugin ships is free of labels that minimise what is happening to a child
 * (SOP §14; Swindon handbook §8). The last three phrases are ones this plugin changed in the
 * CSE 2 guidance, kept here so they cannot creep back.
 */
class LanguageTest {
    private static final List<String> FORBIDDEN = List.of("prostitut", "promiscuous", "consensual", "consenting",
            "street wise", "streetwise", "choosing to", "historic", "boyfriend",
            "places self at risk", "lifestyle", "risk taking");

    /** Where each text came from, then the text. */
    private static List<Map.Entry<String, String>> shippedTexts() {
        List<Map.Entry<String, String>> texts = new ArrayList<>();
        for (Instrument i : new Cse2Instrument().instruments()) {
            add(texts, i.id(), i.title(), i.source());
            for (Factor f : i.factors()) {
                add(texts, i.id() + " " + f.id(), f.title(), f.sourceNote());
                for (FactorOption o : f.options()) {
                    add(texts, i.id() + " " + f.id() + " " + o.score(), o.descriptor(), o.guidance());
                }
            }
            for (SupplementaryQuestion q : i.supplementary()) {
                add(texts, i.id() + " " + q.id(), q.text());
            }
            for (Band b : i.bands()) {
                add(texts, i.id() + " band", b.band(), b.level());
            }
        }
        for (CodeList l : new LancashireCodeLists().codeLists()) {
            add(texts, l.id(), l.title(), l.source());
            for (Code c : l.codes()) {
                add(texts, l.id() + " " + c.code(), c.label(), c.description());
                c.aliases().forEach(a -> add(texts, l.id() + " " + c.code(), a));
            }
        }
        for (FormDefinition form : new Cse1ReferralForm().forms()) {
            add(texts, form.id(), form.title(), form.source());
            for (FormSection s : form.sections()) {
                add(texts, form.id(), s.title());
                s.fields().stream().flatMap(f -> Stream.concat(Stream.of(f), f.fields().stream()))
                        .forEach(f -> add(texts, form.id() + " " + f.id(), f.label()));
            }
        }
        add(texts, "area", new LancashireArea().area().name());
        new LancashireArea().defaultDefinition().ifPresent(d -> add(texts, "area/lancashire.area", d));
        LancashireTemplates templates = new LancashireTemplates();
        for (String name : templates.names()) {
            add(texts, "templates/" + name, templates.template(name).orElseThrow());
        }
        return texts;
    }

    private static void add(List<Map.Entry<String, String>> texts, String where, String... values) {
        for (String v : values) {
            texts.add(Map.entry(where, v));
        }
    }

    @Test
    void walksTheTextsOfEveryInstrumentCodeListAndForm() {
        List<Map.Entry<String, String>> texts = shippedTexts();
        assertTrue(texts.size() > 300, "only " + texts.size() + " texts found: is the walk missing something?");
        assertTrue(texts.stream().anyMatch(t -> t.getValue().contains("Peers being sexually exploited")));
        assertTrue(texts.stream().anyMatch(t -> t.getValue().contains("Young person has disclosed current exploitation")));
    }

    @Test
    void shipsNoLabelThatMinimisesAChildsSituation() {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> t : shippedTexts()) {
            String lower = t.getValue().toLowerCase(Locale.ROOT);
            FORBIDDEN.stream().filter(lower::contains).forEach(w -> found.add(t.getKey() + ": '" + w + "'"));
        }
        assertTrue(found.isEmpty(), "language rule broken: " + found);
    }

    @Test
    void theCheckItselfCatchesAForbiddenWordInAnyCase() {
        String sample = "Associating with peers involved in PROSTITUTION".toLowerCase(Locale.ROOT);
        assertTrue(FORBIDDEN.stream().anyMatch(sample::contains));
    }
}
