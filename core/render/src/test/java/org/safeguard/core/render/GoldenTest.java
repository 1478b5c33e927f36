package org.safeguard.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shared document, and Lancashire's case notes, rendered from a fixed view model and
 * compared with {@code src/test/resources/golden/} exactly. After a deliberate template change,
 * run with {@code -Dsafeguard.golden.update=true} and review the diff.
 */
class GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("safeguard.golden.update");
    private static final Renderer RENDERER = Renderer.create(TemplateSources.shared(Sources.shared())
            .withPlugins(() -> List.of(Sources.lancashire())));

    private static Map<String, Supplier<Map<String, Object>>> documents() {
        return Map.of(
                "agenda", () -> Views.agenda(2, null),
                "minutes", Views::minutes,
                "invitation", Views::invitation,
                "case-notes", Views::caseNotes,
                "lancashire/case-notes", Views::caseNotes,
                "referral", Views::referral,
                "report", Views::report,
                "board-report", Views::boardReport);
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentMatchesItsGoldenFile() {
        return documents().entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(e -> Stream.of(Format.HTML, Format.TEXT)
                .map(f -> DynamicTest.dynamicTest(e.getKey() + " " + f, () -> compare(e.getKey(), f, e.getValue().get()))));
    }

    private static void compare(String name, Format format, Map<String, Object> view) throws IOException {
        String actual = RENDERER.render(name, format, view).text();
        Path golden = GOLDEN.resolve(name.replace('/', '-') + "." + (format == Format.HTML ? "html" : "txt"));
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "differs from " + golden);
    }

    @TestFactory
    Stream<DynamicTest> noTitleOrHeadingCarriesTheChildsName() {
        Pattern titles = Pattern.compile("<(title|h[1-6])>(.*?)</\\1>", Pattern.DOTALL);
        return documents().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String html = RENDERER.render(e.getKey(), Format.HTML, e.getValue().get()).text();
            Matcher m = titles.matcher(html);
            int count = 0;
            while (m.find()) {
                count++;
                assertFalse(m.group(2).contains(Views.CHILD_NAME), e.getKey() + ": " + m.group());
            }
            assertTrue(count > 1);
            String text = RENDERER.render(e.getKey(), Format.TEXT, e.getValue().get()).text();
            assertFalse(text.lines().findFirst().orElse("").contains(Views.CHILD_NAME), e.getKey() + " text title");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyTemplateIsFreeOfLanguageThatMinimisesAChildsSituation() throws IOException {
        List<String> forbidden = List.of("prostitut", "promiscuous", "consensual", "consenting", "street wise", "streetwise",
                "boyfriend", "historic");
        Path lancashire = Path.of(System.getProperty("safeguard.lancashire.resources", "../../plugins/lancashire/src/main/resources"));
        List<Path> files;
        try (Stream<Path> shared = Files.walk(Sources.shared()); Stream<Path> plugin = Files.walk(lancashire.resolve("templates"))) {
            files = Stream.concat(shared, plugin).filter(p -> p.toString().endsWith(".vm") || p.toString().endsWith(".md")).toList();
        }
        assertTrue(files.size() >= 15, files.toString());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String text = Files.readString(p).toLowerCase(Locale.ROOT);
            for (String word : forbidden) {
                // the README quotes the list itself, once, in its language section
                String checked = p.getFileName().toString().equals("README.md") ? text.replaceAll("(?s)<!-- language-rule -->.*?<!-- /language-rule -->", "") : text;
                assertFalse(checked.contains(word), p + " contains '" + word + "'");
            }
        }));
    }
}
