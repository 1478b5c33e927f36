package org.safeguard.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Large, deep and malformed input stays within bounded time and memory and ends in a clear
 * error. Each test prints what it measured, for the record.
 */
class HostileInputTest {

  private static CheckResult timed(String what, String text, long maxMillis) {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long start = System.nanoTime();
    CheckResult r = AreaLanguage.check("hostile.area", text, TestVocabularies.all(), IncludeResolver.none());
    long millis = (System.nanoTime() - start) / 1_000_000;
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("[measure] %s: %,d chars, %d ms, heap delta ~%,d KB, %d diagnostics (+%d omitted)%n",
        what, text.length(), millis, Math.max(0, after - before) / 1024, r.diagnostics().size(), r.omitted());
    assertTrue(millis < maxMillis, what + " took " + millis + " ms");
    for (Diagnostic d : r.diagnostics()) {
      Positions.assertValid(d, text);
    }
    return r;
  }

  private static String repeat(int times, Supplier<String> part) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < times; i++) {
      s.append(part.get());
    }
    return s.toString();
  }

  @Test
  void largestAcceptedFileChecksCleanInBoundedTime() {
    StringBuilder text = new StringBuilder("area big \"Big\" uses lancashire\n");
    int[] n = {0};
    String body = repeat(9_000, () -> {
      int i = n[0]++;
      return "agency a" + i + " \"Agency " + i + "\"\n  lead \"Lead " + i + "\"\n  contact \"a" + i
          + "@example.org\"\nrole r" + i + " \"Role " + i + "\" from a" + i + "\n"
          + "rule x" + i + " \"Rule " + i + "\"\n  when case.category >= 2 and missing episodes in last 30 days >= 3\n"
          + "  then notify r" + i + " within 24 hours\n";
    });
    text.append(body, 0, Math.min(body.length(), Limits.defaults().maxFileChars() - 100));
    int cut = text.lastIndexOf("\nagency ");
    String whole = text.substring(0, cut + 1);
    CheckResult r = timed("largest file (agencies, roles, rules)", whole, 20_000);
    assertEquals("", r.format());
  }

  @Test
  void fileOverTheSizeLimitIsRefusedAtOnce() {
    String text = "area big \"Big\"\n" + "# padding\n".repeat(Limits.defaults().maxFileChars() / 10 + 1);
    CheckResult r = timed("file over the size limit", text, 2_000);
    assertEquals("file-too-large", r.diagnostics().get(0).code());
  }

  @Test
  void deepIndentationIsCutAtTheLimit() {
    StringBuilder text = new StringBuilder("area deep \"Deep\"\nmeeting m \"M\"\n");
    for (int i = 1; i < 1_500; i++) {
      text.append(" ".repeat(i)).append("section \"S\"\n");
    }
    CheckResult r = timed("deep indentation (1,500 levels)", text.toString(), 5_000);
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("nesting-too-deep")));
  }

  @Test
  void deepParenthesesAreCutAtTheLimit() {
    String text = "area deep \"Deep\"\nrole c \"C\"\nrule r \"R\"\n  when " + "(".repeat(1_900) + "case.category = 1"
        + ")".repeat(50) + "\n  then notify c\n";
    CheckResult r = timed("deep parentheses (1,900)", text, 2_000);
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("nesting-too-deep")));
  }

  @Test
  void deepNotsAreCutAtTheLimit() {
    String text = "area deep \"Deep\"\nrole c \"C\"\nrule r \"R\"\n  when " + "not ".repeat(400) + "child.missing"
        + "\n  then notify c\n";
    CheckResult r = timed("deep not (400)", text, 2_000);
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("nesting-too-deep")));
  }

  @Test
  void enormousLineIsReportedAndSkipped() {
    String text = "area wide \"Wide\"\nrole c \"" + "x".repeat(1_500_000) + "\"\n";
    CheckResult r = timed("one line of 1.5 million characters", text, 2_000);
    assertEquals("line-too-long", r.diagnostics().get(0).code());
    assertTrue(r.diagnostics().get(0).format().length() < 1_000);
  }

  @Test
  void unterminatedStringsEverywhereAreCountedNotAllShown() {
    String text = "area s \"S\"\n" + "role x \"never closed\n".repeat(50_000);
    CheckResult r = timed("50,000 unterminated strings", text, 5_000);
    assertEquals(100, r.diagnostics().size());
    assertTrue(r.omitted() > 49_000);
    assertTrue(r.format().endsWith(" more problems not shown\n"));
  }

  @Test
  void megabyteOfBinaryJunkIsRefusedAtOnce() {
    byte[] bytes = new byte[1_000_000];
    new Random(7).nextBytes(bytes);
    bytes[10] = 0;
    CheckResult r = timed("1 MB of binary junk", new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), 2_000);
    assertEquals("binary-content", r.diagnostics().get(0).code());
  }

  @Test
  void megabyteOfReplacementCharactersIsOneClearError() {
    String text = "area u \"U\"\n" + "\uFFFD\uFFFD\uFFFD junk \uFFFD\n".repeat(100_000);
    CheckResult r = timed("1 MB of invalid UTF-8 (U+FFFD)", text, 5_000);
    assertEquals("invalid-encoding", r.diagnostics().get(0).code());
    assertEquals(1, r.diagnostics().stream().filter(d -> d.code().equals("invalid-encoding")).count());
  }

  @Test
  void shippedDefinitionsCheckQuicklyWhenWarm() {
    String text = TestVocabularies.read(TestVocabularies.LANCASHIRE_AREA);
    Vocabulary v = TestVocabularies.lancashire();
    long first = System.nanoTime();
    AreaLanguage.check("lancashire.area", text, v, IncludeResolver.none());
    long firstMicros = (System.nanoTime() - first) / 1_000;
    for (int i = 0; i < 200; i++) {
      AreaLanguage.check("lancashire.area", text, v, IncludeResolver.none());
    }
    long start = System.nanoTime();
    int runs = 500;
    for (int i = 0; i < runs; i++) {
      assertTrue(AreaLanguage.check("lancashire.area", text, v, IncludeResolver.none()).definition().isPresent());
    }
    long micros = (System.nanoTime() - start) / 1_000 / runs;
    System.out.printf("[measure] lancashire.area (%,d chars): first check in this JVM %d us, warm %d us per check%n",
        text.length(), firstMicros, micros);
    assertTrue(micros < 50_000);
  }
}
