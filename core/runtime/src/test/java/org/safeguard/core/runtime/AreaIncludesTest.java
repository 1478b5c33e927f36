package org.safeguard.core.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.dsl.CheckResult;
import org.safeguard.dsl.SimpleVocabulary;

/** An area file's includes stay inside the home's areas folder, symbolic links too, and nothing outside is echoed. */
class AreaIncludesTest {
    @TempDir
    Path dir;

    @Test
    void anIncludeThatLinksOutOfTheAreasFolderIsNotFoundAndNotEchoed() throws Exception {
        Home home = new Home(dir.resolve("home")).create();
        Path outside = Files.writeString(dir.resolve("outside.txt"), "agency secret-unique \"Line from outside the home\"\n");
        Files.createSymbolicLink(home.areas().resolve("common.area"), outside);
        Path file = Files.writeString(home.areas().resolve("testshire.area"), "include \"common.area\"\narea testshire \"Testshire\"\n");

        CheckResult r = new AreaDefinitions(home, () -> SimpleVocabulary.builder().build()).check(file);
        String shown = r.format();
        assertTrue(r.hasErrors(), shown);
        assertTrue(shown.contains("common.area"), "the include is reported: " + shown);
        assertFalse(shown.contains("secret-unique") || shown.contains("outside the home"), "nothing of the target is echoed: " + shown);
    }
}
