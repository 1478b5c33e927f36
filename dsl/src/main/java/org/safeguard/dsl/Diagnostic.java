package org.safeguard.dsl;

import java.util.Objects;

/**
 * One problem found in an area file, with everything needed to show it to an administrator.
 *
 * <p>Invariants: {@code line} and {@code column} are 1-based and point into {@code file};
 * {@code column} counts characters (a tab is one character); {@code offset} and {@code length}
 * are the span in characters from the start of the file ({@code length} may be 0 at the end of a
 * line); {@code hint} is empty when there is none; {@code sourceLine} is the text of the line,
 * without its line break, cut to a bounded length for enormous lines.
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity error or warning
 * @param code stable kebab-case code from the message catalogue, e.g. {@code "unknown-band"}
 * @param file name of the file as given to the checker or the include
 * @param line 1-based line number
 * @param column 1-based character column
 * @param offset 0-based character offset of the span in the file
 * @param length length of the span in characters
 * @param message what is wrong, one sentence without a full stop
 * @param hint what to do about it, or an empty string
 * @param sourceLine the offending line as written
 */
public record Diagnostic(
    Severity severity,
    String code,
    String file,
    int line,
    int column,
    int offset,
    int length,
    String message,
    String hint,
    String sourceLine) {

  static final int TAB_STOP = 4;
  static final int MAX_SHOWN = 120;

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
    sourceLine = sourceLine == null ? "" : sourceLine;
    if (line < 1 || column < 1 || offset < 0 || length < 0) {
      throw new IllegalArgumentException("bad position " + line + ":" + column);
    }
  }

  /**
   * A diagnostic about a node of a checked definition, for problems found after checking (for
   * example by the runtime): line and column are worked out from {@code source}, which must be
   * the text the node was read from.
   */
  public static Diagnostic at(SourceText source, org.safeguard.dsl.model.Span span, Severity severity, String code,
      String message, String hint) {
    String text = source.text();
    int offset = Math.min(span.offset(), text.length());
    int line = 1;
    int start = 0;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        start = i + 1;
      }
    }
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    int length = Math.min(span.length(), Math.max(0, end - offset));
    return new Diagnostic(severity, code, source.name(), line, offset - start + 1, offset, length, message, hint,
        text.substring(start, Math.min(end, Math.max(offset + length + 200, start + 400))));
  }

  /**
   * Renders {@code file:line:column: severity: message}, the source line, a caret under the span
   * and the hint if any. Tabs are shown as spaces up to the next multiple of four so the caret
   * lines up; control characters are shown as {@code ?}; a line longer than 120 columns is shown
   * as a window around the span.
   */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(file).append(':').append(line).append(':').append(column).append(": ")
        .append(severity.label()).append(": ").append(message).append('\n');
    StringBuilder shown = new StringBuilder();
    int caretStart = -1;
    int caretEnd = -1;
    int start = column - 1;
    int end = start + Math.max(1, length);
    for (int i = 0; i <= sourceLine.length(); i++) {
      if (i == start) {
        caretStart = shown.length();
      }
      if (i == end) {
        caretEnd = shown.length();
      }
      if (i == sourceLine.length()) {
        break;
      }
      char c = sourceLine.charAt(i);
      if (c == '\t') {
        do {
          shown.append(' ');
        } while (shown.length() % TAB_STOP != 0);
      } else if (Character.isISOControl(c)) {
        shown.append('?');
      } else {
        shown.append(c);
      }
    }
    if (caretStart < 0) {
      caretStart = shown.length();
    }
    if (caretEnd < 0 || caretEnd <= caretStart) {
      caretEnd = Math.max(caretStart + 1, Math.min(shown.length(), caretStart + Math.max(1, length)));
    }
    String text = shown.toString();
    int from = 0;
    String prefix = "";
    String suffix = "";
    if (text.length() > MAX_SHOWN) {
      from = Math.max(0, Math.min(caretStart - 20, text.length() - (MAX_SHOWN - 6)));
      int to = Math.min(text.length(), from + MAX_SHOWN - 6);
      prefix = from > 0 ? "..." : "";
      suffix = to < text.length() ? "..." : "";
      text = text.substring(from, to);
      caretEnd = Math.min(caretEnd, to);
    }
    out.append(prefix).append(text).append(suffix).append('\n');
    int pad = prefix.length() + caretStart - from;
    out.append(" ".repeat(Math.max(0, pad)))
        .append("^".repeat(Math.max(1, caretEnd - caretStart)))
        .append('\n');
    if (!hint.isEmpty()) {
      out.append("hint: ").append(hint).append('\n');
    }
    return out.toString();
  }
}
