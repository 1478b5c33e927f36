package org.safeguard.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated input with a fixed seed: random bytes, random token soup and mutations of valid
 * files. Whatever comes in, checking ends quickly, nothing escapes, the internal-error fallback is
 * never used, and every diagnostic points at a real place in the file.
 */
class GeneratedInputTest {
  private static final long SEED = 20_251_123L;
  private static final long MAX_MILLIS_PER_CASE = 2_000;
  private static final String[] TOKENS = {
      "area", "agency", "role", "meeting", "template", "deadline", "rule", "keep", "include", "uses", "strands",
      "calendar", "holiday", "lead", "contact", "purpose", "every", "at", "most", "apart", "chaired", "by", "vice",
      "chair", "must", "attend", "invited", "quorum", "least", "agencies", "including", "agenda", "sent",
      "before", "minutes", "due", "after", "part", "section", "item", "confidential", "without", "for", "each",
      "case", "on", "panel", "proposed", "discharge", "with", "band", "where", "lists", "actions", "using",
      "when", "then", "notify", "add", "to", "next", "create", "action", "raise", "priority", "within", "of",
      "and", "or", "not", "is", "has", "missing", "episodes", "in", "last", "time", "since", "days", "working",
      "hours", "months", "years", "case.category", "case.band", "child.age", "RED", "AMBER", "police",
      "lancashire", "lancashire.cse2", "\"text\"", "\"unterminated", "7", "0", "2025-12-29", "2025-13-40",
      "(", ")", ",", ";", "=", "!=", "<", "<=", ">", ">=", "#", "@", "\t", "\u201C", "\uFFFD", "\\", "\r\n", "\n",
      "\n  ", "\n    ", "\n\t"};

  private static List<String> valid;

  @BeforeAll
  static void loadValidFiles() throws IOException {
    valid = new ArrayList<>();
    try (Stream<Path> files = Files.list(TestVocabularies.RESOURCES.resolve("golden/input"))) {
      files.filter(p -> p.getFileName().toString().startsWith("ok-")).sorted()
          .forEach(p -> valid.add(TestVocabularies.read(p)));
    }
    valid.add(TestVocabularies.read(TestVocabularies.LANCASHIRE_AREA));
    for (String area : List.of("london", "stockport", "swindon")) {
      valid.add(TestVocabularies.read(TestVocabularies.RESOURCES.resolve("examples/" + area + ".area")));
    }
  }

  @Test
  void randomBytesAreRejectedWithAPositionedError() {
    Random random = new Random(SEED);
    for (int i = 0; i < 1_000; i++) {
      byte[] bytes = new byte[random.nextInt(3_000)];
      random.nextBytes(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      CheckResult r = run(text);
      assertTrue(r.hasErrors(), () -> "junk accepted: " + Arrays.toString(bytes));
      assertFalse(r.diagnostics().isEmpty());
    }
  }

  @Test
  void randomTokensNeverBreakTheChecker() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 1_500; i++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "area t \"T\" uses lancashire\n" : "");
      int n = random.nextInt(200);
      for (int t = 0; t < n; t++) {
        text.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      run(text.toString());
    }
  }

  @Test
  void mutatedValidFilesNeverBreakTheChecker() {
    Random random = new Random(SEED + 2);
    int broken = 0;
    for (int i = 0; i < 2_500; i++) {
      String original = valid.get(random.nextInt(valid.size()));
      String mutated = mutate(original, random);
      CheckResult r = run(mutated);
      if (r.definition().isEmpty()) {
        broken++;
      }
    }
    assertTrue(broken > 500, "mutations should mostly break files, broke " + broken);
  }

  @Test
  void everyValidFileIsAcceptedUnmutated() {
    for (String text : valid) {
      assertEquals("", run(text).format());
    }
  }

  private static CheckResult run(String text) {
    long start = System.nanoTime();
    CheckResult r = AreaLanguage.check("fuzz.area", text, TestVocabularies.all(),
        TestVocabularies.folder(TestVocabularies.RESOURCES.resolve("golden/include")));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < MAX_MILLIS_PER_CASE, () -> "took " + millis + " ms:\n" + text);
    assertTrue(r.definition().isPresent() || !r.diagnostics().isEmpty(), () -> "no definition and no diagnostic");
    assertTrue(r.definition().isPresent() != r.hasErrors());
    for (Diagnostic d : r.diagnostics()) {
      assertFalse(d.code().equals("internal-error"), () -> d.message() + "\n" + text);
      if (d.file().equals("fuzz.area")) {
        Positions.assertValid(d, text);
      }
    }
    assertTrue(r.diagnostics().size() <= Limits.defaults().maxDiagnostics());
    return r;
  }

  private static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int times = 1 + random.nextInt(3);
    for (int t = 0; t < times && !lines.isEmpty(); t++) {
      int i = random.nextInt(lines.size());
      int j = random.nextInt(lines.size());
      String line = lines.get(i);
      switch (random.nextInt(8)) {
        case 0 -> lines.remove(i);
        case 1 -> lines.add(i, line);
        case 2 -> { lines.set(i, lines.get(j)); lines.set(j, line); }
        case 3 -> lines.set(i, line.isEmpty() ? line : dropChar(line, random));
        case 4 -> lines.set(i, line.isEmpty() ? line : dupChar(line, random));
        case 5 -> lines.set(i, line.length() < 2 ? line : swapChars(line, random));
        case 6 -> lines.set(i, insert(line, random, TOKENS[random.nextInt(TOKENS.length)]));
        default -> lines.set(i, "  " + line);
      }
    }
    return String.join("\n", lines);
  }

  private static String dropChar(String s, Random r) {
    int k = r.nextInt(s.length());
    return s.substring(0, k) + s.substring(k + 1);
  }

  private static String dupChar(String s, Random r) {
    int k = r.nextInt(s.length());
    return s.substring(0, k + 1) + s.substring(k);
  }

  private static String swapChars(String s, Random r) {
    int k = r.nextInt(s.length() - 1);
    return s.substring(0, k) + s.charAt(k + 1) + s.charAt(k) + s.substring(k + 2);
  }

  private static String insert(String s, Random r, String what) {
    int k = s.isEmpty() ? 0 : r.nextInt(s.length());
    return s.substring(0, k) + what + s.substring(k);
  }
}
