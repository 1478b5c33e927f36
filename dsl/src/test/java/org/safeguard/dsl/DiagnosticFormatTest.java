package org.safeguard.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a diagnostic is shown: caret alignment with tabs, CRLF files, enormous lines. */
class DiagnosticFormatTest {

  private static Diagnostic first(String text) {
    CheckResult r = AreaLanguage.check("f.area", text, TestVocabularies.all(), IncludeResolver.none());
    Diagnostic d = r.diagnostics().get(0);
    Positions.assertValid(d, text);
    return d;
  }

  @Test
  void caretLinesUpUnderATabIndentedSpan() {
    Diagnostic d = first("area t \"T\"\nmeeting m \"M\"\n\tchaired by nobody\n");
    assertEquals(3, d.line());
    assertEquals(13, d.column(), "a tab counts as one column");
    assertEquals("f.area:3:13: error: unknown role 'nobody'\n"
        + "    chaired by nobody\n"
        + "               ^^^^^^\n"
        + "hint: define it with: role nobody \"Display name\"\n", d.format());
  }

  @Test
  void crlfLineEndingsCountAsOneLineBreak() {
    Diagnostic d = first("area t \"T\"\r\n\r\nrole r \"R\" from nowhere\r\n");
    assertEquals(3, d.line());
    assertEquals(17, d.column());
    assertEquals("role r \"R\" from nowhere", d.sourceLine());
  }

  @Test
  void lonelyCarriageReturnsAreLineBreaksToo() {
    Diagnostic d = first("area t \"T\"\rrole r \"R\" from nowhere\r");
    assertEquals(2, d.line());
  }

  @Test
  void longLinesAreShownAsAWindowAroundTheSpan() {
    String padding = "x".repeat(1_500);
    Diagnostic d = first("area t \"T\"\nrole r \"" + padding + "\" from nowhere\n");
    String shown = d.format();
    String[] lines = shown.split("\n");
    assertTrue(lines[1].startsWith("...") && lines[1].endsWith("from nowhere"), lines[1]);
    assertEquals(lines[1].indexOf("nowhere"), lines[2].indexOf('^'));
    assertTrue(lines[1].length() <= 130);
  }

  @Test
  void controlCharactersInTextAreShownAsQuestionMarks() {
    Diagnostic d = first("area t \"T\"\nrole r \"a\u0007b\"\n");
    assertEquals("bad-character", d.code());
    assertTrue(d.format().contains("role r \"a?b\""));
  }

  @Test
  void laterProblemsCanPointAtANodeOfTheDefinition() {
    String text = "area t \"T\"\r\nrole coordinator \"Coordinator\"\r\n";
    var definition = AreaLanguage.check("t.area", text, TestVocabularies.all(), IncludeResolver.none())
        .definition().orElseThrow();
    var role = definition.role("coordinator").orElseThrow();
    Diagnostic d = Diagnostic.at(new SourceText("t.area", text), role.span(), Severity.WARNING, "unused-role",
        "role 'coordinator' is not used", "");
    assertEquals("t.area:2:1: warning: role 'coordinator' is not used\n"
        + "role coordinator \"Coordinator\"\n"
        + "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n", d.format());
  }
}
