package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.runtime.AreaDefinitions;
import org.safeguard.core.runtime.PluginInfo;

class HomesPluginsAreasTest {
    @TempDir
    Path tmp;

    @Test
    void anUnknownAreaIsRefusedBeforeTheHomeIsMade() {
        try (AppFixture f = AppFixture.uninitialised(tmp)) {
            NotFoundException e = assertThrows(NotFoundException.class, () -> f.app().homes().init(f.ctx(), List.of("lancashir")));
            assertTrue(e.getMessage().contains("did you mean 'lancashire'?"), e.getMessage());
            assertFalse(Files.exists(f.home().root()), "nothing is created for a typo");
        }
    }

    @Test
    void aFolderWithOtherFilesIsNeverTakenOver() throws Exception {
        try (AppFixture f = AppFixture.uninitialised(tmp)) {
            Path root = Files.createDirectories(f.home().root());
            Files.writeString(root.resolve("notes.txt"), "someone else's");
            Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            RefusedException e = assertThrows(RefusedException.class, () -> f.app().homes().init(f.ctx(), List.of("lancashire")));
            assertEquals("home-folder-not-empty", e.rule());
            assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(root)),
                    "its permissions are left alone");
            assertFalse(Files.exists(f.home().conf()));
        }
    }

    @Test
    void initEnablesThePluginWritesItsDefinitionOnceAndAuditsBoth() throws Exception {
        try (AppFixture f = AppFixture.withArea(tmp, "lancashire")) {
            Path file = f.home().areas().resolve("lancashire.area");
            assertTrue(Files.isRegularFile(file));
            assertEquals(List.of("init home", "add user", "enable plugin"), f.audit().stream().map(e -> e.action() + " " + e.entity()).toList());
            assertTrue(f.app().plugins().list(f.ctx()).stream().anyMatch(p -> p.id().equals("lancashire") && p.state().contains("enabled")),
                    f.app().plugins().list(f.ctx()).toString());
            assertEquals("lancashire", f.app().areas().resolve(f.ctx(), null).id());
            assertEquals("CSE-00007", f.app().areas().resolve(f.ctx(), null).caseReference(7));
            assertTrue(f.app().areas().demonstration(f.ctx(), "lancashire").orElseThrow().contains("\"children\""));

            Files.writeString(file, "# the administrator's own\n" + Files.readString(file));
            f.app().plugins().enable(f.ctx(), "lancashire");
            assertTrue(Files.readString(file).startsWith("# the administrator's own"), "an existing definition is never overwritten");
        }
    }

    @Test
    void definitionsAreCheckedOncePerProcessAndABrokenFileKeepsTheLastGoodInForce() throws Exception {
        try (AppFixture f = AppFixture.withArea(tmp, "lancashire")) {
            AreaDefinitions.Loaded first = f.app().areas().find(f.ctx(), "lancashire");
            assertTrue(first.applied());
            String name = f.app().areas().inForce(f.ctx(), "lancashire").name();

            Path file = f.home().areas().resolve("lancashire.area");
            Files.writeString(file, Files.readString(file) + "\nmeeting broken {\n");
            assertTrue(f.app().areas().find(f.ctx(), "lancashire").applied(), "not checked again until reloaded");

            AreaDefinitions.Loaded again = f.app().areas().reload(f.ctx()).get(0);
            assertFalse(again.applied());
            assertTrue(again.latest().hasErrors());
            assertEquals(name, f.app().areas().inForce(f.ctx(), "lancashire").name(), "the last good version stays in force");
            assertTrue(f.events().stream().anyMatch(e -> e.contains("has errors; the last good version")), f.events().toString());
        }
    }

    @Test
    void disablingIsAuditedAndLeavesNoAreaToWorkIn() {
        try (AppFixture f = AppFixture.withArea(tmp, "lancashire")) {
            PluginInfo off = f.app().plugins().disable(f.ctx(), "lancashire");
            assertEquals("lancashire", off.id());
            assertEquals(1, f.audited("disable", "plugin").size());
        }
        try (AppFixture f = AppFixture.uninitialised(tmp)) {
            RefusedException none = assertThrows(RefusedException.class, () -> f.app().areas().resolve(f.ctx(), null));
            assertEquals("no-area-enabled", none.rule());
        }
    }
}
