package org.safeguard.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.core.render.Format;
import org.safeguard.core.render.Renderer;
import org.safeguard.core.render.TemplateSources;

/** The profile's view rendered by the shipped templates: its tables in text, and its charts embedded in HTML and PDF. */
class ProfileViewTest {
    private static final Renderer RENDERER = Renderer.create(TemplateSources.shared(Path.of("../../templates")));

    static ProfileFigures figures() {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        outcomes.put("none", 483);
        outcomes.put("s17", 46);
        outcomes.put("s47", 120);
        outcomes.put("s20", 6);
        outcomes.put("s31", 3);
        Map<String, Integer> ethnicity = new LinkedHashMap<>();
        ethnicity.put("W1", 250);
        ethnicity.put("A2", 37);
        ethnicity.put("unrecorded", 25);
        Map<String, Integer> contact = new LinkedHashMap<>();
        contact.put("online", 300);
        contact.put("on-street", 200);
        contact.put("unrecorded", 158);
        Map<String, Integer> months = new LinkedHashMap<>();
        for (int m = 1; m <= 6; m++) {
            months.put("2025-0" + m, 100 + m);
        }
        return new ProfileFigures("lancashire", "profile", "Lancashire CSE problem profile", "the briefing note",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 658, outcomes, 0, 0.12, 0.16, 0.4, 0.15, 600, 62, 0.26, 0.98, 0.98,
                312, 0.06, ethnicity, Map.of("W1", "British", "A2", "Pakistani"), contact, months, List.of("A note."));
    }

    @Test
    void textHasEveryTableAndNoChart() {
        String text = new String(RENDERER.render("profile", Format.TEXT, ProfileView.of(figures(), "Pan-Lancashire", "OFFICIAL-SENSITIVE",
                "Monday 7 December 2026, 09:00", false)).bytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("1 January 2025 to 30 June 2025"), text);
        assertTrue(text.contains("Section 47 (enquiry: child at risk)"), text);
        assertTrue(text.contains("120"), text);
        assertTrue(text.contains("Ethnicity: Pakistani (A2)"), text);
        assertTrue(text.contains("26.0%"), text);
        assertTrue(text.contains("June 2025"), text);
        assertFalse(text.contains("data:image"), text);
    }

    @Test
    void htmlAndPdfEmbedTheCharts() {
        Map<String, Object> view = ProfileView.of(figures(), "Pan-Lancashire", "OFFICIAL-SENSITIVE", "Monday 7 December 2026, 09:00", true);
        String html = new String(RENDERER.render("profile", Format.HTML, view).bytes(), StandardCharsets.UTF_8);
        assertEquals(3, html.split("<img src=\"data:image/png;base64,", -1).length - 1, "three charts");
        byte[] pdf = RENDERER.render("profile", Format.PDF, view).bytes();
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF"));
        try (var doc = org.apache.pdfbox.pdmodel.PDDocument.load(pdf)) {
            int images = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
            }
            assertEquals(3, images, "the PDF holds the three charts as images");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aChartIsAPng() {
        byte[] png = Charts.bars("T", "x", "y", Map.of("a", 1, "b", 2));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(png.length > 1000);
    }
}
