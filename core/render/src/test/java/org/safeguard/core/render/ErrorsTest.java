package org.safeguard.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every template problem is one RenderException naming the template, line and column. */
class ErrorsTest {
    @TempDir
    Path home;

    private Renderer withHome(String file, String text) throws IOException {
        Path p = home.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return Renderer.create(TemplateSources.shared(Sources.shared()).withHomeOverrides(home));
    }

    @Test
    void aMistypedValueIsAnErrorNamingTemplateAndLine() throws IOException {
        Renderer r = withHome("agenda.vm", "<p>\n<b>$meeting.venu</b></p>");
        RenderException e = assertThrows(RenderException.class, () -> r.render("agenda", Format.HTML, Views.agenda(1, null)));
        assertEquals("agenda.vm", e.template());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith(home.resolve("agenda.vm") + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("no value 'venu'"), e.getMessage());
        assertTrue(e.getMessage().contains("venue"), "the message should list the values there are: " + e.getMessage());
        assertTrue(e.getMessage().contains("<b>$meeting.venu</b></p>\n"), "the message quotes the line: " + e.getMessage());
    }

    @Test
    void aMistypedValueIsAnErrorEvenWhereItWouldOtherwiseReadAsEmpty() throws IOException {
        Renderer r = withHome("agenda.text.vm", "#if($meeting.venu)x#end$!meeting.chiar");
        RenderException e = assertThrows(RenderException.class, () -> r.render("agenda", Format.TEXT, Views.agenda(1, null)));
        assertEquals(1, e.line());
        assertEquals(14, e.column());
    }

    @Test
    void anUndefinedTopLevelNameIsAnError() throws IOException {
        Renderer r = withHome("agenda.vm", "line one\n  $meetng.venue");
        RenderException e = assertThrows(RenderException.class, () -> r.render("agenda", Format.HTML, Views.agenda(1, null)));
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("$meetng"), e.getMessage());
    }

    @Test
    void aSyntaxErrorInAHomeOverrideNamesFileLineAndColumn() throws IOException {
        Renderer r = withHome("lancashire/case-notes.vm", "<h1>CSE 3</h1>\n<p>#if($case.reference</p>\n");
        RenderException e = assertThrows(RenderException.class,
                () -> r.render("lancashire/case-notes", Format.HTML, Views.caseNotes()));
        Path file = home.resolve("lancashire/case-notes.vm");
        assertTrue(e.getMessage().startsWith(file + ":2:"), e.getMessage());
        assertEquals("lancashire/case-notes.vm", e.template());
        assertEquals(2, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
        assertFalse(e.getMessage().contains("Was expecting"), "Velocity's token list is trimmed: " + e.getMessage());
    }

    @Test
    void aMissingTemplateIsNamed() {
        RenderException e = assertThrows(RenderException.class,
                () -> Sources.sharedRenderer().render("lancashire/missing", Format.HTML, Map.of()));
        assertTrue(e.getMessage().startsWith("lancashire/missing.vm: no such template"), e.getMessage());
    }

    @Test
    void anUnknownMacroOrRemovedDirectiveIsASyntaxError() throws IOException {
        Renderer r = withHome("report.vm", "\n\n   #tabel($rows)");
        RenderException e = assertThrows(RenderException.class, () -> r.render("report", Format.HTML, Views.report()));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("#tabel"), e.getMessage());
        Renderer removed = withHome("report.vm", "#evaluate('1')");
        RenderException gone = assertThrows(RenderException.class, () -> removed.render("report", Format.HTML, Views.report()));
        assertTrue(gone.getMessage().contains("#evaluate"), gone.getMessage());
    }

    @Test
    void aNameThatIsNotATemplateNameIsRefusedBeforeAnyFileIsRead() {
        for (String bad : new String[] {"../etc/passwd", "/etc/passwd", "Agenda", "agenda.vm", "a//b", "macros", ""}) {
            assertThrows(RenderException.class, () -> Sources.sharedRenderer().render(bad, Format.HTML, Map.of()), bad);
        }
    }

    @Test
    void aBrokenMacroLibraryStopsTheRendererFromStarting() throws IOException {
        Files.writeString(home.resolve("macros.vm"), "#macro(broken $x)\n#if(\n#end");
        RenderException e = assertThrows(RenderException.class,
                () -> Renderer.create(TemplateSources.shared(Sources.shared()).withHomeOverrides(home)));
        assertTrue(e.getMessage().contains("macros.vm"), e.getMessage());
    }

    @Test
    void aMissingMacroLibraryIsAnIncompleteInstallation(@TempDir Path empty) {
        RenderException e = assertThrows(RenderException.class, () -> Renderer.create(TemplateSources.shared(empty)));
        assertTrue(e.getMessage().contains("macro library is missing"), e.getMessage());
    }
}
