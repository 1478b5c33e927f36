package org.safeguard.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering the architecture promises, checked on the sources: the command line is an
 * adapter over the application layer (no store, no renderer, no other module's internals), and
 * no core module's code names an area or one of its forms, instruments or codes — those are
 * the plugins' data. Comments may cite an area as an example; code may not.
 */
class LayeringTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);
    /** What only a plugin may say: area ids, their instruments, forms, codes and meeting types. */
    private static final List<String> AREA_WORDS = List.of("lancashire", "london", "stockport", "swindon", "cse1", "cse2",
            "cse-%", "multi-agency-cse", "mase", "volt");

    @Test
    void theCommandLineTouchesNoStoreRendererOrInternalOfAnotherModule() {
        List<String> slips = new ArrayList<>();
        for (Path file : javaSources(ROOT.resolve("core/cli/src/main/java"))) {
            Matcher m = IMPORT.matcher(read(file));
            while (m.find()) {
                String name = m.group(1);
                boolean foreignInternal = name.contains(".internal.") && !name.startsWith("org.safeguard.core.cli.internal.");
                if (name.startsWith("org.safeguard.core.store.") || name.startsWith("org.safeguard.core.render.") || foreignInternal) {
                    slips.add(ROOT.relativize(file) + ": import " + name);
                }
            }
        }
        assertEquals(List.of(), slips);
    }

    @Test
    void noCoreModuleNamesAnArea() {
        List<String> slips = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT.resolve("core"))) {
            modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).forEach(roots::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        roots.add(ROOT.resolve("dsl/src/main/java"));
        assertFalse(roots.isEmpty());
        for (Path root : roots) {
            for (Path file : javaSources(root)) {
                String code = withoutComments(read(file)).toLowerCase(Locale.ROOT).replace("europe/london", "");
                for (String word : AREA_WORDS) {
                    if (Pattern.compile("(?<![a-z])" + Pattern.quote(word) + "(?![a-z])").matcher(code).find()) {
                        slips.add(ROOT.relativize(file) + ": " + word);
                    }
                }
            }
        }
        assertEquals(List.of(), slips);
    }

    private static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }

    private static List<Path> javaSources(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
