package org.safeguard.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.safeguard.dsl.eval.CaseField;
import org.safeguard.dsl.eval.DeadlineAnchor;

/**
 * The reference page cannot drift: its {@code area} blocks check clean, its {@code area-error}
 * blocks (not applied) and {@code area-warning} blocks (applied) give exactly the {@code output}
 * block after them, and its catalogue tables match the code.
 */
class DocsTest {
  private static final Path PAGE = Path.of("..", "docs", "area-language.md");
  private static final String HEADER = "area example \"Example area\" uses lancashire\n";
  private static final Pattern BLOCK = Pattern.compile("```(area|area-error|area-warning|output)\\n(.*?)```", Pattern.DOTALL);

  private record Block(String kind, String text) {}

  private static List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(TestVocabularies.read(PAGE));
    while (m.find()) {
      out.add(new Block(m.group(1), m.group(2)));
    }
    return out;
  }

  private static CheckResult check(String text) {
    String full = text.lines().anyMatch(l -> l.startsWith("area ")) ? text : HEADER + text;
    return AreaLanguage.check("example.area", full, TestVocabularies.all(), IncludeResolver.none());
  }

  @TestFactory
  Stream<DynamicTest> everyExampleChecksAsThePageSays() {
    List<Block> blocks = blocks();
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      int n = i;
      if (b.kind().equals("area")) {
        tests.add(DynamicTest.dynamicTest("area example " + n, () -> assertEquals("", check(b.text()).format())));
      } else if (b.kind().equals("area-error") || b.kind().equals("area-warning")) {
        Block output = blocks.get(i + 1);
        assertEquals("output", output.kind(), "an " + b.kind() + " block must be followed by its output");
        boolean errors = b.kind().equals("area-error");
        tests.add(DynamicTest.dynamicTest((errors ? "error" : "warning") + " example " + n, () -> {
          CheckResult r = check(b.text());
          assertEquals(errors, r.hasErrors(), "an area-warning example is applied, an area-error one is not");
          assertEquals(output.text(), r.format());
        }));
      }
    }
    assertTrue(tests.size() >= 10, "the page should have examples, found " + tests.size());
    return tests.stream();
  }

  @Test
  void fieldTableIsTheCatalogue() {
    String table = CaseField.values().stream().map(f -> "| `" + f.path() + "` | " + type(f) + " | "
        + f.description() + " |").collect(Collectors.joining("\n"));
    assertTrue(TestVocabularies.read(PAGE).contains(table), "expected the field table:\n" + table);
  }

  @Test
  void anchorTableIsTheCatalogue() {
    String table = Arrays.stream(DeadlineAnchor.values()).map(a -> "| `" + a.word() + "` | " + a.description() + " |")
        .collect(Collectors.joining("\n"));
    assertTrue(TestVocabularies.read(PAGE).contains(table), "expected the anchor table:\n" + table);
  }

  @Test
  void codeTableListsExactlyTheMessageCatalogue() {
    String page = TestVocabularies.read(PAGE);
    String section = page.substring(page.indexOf("<!-- codes -->"));
    Set<String> documented = new TreeSet<>();
    Matcher m = Pattern.compile("^\\| `([a-z-]+)` \\|", Pattern.MULTILINE).matcher(section);
    while (m.find()) {
      documented.add(m.group(1));
    }
    Set<String> codes = new TreeSet<>(AreaLanguage.messageCodes());
    assertEquals(codes, documented);
  }

  private static String type(CaseField f) {
    return switch (f.kind()) {
      case NUMBER -> "number " + f.min() + (f.max() == Long.MAX_VALUE ? " or more" : "–" + f.max());
      case FIXED -> "one of " + String.join(", ", f.fixedValues());
      default -> f.kind().description();
    };
  }
}
