package org.safeguard.plugins.london;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.core.render.Format;
import org.safeguard.core.render.Renderer;
import org.safeguard.core.render.TemplateSources;

/** The VOLT case overview of the MASE agenda (§7, Appendix F item 2), rendered by the core's real renderer. */
class LondonTemplatesTest {
    private final LondonTemplates templates = new LondonTemplates();
    private final Renderer renderer = Renderer.create(TemplateSources.shared(Path.of("..", "..", "templates"))
            .withPlugins(() -> List.of(templates)));

    /** A per-case view model as DocumentViews.caseNotesView makes it (templates/README.md, "case-notes"). */
    private static Map<String, Object> model(boolean withForm) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("reference", "MASE-00012");
        c.put("child", new HashMap<>(Map.of("name", "Alex Sample", "dateOfBirth", "14 May 2011")) {{ put("address", null); }});
        c.put("riskLevel", null);
        c.put("category", "Category 2");
        c.put("riskFactors", List.of());
        for (String k : List.of("strategyUpdate", "update", "support", "engagement", "offending", "siblingsAndPeers",
                "referredOn", "closedOn")) {
            c.put(k, null);
        }
        c.put("support", "Weekly sessions with the CSE service");
        Map<String, Object> poc = new LinkedHashMap<>();
        poc.put("name", "Example Adult");
        poc.put("investigation", "Arrested, bailed");
        poc.put("disruption", null);
        c.put("personsOfConcern", List.of(poc));
        Map<String, Object> locations = new LinkedHashMap<>();
        locations.put("vulnerable", "Takeaway on Example Street");
        locations.put("targetHardening", null);
        locations.put("disruption", null);
        c.put("locations", locations);
        c.put("actions", List.of());
        c.put("flags", List.of(Map.of("code", "ES", "reason", "a case of suspected child sexual exploitation"),
                Map.of("code", "LB", "reason", "police category 2")));
        Map<String, Object> mi = new LinkedHashMap<>();
        mi.put("code", "MI");
        mi.put("title", "A positive intervention for the victim is achieved");
        mi.put("person", null);
        mi.put("on", "2 November 2026");
        mi.put("note", "School attendance improved");
        Map<String, Object> fq = new LinkedHashMap<>(mi);
        fq.put("code", "FQ");
        fq.put("title", "A positive disruption to the suspect has been achieved");
        fq.put("person", "Example Adult");
        fq.put("note", null);
        c.put("outcomes", List.of(mi, fq));
        c.put("forms", withForm ? Map.of("london.mase-info", Map.of("models", "Gangs and groups, Online CSE",
                "cris-number", "5201234/26", "gang-offending", "Yes")) : Map.of());
        c.put("classifications", Map.of("london.police-category", "Category 2"));
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("name", "London");
        area.put("marking", "OFFICIAL-SENSITIVE");
        area.put("confidentialityNotice", "Confidential.");
        return Map.of("area", area, "meeting", Map.of("typeName", "MASE", "date", "Tuesday 8 December 2026"), "case", c);
    }

    @Test
    void servesBothListedTemplatesFromTheJarAndNothingElse() {
        assertEquals("london", templates.area());
        for (String name : templates.names()) {
            assertTrue(templates.template(name).orElseThrow().contains("$case.reference"), name);
        }
        assertTrue(templates.template("agenda").isEmpty());
        assertTrue(templates.template("london/../../etc/passwd").isEmpty());
    }

    @Test
    void rendersTheFourVoltSectionsWithFlagsOutcomesAndTheMaseInformationForm() {
        for (Format format : List.of(Format.HTML, Format.TEXT)) {
            String out = renderer.render("london/volt", format, model(true)).text();
            for (String s : List.of("Victim", "Offender", "Location", "Themes", "Strategic overview / issues / blockages / gaps",
                    "MASE-00012", "LB: police category 2", "Category 2", "5201234/26", "Gangs and groups, Online CSE",
                    "School attendance improved", "A positive disruption to the suspect", "Takeaway on Example Street")) {
                assertTrue(out.toLowerCase(java.util.Locale.ROOT).contains(s.toLowerCase(java.util.Locale.ROOT)), format + " lacks " + s + ":\n" + out);
            }
            assertFalse(out.contains("No MASE information form"), format.name());
        }
    }

    @Test
    void rendersACaseWithoutAFormOrClassificationSayingSo() {
        Map<String, Object> m = model(false);
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) m.get("case");
        c.put("classifications", Map.of());
        for (Format format : List.of(Format.HTML, Format.TEXT)) {
            String out = renderer.render("london/volt", format, m).text();
            assertTrue(out.contains("No MASE information form is recorded for this case."), format.name());
            assertTrue(out.contains("Not set"), format.name());
        }
    }

    @Test
    void makesAPdfSoTheHtmlIsWellFormedXhtml() {
        assertTrue(renderer.render("london/volt", Format.PDF, model(true)).pages() >= 1);
    }

    @Test
    void keepsTheChildsNameOutOfTheTitleAndHeadings() {
        String html = renderer.render("london/volt", Format.HTML, model(true)).text();
        assertTrue(html.contains("<title>Case overview (VOLT) &#8211; MASE-00012</title>"), html);
        assertFalse(html.replaceAll("(?s)<td.*?</td>", "").contains("Alex Sample"), "name only in a table cell");
        assertTrue(html.contains("Alex Sample"));
    }
}
