package org.safeguard.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: each {@code golden/input/NAME.area} is checked against the four areas' vocabulary
 * and its formatted diagnostics must equal {@code golden/expected/NAME.err} exactly; an empty
 * expected file means the input must check clean. Run with {@code -Dgolden.update=true} to
 * rewrite the expected files after reviewing a change.
 */
class GoldenFileTest {
  private static final Path GOLDEN = TestVocabularies.RESOURCES.resolve("golden");
  private static final Path INPUT = GOLDEN.resolve("input");
  private static final Path EXPECTED = GOLDEN.resolve("expected");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static List<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.list(INPUT)) {
      return files.filter(p -> p.toString().endsWith(".area")).sorted().toList();
    }
  }

  static CheckResult check(Path input) {
    String text = TestVocabularies.read(input);
    return AreaLanguage.check(new SourceText(input.getFileName().toString(), text), TestVocabularies.all(),
        TestVocabularies.folder(GOLDEN.resolve("include")), limits(text));
  }

  /** A first line {@code # limits: maxNesting=4, ...} lowers limits so a small file can reach them. */
  static Limits limits(String text) {
    Limits d = Limits.defaults();
    if (!text.startsWith("# limits:")) {
      return d;
    }
    java.util.Map<String, Integer> set = new java.util.HashMap<>();
    String line = text.lines().findFirst().orElse("").substring("# limits:".length());
    for (String pair : line.split(",")) {
      String[] kv = pair.trim().split("=");
      set.put(kv[0], Integer.parseInt(kv[1]));
    }
    return new Limits(set.getOrDefault("maxFileChars", d.maxFileChars()),
        set.getOrDefault("maxLineChars", d.maxLineChars()), set.getOrDefault("maxNesting", d.maxNesting()),
        set.getOrDefault("maxDiagnostics", d.maxDiagnostics()),
        set.getOrDefault("maxIncludeDepth", d.maxIncludeDepth()), set.getOrDefault("maxFiles", d.maxFiles()));
  }

  static Path expectedFor(Path input) {
    String name = input.getFileName().toString();
    return EXPECTED.resolve(name.substring(0, name.length() - ".area".length()) + ".err");
  }

  @TestFactory
  Stream<DynamicTest> eachInputGivesExactlyItsExpectedOutput() throws IOException {
    return inputs().stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
      CheckResult r = check(input);
      Path expected = expectedFor(input);
      if (UPDATE) {
        Files.writeString(expected, r.format(), StandardCharsets.UTF_8);
      }
      assertTrue(Files.exists(expected), "missing " + expected);
      String want = Files.readString(expected, StandardCharsets.UTF_8);
      assertEquals(want, r.format());
      assertEquals(want.isEmpty(), r.definition().isPresent() && r.diagnostics().isEmpty());
      if (want.isEmpty()) {
        String canonical = AreaLanguage.print(r.definition().orElseThrow());
        CheckResult again = AreaLanguage.check("canonical.area", canonical, TestVocabularies.all(), IncludeResolver.none());
        assertEquals("", again.format(), canonical);
        assertEquals(canonical, AreaLanguage.print(again.definition().orElseThrow()));
      }
    }));
  }

  @Test
  void everyCatalogueMessageHasAFailingGoldenExample() throws IOException {
    Set<String> covered = new TreeSet<>();
    boolean omitted = false;
    for (Path input : inputs()) {
      CheckResult r = check(input);
      r.diagnostics().forEach(d -> covered.add(d.code()));
      omitted |= r.omitted() > 0;
    }
    List<String> missing = new ArrayList<>();
    for (String code : AreaLanguage.messageCodes()) {
      if (!covered.contains(code)) {
        missing.add(code);
      }
    }
    assertEquals(List.of(), missing, "catalogue messages without a golden example");
    assertTrue(omitted, "no golden example reaches the diagnostics limit");
  }

  @Test
  void everyLanguageConstructHasAPassingGoldenExample() throws IOException {
    long passing = inputs().stream().filter(p -> check(p).diagnostics().isEmpty()).count();
    assertFalse(passing < 10, "expected passing examples, found " + passing);
  }
}
