package org.safeguard.plugins.swindon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.Question;
import org.safeguard.core.api.checklist.Route;
import org.safeguard.core.api.checklist.Rule;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.api.form.FormSection;

/**
 * Every text the plugin ships is free of labels that minimise what is happening to a child (§8
 * "Language and labelling", and the toolkit's language rule, docs/plugin-guide.md). The handbook
 * itself prints some: "older boyfriends or girlfriends" (§5), the "boyfriend" model (§3) and
 * "risk taking" (§6), reworded here; the list keeps them from creeping back.
 */
class LanguageTest {
    private static final List<String> FORBIDDEN = List.of("prostitut", "promiscuous", "consensual", "consenting",
            "street wise", "streetwise", "choosing to", "chooses to", "historic", "boyfriend", "girlfriend",
            "places self at risk", "lifestyle", "risk taking", "absconder", "materialistic");

    /** Where each text came from, then the text. */
    private static List<Map.Entry<String, String>> shippedTexts() {
        List<Map.Entry<String, String>> texts = new ArrayList<>();
        for (Checklist c : new SwindonChecklists().checklists()) {
            add(texts, c.id(), c.title(), c.source());
            for (Question q : c.questions()) {
                add(texts, c.id() + " " + q.id(), q.text(), q.source());
            }
            for (Route r : c.routes()) {
                add(texts, c.id() + " route " + r.id(), r.title());
            }
            for (Rule r : c.rules()) {
                add(texts, c.id() + " rule " + r.id(), r.source(), r.when().describe());
            }
        }
        for (CodeList l : new SwindonCodeLists().codeLists()) {
            add(texts, l.id(), l.title(), l.source());
            for (Code c : l.codes()) {
                add(texts, l.id() + " " + c.code(), c.label(), c.description());
                c.aliases().forEach(a -> add(texts, l.id() + " " + c.code(), a));
            }
        }
        for (FormDefinition form : new SwindonForms().forms()) {
            add(texts, form.id(), form.title(), form.source());
            for (FormSection s : form.sections()) {
                add(texts, form.id(), s.title());
                s.fields().stream().flatMap(f -> Stream.concat(Stream.of(f), f.fields().stream()))
                        .forEach(f -> add(texts, form.id() + " " + f.id(), f.label()));
            }
        }
        SwindonArea area = new SwindonArea();
        add(texts, "area", area.area().name());
        area.defaultDefinition().ifPresent(d -> add(texts, "area/swindon.area", d));
        return texts;
    }

    private static void add(List<Map.Entry<String, String>> texts, String where, String... values) {
        for (String v : values) {
            texts.add(Map.entry(where, v));
        }
    }

    @Test
    void walksTheTextsOfTheScreeningEveryCodeListTheFormAndTheArea() {
        List<Map.Entry<String, String>> texts = shippedTexts();
        assertTrue(texts.size() > 200, "only " + texts.size() + " texts found: is the walk missing something?");
        assertTrue(texts.stream().anyMatch(t -> t.getKey().equals("swindon.screening route other-support")));
        assertTrue(texts.stream().anyMatch(t -> t.getKey().startsWith("swindon.screening secrecy")));
        assertTrue(texts.stream().anyMatch(t -> t.getValue().contains("Relationships with older people")));
        assertTrue(texts.stream().anyMatch(t -> t.getKey().equals("area/swindon.area")));
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
    void theCheckItselfCatchesTheFirstSallyRecordingsLabels() {
        // §8 b: the first "Sally" recording, in part
        String sample = "She is a streetwise young woman who from day one has been a persistent absconder. She chooses"
                + " to associate with older friends. Sally is known to be sexually active and is promiscuous."
                .toLowerCase(Locale.ROOT);
        assertTrue(Stream.of("streetwise", "absconder", "chooses to", "promiscuous").allMatch(sample::contains));
        assertTrue(FORBIDDEN.stream().filter(sample::contains).count() >= 4);
    }
}
