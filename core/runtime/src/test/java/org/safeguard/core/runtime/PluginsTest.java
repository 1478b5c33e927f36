package org.safeguard.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.SafeguardException;

class PluginsTest {
    @TempDir
    Path dir;

    private static void pluginJar(Path jar, String id) throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Bundle-SymbolicName", "test." + id);
        m.getMainAttributes().putValue("Bundle-Version", "1.2.3");
        m.getMainAttributes().putValue("Safeguard-Plugin", id);
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
    }

    @Test
    void enablingInstallsTheShippedJarAndDisablingKeepsIt() throws Exception {
        Distribution dist = new Distribution(dir.resolve("dist"));
        pluginJar(dist.pluginsDir().resolve("area-one.jar"), "one");
        Home home = new Home(dir.resolve("home")).create();
        Plugins plugins = new Plugins(home, dist);
        assertEquals("available", plugins.find("one").orElseThrow().state());

        assertEquals("enabled", plugins.enable("one").state());
        assertTrue(Files.exists(home.plugins().resolve("area-one.jar")));
        assertEquals("disabled", plugins.disable("one").state());
        assertTrue(Files.exists(home.plugins().resolve("area-one.jar")), "disabling keeps the jar");
        assertTrue(PluginPolicy.read(home.pluginPolicyFile()).disabled().contains("one"));
        assertEquals("enabled", plugins.enable("one").state());
    }

    @Test
    void unknownPluginsAreNamedWithASuggestion() throws Exception {
        Distribution dist = new Distribution(dir.resolve("dist"));
        pluginJar(dist.pluginsDir().resolve("lancs.jar"), "lancashire");
        Plugins plugins = new Plugins(new Home(dir.resolve("home")).create(), dist);
        NotFoundException e = assertThrows(NotFoundException.class, () -> plugins.enable("lancashir"));
        assertTrue(e.getMessage().contains("did you mean 'lancashire'"), e.getMessage());
        assertThrows(SafeguardException.class, () -> plugins.disable("lancashire"), "not installed, nothing to disable");
    }

    @Test
    void policySurvivesARoundTripAndIgnoresBlanks() {
        Path file = dir.resolve("conf/plugins.properties");
        new PluginPolicy(java.util.Set.of("b", "a")).write(file);
        PluginPolicy read = PluginPolicy.read(file);
        assertEquals(java.util.Set.of("a", "b"), read.disabled());
        assertTrue(read.enabled("c"));
        assertTrue(PluginPolicy.read(dir.resolve("missing.properties")).disabled().isEmpty());
    }
}
