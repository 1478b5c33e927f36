package org.safeguard.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User text is escaped in HTML, verbatim in plain text; Markup is the one explicit exception. */
class EscapingTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";
    static final String SINGLE = "' onmouseover='alert(1)";
    private static final Renderer RENDERER = Sources.sharedRenderer();

    private static Map<String, Object> hostileMinutes() {
        Map<String, Object> m = Views.minutes();
        Views.Meeting base = Views.meeting();
        m.put("meeting", new Views.Meeting(base.typeName(), base.date(), base.time(), SCRIPT, ATTRIBUTE, SINGLE, "Tom & Jerry"));
        return m;
    }

    @Test
    void escapesScriptAndAttributeInjectionInHtml() {
        String html = RENDERER.render("minutes", Format.HTML, hostileMinutes()).text();
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("' onmouseover='"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("&#39; onmouseover=&#39;alert(1)"));
        assertTrue(html.contains("Tom &amp; Jerry"));
    }

    @Test
    void keepsUserTextVerbatimInPlainText() {
        String text = RENDERER.render("minutes", Format.TEXT, hostileMinutes()).text();
        assertTrue(text.contains("Venue: " + SCRIPT));
        assertTrue(text.contains("Joining remotely: " + ATTRIBUTE));
        assertTrue(text.contains("Chair: " + SINGLE));
        assertTrue(text.contains("Vice chair: Tom & Jerry"));
    }

    @Test
    void hostileTextStillMakesAPdf() {
        byte[] pdf = RENDERER.render("minutes", Format.PDF, hostileMinutes()).bytes();
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
    }

    @Test
    void replacesControlCharactersThatXmlForbids() {
        Map<String, Object> m = Views.minutes();
        m.put("nextMeeting", new Views.Meeting("Multi-Agency CSE Meeting", "Tuesday 7 April 2026", "10:00", "soon\u0000\u0007 enough",
                null, "C. Chair", null));
        String html = RENDERER.render("minutes", Format.HTML, m).text();
        assertTrue(html.contains("soon\uFFFD\uFFFD enough"));
        RENDERER.render("minutes", Format.PDF, m);
    }

    @Test
    void insertsMarkupUnescapedButAStringInTheSamePlaceEscaped() {
        Map<String, Object> withMarkup = Views.agenda(1, Markup.trusted("<p class=\"built\">notes</p>"));
        assertTrue(RENDERER.render("agenda", Format.HTML, withMarkup).text().contains("<p class=\"built\">notes</p>"));
        Map<String, Object> withString = Views.agenda(1, "<p class=\"built\">notes</p>");
        String html = RENDERER.render("agenda", Format.HTML, withString).text();
        assertFalse(html.contains("<p class=\"built\">"));
        assertTrue(html.contains("&lt;p class=&quot;built&quot;&gt;notes&lt;/p&gt;"));
    }

    @Test
    void embedsAnotherRenderingByItsBodyOnly() {
        RenderedDocument notes = RENDERER.render("case-notes", Format.HTML, Views.caseNotes());
        Markup body = notes.asMarkup();
        assertTrue(body.html().startsWith("<div class=\"marking\">"));
        assertFalse(body.html().contains("<html"));
        assertFalse(body.html().contains("</body>"));
        assertThrows(IllegalStateException.class, () -> RENDERER.render("case-notes", Format.TEXT, Views.caseNotes()).asMarkup());
    }

    @Test
    void refusesToBuildAStringFromReferencesInAnHtmlTemplate(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("probe.vm"), "#set($t = \"Title: $x\")$t");
        Files.writeString(home.resolve("probe.text.vm"), "#set($t = \"Title: $x\")$t");
        Renderer r = Renderer.create(TemplateSources.shared(Sources.shared()).withHomeOverrides(home));
        RenderException e = assertThrows(RenderException.class, () -> r.render("probe", Format.HTML, Map.of("x", "A & B")));
        assertTrue(e.getMessage().contains("probe.vm:1:11"), e.getMessage());
        assertTrue(e.getMessage().contains("escaped twice"), e.getMessage());
        assertEquals("Title: A & B", r.render("probe", Format.TEXT, Map.of("x", "A & B")).text());
    }

    @Test
    void refusesLiveObjectsInTheViewModel() {
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
                () -> RENDERER.render("report", Format.HTML, Map.of("when", LocalDate.of(2026, 3, 3))));
        assertTrue(date.getMessage().contains("when"), date.getMessage());
        IllegalArgumentException live = assertThrows(IllegalArgumentException.class,
                () -> RENDERER.render("report", Format.HTML, Map.of("area", Map.of("db", new Object()))));
        assertTrue(live.getMessage().contains("area.db"), live.getMessage());
    }
}
