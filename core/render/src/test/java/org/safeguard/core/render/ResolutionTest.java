package org.safeguard.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.template.TemplateProvider;
import org.safeguard.core.render.TemplateCatalogue.Origin;

/** A name resolves home override, then plugin, then shared; the catalogue lists all three. */
class ResolutionTest {
    @TempDir
    Path root;

    private Path folder(String name) throws IOException {
        return Files.createDirectories(root.resolve(name));
    }

    private static void write(Path folder, String file, String text) throws IOException {
        Path p = folder.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void homeOverridesPluginWhichOverridesShared() throws IOException {
        Path shared = folder("shared");
        Path home = folder("home");
        Files.copy(Sources.shared().resolve("macros.vm"), shared.resolve("macros.vm"));
        write(shared, "lancashire/note.vm", "shared");
        write(shared, "west/note.vm", "shared");
        write(shared, "east/note.vm", "shared");
        write(home, "east/note.vm", "home");
        TemplateProvider east = Sources.provider("east", Map.of("east/note", "plugin"));
        TemplateProvider west = Sources.provider("west", Map.of("west/note", "plugin"));
        Renderer r = Renderer.create(TemplateSources.shared(shared).withHomeOverrides(home).withPlugins(() -> List.of(east, west)));
        assertEquals("home", r.render("east/note", Format.HTML, Map.of()).text());
        assertEquals("plugin", r.render("west/note", Format.HTML, Map.of()).text());
        assertEquals("shared", r.render("lancashire/note", Format.HTML, Map.of()).text());
        assertEquals(Origin.HOME, r.catalogue().source("east/note", Format.HTML).orElseThrow().origin());
        assertEquals(Origin.PLUGIN, r.catalogue().source("west/note", Format.HTML).orElseThrow().origin());
        assertEquals(Origin.SHARED, r.catalogue().source("lancashire/note", Format.HTML).orElseThrow().origin());
    }

    @Test
    void aPluginCannotReplaceAnotherAreasOrTheSharedTemplates() throws IOException {
        TemplateProvider rogue = Sources.provider("rogue", Map.of("agenda", "rogue agenda", "lancashire/case-notes", "rogue notes"));
        Renderer r = Renderer.create(TemplateSources.shared(Sources.shared()).withPlugins(() -> List.of(rogue)));
        assertFalse(r.render("agenda", Format.HTML, Views.agenda(1, null)).text().contains("rogue"));
        assertEquals(2, r.catalogue().problems().size(), r.catalogue().problems().toString());
        assertTrue(r.catalogue().problems().get(0).contains("plugin rogue"));
    }

    @Test
    void servesTheLancashirePluginsCaseNotes() {
        Renderer r = Renderer.create(TemplateSources.shared(Sources.shared()).withPlugins(() -> List.of(Sources.lancashire())));
        String html = r.render("lancashire/case-notes", Format.HTML, Views.caseNotes()).text();
        assertTrue(html.contains("<h1>CSE 3 case notes: LAN-2026-0042</h1>"));
        assertTrue(r.render("lancashire/case-notes", Format.TEXT, Views.caseNotes()).text().contains("Siblings & peers: "));
    }

    @Test
    void seesAPluginArriveAndAHomeOverrideAppear() throws IOException, InterruptedException {
        List<TemplateProvider> plugins = new ArrayList<>();
        Path home = folder("home");
        Renderer r = Renderer.create(TemplateSources.shared(Sources.shared()).withHomeOverrides(home).withPlugins(() -> List.copyOf(plugins)));
        assertFalse(r.catalogue().contains("lancashire/case-notes"));
        plugins.add(Sources.lancashire());
        assertTrue(r.catalogue().contains("lancashire/case-notes"));
        assertTrue(r.render("lancashire/case-notes", Format.TEXT, Views.caseNotes()).text().startsWith("CSE 3 case notes"));
        write(home, "lancashire/case-notes.text.vm", "home notes for $case.reference");
        Thread.sleep(2_100);
        assertEquals("home notes for LAN-2026-0042", r.render("lancashire/case-notes", Format.TEXT, Views.caseNotes()).text());
    }

    @Test
    void theCatalogueListsSharedPluginAndHomeNames() throws IOException {
        Path home = folder("home");
        write(home, "stockport/complex-safeguarding.vm", "<p>home</p>");
        write(home, "minutes.text.vm", "home minutes");
        write(home, "Bad Name.vm", "ignored");
        Renderer r = Renderer.create(TemplateSources.shared(Sources.shared()).withHomeOverrides(home)
                .withPlugins(() -> List.of(Sources.lancashire())));
        TemplateCatalogue c = r.catalogue();
        assertEquals(Set.of("agenda", "board-report", "case-notes", "invitation", "minutes", "profile", "referral", "report", "lancashire/case-notes",
                "stockport/complex-safeguarding"), c.names());
        assertEquals(EnumSet.allOf(Format.class), c.formats("agenda"));
        assertEquals(EnumSet.of(Format.HTML, Format.PDF), c.formats("stockport/complex-safeguarding"));
        assertEquals(Origin.HOME, c.source("minutes", Format.TEXT).orElseThrow().origin());
        assertEquals(Origin.SHARED, c.source("minutes", Format.HTML).orElseThrow().origin());
        assertEquals(Origin.PLUGIN, c.source("lancashire/case-notes", Format.HTML).orElseThrow().origin());
        assertFalse(c.contains("macros"));
        assertTrue(c.problems().stream().anyMatch(p -> p.contains("Bad Name.vm")), c.problems().toString());
    }
}
