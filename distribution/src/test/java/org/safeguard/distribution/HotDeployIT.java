package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running container installs, updates and removes plugins dropped into the home, and follows enable/disable. */
class HotDeployIT {
    @TempDir
    Path dir;

    @Test
    void servingContainerHotDeploysUpdatesDisablesAndRemovesAPlugin() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, Safeguard.run(home, "init").exit());
        Path log = dir.resolve("serve.log");
        Process serve = Safeguard.start(home, log, "serve");
        try {
            int at = awaitLine(log, 0, "Serving ");
            Path jar = home.resolve("plugins/lancashire.jar");

            drop(Safeguard.shippedPlugin("lancashire"), jar);
            at = awaitLine(log, at, "plugin lancashire");
            at = awaitLine(log, at, "instruments: lancashire.cse2");

            drop(Safeguard.shippedPlugin("lancashire"), jar);
            Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
            at = awaitLine(log, at, "updated");

            assertEquals(0, Safeguard.run(home, "plugins", "disable", "lancashire").exit());
            at = awaitLine(log, at, "plugin lancashire disabled");
            at = awaitExactLine(log, at, "instruments: ");

            assertEquals(0, Safeguard.run(home, "plugins", "enable", "lancashire").exit());
            at = awaitLine(log, at, "instruments: lancashire.cse2");

            Files.delete(jar);
            at = awaitLine(log, at, "removed");
            awaitExactLine(log, at, "instruments: ");
            assertTrue(serve.isAlive(), "the container keeps running throughout");
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    /**
     * {@code serve} starts no bundle dropped into {@code plugins/} but a Safeguard plugin that
     * imports the core API alone: an ordinary OSGi bundle with an activator, and one that claims
     * the plugin header but imports the framework and has an activator, are installed by the
     * watcher and never resolve, so their code never runs; each is reported. The commands refuse
     * the same jars.
     */
    @Test
    void servingContainerRunsNoCodeFromABundleThatIsNotAnApiOnlyPlugin() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, Safeguard.run(home, "init").exit());
        Path marker = dir.resolve("activator-ran");
        Path log = dir.resolve("serve.log");
        Process serve = Safeguard.start(home, log, "serve");
        try {
            int at = awaitLine(log, 0, "Serving ");
            drop(activatorBundle(dir.resolve("plain"), marker, null), home.resolve("plugins/plain.jar"));
            at = awaitLine(log, at, "refused plain.jar: not a Safeguard plugin");
            drop(activatorBundle(dir.resolve("claims"), marker, "claims"), home.resolve("plugins/claims.jar"));
            awaitLine(log, at, "refused claims.jar: a plugin has no activator");
            Thread.sleep(1_000);
            assertTrue(serve.isAlive());
            assertTrue(Files.notExists(marker), "a refused bundle's activator ran");
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
        Safeguard.Result listed = Safeguard.run(home, "plugins", "list");
        assertTrue(Files.notExists(marker), "a command ran the activator: " + listed);
    }

    /** A bundle whose activator writes {@code marker}, compiled here; with the plugin header when {@code pluginId} is given. */
    private static Path activatorBundle(Path work, Path marker, String pluginId) throws Exception {
        Path src = Files.createDirectories(work.resolve("src/probe"));
        Files.writeString(src.resolve("Probe.java"), "package probe;\n"
                + "public class Probe implements org.osgi.framework.BundleActivator {\n"
                + "  public void start(org.osgi.framework.BundleContext c) throws Exception {\n"
                + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker.toString().replace("\\", "/") + "\"), \"ran\");\n  }\n"
                + "  public void stop(org.osgi.framework.BundleContext c) { }\n}\n");
        Path classes = Files.createDirectories(work.resolve("classes"));
        String classpath = System.getProperty("java.class.path");
        int rc = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp", classpath,
                src.resolve("Probe.java").toString());
        assertEquals(0, rc, "the probe compiles against the OSGi framework API on the test class path");
        java.util.jar.Manifest m = new java.util.jar.Manifest();
        java.util.jar.Attributes a = m.getMainAttributes();
        a.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "probe." + (pluginId == null ? "plain" : pluginId));
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", "probe.Probe");
        a.putValue("Import-Package", "org.osgi.framework");
        if (pluginId != null) {
            a.putValue("Safeguard-Plugin", pluginId);
        }
        Path jar = work.resolve("probe.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), m)) {
            out.putNextEntry(new java.util.jar.JarEntry("probe/Probe.class"));
            out.write(Files.readAllBytes(classes.resolve("probe/Probe.class")));
            out.closeEntry();
        }
        return jar;
    }

    /** Copies in under another name, then renames: the watcher never sees half a jar. */
    private static void drop(Path from, Path to) throws Exception {
        Path part = to.resolveSibling(to.getFileName() + ".part");
        Files.copy(from, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static int awaitLine(Path log, int from, String fragment) throws Exception {
        return await(log, from, line -> line.contains(fragment), fragment);
    }

    private static int awaitExactLine(Path log, int from, String text) throws Exception {
        return await(log, from, line -> line.strip().equals(text.strip()), "'" + text + "'");
    }

    /** Waits up to 30 s for a line after line number {@code from}; returns the line number after it. */
    private static int await(Path log, int from, java.util.function.Predicate<String> match, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            var lines = Files.exists(log) ? Files.readAllLines(log) : java.util.List.<String>of();
            for (int i = from; i < lines.size(); i++) {
                if (match.test(lines.get(i))) {
                    return i + 1;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line " + what + " after line " + from + " in the serve log:\n" + Files.readString(log));
    }
}
