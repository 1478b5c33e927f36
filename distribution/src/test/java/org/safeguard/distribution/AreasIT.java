package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Area definitions through the shipped command line: checking, and reloading in a running container. */
class AreasIT {
    @TempDir
    Path dir;
    Path home;
    String good;

    @BeforeEach
    void init() throws Exception {
        home = dir.resolve("home");
        assertEquals(0, Safeguard.run(home, "init", "--area", "lancashire").exit());
        try (InputStream in = AreasIT.class.getResourceAsStream("/testshire.area")) {
            good = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String broken() {
        return good.replace("= RED", "= REDD").replace("including police, csc", "including police, cssc");
    }

    @Test
    void checkReportsEveryErrorWithPositionCaretAndSuggestionAndExitsOne() throws Exception {
        Path ok = Files.writeString(dir.resolve("testshire.area"), good);
        Safeguard.Result valid = Safeguard.run(home, "areas", "check", ok.toString());
        assertEquals(0, valid.exit(), valid.toString());
        assertTrue(valid.out().contains("valid, area testshire"), valid.out());

        Path bad = Files.writeString(dir.resolve("broken.area"), broken());
        Safeguard.Result invalid = Safeguard.run(home, "areas", "check", bad.toString());
        assertEquals(1, invalid.exit(), invalid.toString());
        assertTrue(invalid.out().contains("broken.area:34:39: error: unknown band 'REDD'"), invalid.out());
        assertTrue(invalid.out().contains("hint: did you mean 'RED'?"), invalid.out());
        assertTrue(invalid.out().contains("hint: did you mean 'csc'?"), invalid.out());
        assertTrue(invalid.out().contains("^^^^"), invalid.out());

        Safeguard.Result json = Safeguard.run(home, "areas", "check", bad.toString(), "--json");
        assertEquals(1, json.exit());
        Map<?, ?> first = (Map<?, ?>) json.jsonList().get(0);
        assertEquals(false, first.get("valid"));
        assertEquals(2, ((List<?>) first.get("diagnostics")).size());
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodDefinitionInForceAndAFixAppliesWithoutARestart() throws Exception {
        Path file = home.resolve("areas/testshire.area");
        save(file, good);
        Path log = dir.resolve("serve.log");
        Process serve = Safeguard.start(home, log, "serve");
        try {
            int at = HotDeployIT.awaitLine(log, 0, "area testshire.area: applied");

            save(file, broken());
            at = HotDeployIT.awaitLine(log, at, "unknown band 'REDD'");
            at = HotDeployIT.awaitLine(log, at, "testshire.area: HAS ERRORS — the last good version");

            Safeguard.Result shown = Safeguard.run(home, "areas", "show", "testshire");
            assertEquals(0, shown.exit(), shown.toString());
            assertTrue(shown.out().contains("= RED"), "the last good definition is the one in force:\n" + shown.out());
            assertTrue(shown.err().contains("has errors; showing the last good version"), shown.err());

            save(file, good.replace("every 1 month", "every 2 months"));
            HotDeployIT.awaitLine(log, at, "area testshire.area: applied");
            Safeguard.Result fixed = Safeguard.run(home, "areas", "show", "testshire");
            assertTrue(fixed.out().contains("every 2 months"), fixed.out());
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    /** As an editor saves: a new file renamed over the old one. */
    private static void save(Path file, String text) throws Exception {
        Path tmp = file.resolveSibling(file.getFileName() + ".swp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
