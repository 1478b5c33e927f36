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
