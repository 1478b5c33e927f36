package org.safeguard.plugins.stockport;

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
 * Every text the plugin ships is free of labels that minimise what is happening to a child (the
 * toolkit's language rule, docs/plugin-guide.md). The procedure itself prints some: "promiscuity"
 * among the behavioural indicators (§5), "'consensual' relationship" (§3, §4) and "'boyfriends'"
 * (§3, §7), left out or reworded here; the list keeps them from creeping back. Templates are
 * walked too.
 */
class LanguageTest {
    private static final List<String> FORBIDDEN = List.of("prostitut", "promiscu", "consensual", "consenting",
            "street wise", "streetwise", "choosing to", "chooses to", "historic", "boyfriend", "girlfriend",
            "places self at risk", "lifestyle", "risk taking", "absconder", "materialistic");

    /** Where each text came from, then the text. */
    private static List<Map.Entry<String, String>> shippedTexts() {
        List<Map.Entry<String, String>> texts = new ArrayList<>();
        for (Checklist c : new StockportChecklists().checklists()) {
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
        for (CodeList l : new StockportCodeLists().codeLists()) {
            add(texts, l.id(), l.title(), l.source());
            for (Code c : l.codes()) {
                add(texts, l.id() + " " + c.code(), c.label(), c.description());
                c.aliases().forEach(a -> add(texts, l.id() + " " + c.code(), a));
            }
        }
        for (FormDefinition form : new StockportForms().forms()) {
            add(texts, form.id(), form.title(), form.source());
            for (FormSection s : form.sections()) {
                add(texts, form.id(), s.title());
                s.fields().stream().flatMap(f -> Stream.concat(Stream.of(f), f.fields().stream()))
                        .forEach(f -> add(texts, form.id() + " " + f.id(), f.label()));
            }
        }
        StockportArea area = new StockportArea();
        add(texts, "area", area.area().name());
        area.defaultDefinition().ifPresent(d -> add(texts, "area/stockport.area", d));
        for (var k : new StockportPlans().planKinds()) {
            add(texts, "plan " + k.id(), k.title());
            k.routes().forEach(r -> add(texts, "plan " + k.id() + " " + r.id(), r.title()));
        }
        StockportTemplates templates = new StockportTemplates();
        templates.names().forEach(n -> templates.template(n).ifPresent(t -> add(texts, "template " + n, t)));
        return texts;
    }

    private static void add(List<Map.Entry<String, String>> texts, String where, String... values) {
        for (String v : values) {
            texts.add(Map.entry(where, v));
        }
    }

    @Test
    void walksTheTextsOfEveryChecklistCodeListFormPlanTemplateAndTheArea() {
        List<Map.Entry<String, String>> texts = shippedTexts();
        assertTrue(texts.size() > 150, "only " + texts.size() + " texts found: is the walk missing something?");
        assertTrue(texts.stream().anyMatch(t -> t.getKey().equals("stockport.strategy-criteria route convene")));
        assertTrue(texts.stream().anyMatch(t -> t.getKey().startsWith("stockport.behavioural-indicators older-partner")));
        assertTrue(texts.stream().anyMatch(t -> t.getValue().contains("Significantly older partner")));
        assertTrue(texts.stream().anyMatch(t -> t.getKey().equals("area/stockport.area")));
        assertTrue(texts.stream().anyMatch(t -> t.getKey().equals("template stockport/se-strategy-minutes.text")));
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
    void theCheckItselfCatchesTheProceduresOwnLabels() {
        // §3 and §5 of the procedure, as printed
        String sample = ("the seemingly 'consensual' relationship where sex is exchanged; abused by 'boyfriends'; self-harming"
                + " behaviour: cutting, overdosing, eating disorder, promiscuity").toLowerCase(Locale.ROOT);
        assertTrue(FORBIDDEN.stream().filter(sample::contains).count() >= 2);
        assertTrue(Stream.of("consensual", "boyfriend").allMatch(sample::contains));
    }

    @Test
    void theCheckCatchesPromiscuityToo() {
        assertTrue(FORBIDDEN.stream().anyMatch("promiscuity"::contains), "the §5 word itself is caught");
    }
}
