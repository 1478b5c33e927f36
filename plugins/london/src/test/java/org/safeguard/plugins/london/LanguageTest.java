package org.safeguard.plugins.london;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.area.OutcomeCode;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.api.form.FormSection;

/**
 * Every text the plugin ships is free of labels that minimise what is happening to a child (the
 * toolkit's language rule, docs/plugin-guide.md). London's Appendix A prints "older 'boyfriends'",
 * which the plugin words "relationships with older people"; the list keeps it from creeping back.
 */
class LanguageTest {
    private static final List<String> FORBIDDEN = List.of("prostitut", "promiscuous", "consensual", "consenting",
            "street wise", "streetwise", "choosing to", "historic", "boyfriend",
            "places self at risk", "lifestyle", "risk taking");

    /** Where each text came from, then the text. */
    private static List<Map.Entry<String, String>> shippedTexts() {
        List<Map.Entry<String, String>> texts = new ArrayList<>();
        for (CodeList l : new LondonCodeLists().codeLists()) {
            add(texts, l.id(), l.title(), l.source());
            for (Code c : l.codes()) {
                add(texts, l.id() + " " + c.code(), c.label(), c.description());
                c.aliases().forEach(a -> add(texts, l.id() + " " + c.code(), a));
            }
        }
        for (FormDefinition form : new LondonForms().forms()) {
            add(texts, form.id(), form.title(), form.source());
            for (FormSection s : form.sections()) {
                add(texts, form.id(), s.title());
                s.fields().stream().flatMap(f -> Stream.concat(Stream.of(f), f.fields().stream()))
                        .forEach(f -> add(texts, form.id() + " " + f.id(), f.label()));
            }
        }
        LondonArea area = new LondonArea();
        add(texts, "area", area.area().name());
        for (OutcomeCode o : area.area().outcomes()) {
            add(texts, "outcome " + o.code(), o.title(), o.source());
        }
        area.defaultDefinition().ifPresent(d -> add(texts, "area/london.area", d));
        new LondonFlags().flags(TestCase.empty().category("2").answer("models", List.of("online"))
                .answer("group-offending", true).answer("gang-offending", true))
                .forEach(f -> add(texts, "flag " + f.code(), f.reason()));
        new LondonGuards().missing(new org.safeguard.core.api.casework.Step.OnMeeting("mase"), TestCase.empty())
                .forEach(m -> add(texts, "guard mase", m));
        new LondonGuards().missing(new org.safeguard.core.api.casework.Step.Discharge(), TestCase.empty())
                .forEach(m -> add(texts, "guard discharge", m));
        LondonTemplates templates = new LondonTemplates();
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
    void walksTheTextsOfEveryCodeListFormFlagGuardTemplateAndTheArea() {
        List<Map.Entry<String, String>> texts = shippedTexts();
        assertTrue(texts.size() > 200, "only " + texts.size() + " texts found: is the walk missing something?");
        assertTrue(texts.stream().anyMatch(t -> t.getValue().contains("relationships with older people")));
        assertTrue(texts.stream().anyMatch(t -> t.getKey().startsWith("templates/london/volt")));
        assertTrue(texts.stream().anyMatch(t -> t.getKey().equals("guard discharge")));
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
        String sample = "Involvement with older BOYFRIENDS".toLowerCase(Locale.ROOT);
        assertTrue(FORBIDDEN.stream().anyMatch(sample::contains));
    }
}
