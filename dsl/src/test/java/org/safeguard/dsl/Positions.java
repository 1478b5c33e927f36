package org.safeguard.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Asserts a diagnostic's position is inside its file and its line and column match its offset. */
final class Positions {
  private Positions() {}

  static void assertValid(Diagnostic d, String text) {
    assertTrue(d.offset() >= 0 && d.offset() <= text.length(), () -> "offset out of range: " + d);
    assertTrue(d.offset() + d.length() <= text.length(), () -> "span out of range: " + d);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < d.offset(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    assertEquals(line, d.line(), () -> "line of " + d);
    assertEquals(d.offset() - lineStart + 1, d.column(), () -> "column of " + d);
    assertTrue(!d.format().isEmpty());
  }
}
