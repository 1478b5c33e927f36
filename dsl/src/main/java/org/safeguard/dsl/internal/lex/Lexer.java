package org.safeguard.dsl.internal.lex;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safeguard.dsl.Limits;
import org.safeguard.dsl.internal.Message;
import org.safeguard.dsl.internal.Reporter;
import org.safeguard.dsl.model.Span;

/**
 * Turns the text of one file into lines of tokens. Never throws on input: anything it cannot read
 * becomes a reported problem and the line is marked, so the parser can carry on quietly. Runs in
 * one pass, linear in the input.
 */
public final class Lexer {
  private static final int MAX_DIGITS = 9;

  private final String file;
  private final String text;
  private final Reporter reporter;
  private final Limits limits;
  private boolean reportedEncoding;
  private boolean lineProblem;

  public Lexer(String file, String text, Reporter reporter, Limits limits) {
    this.file = file;
    this.text = text;
    this.reporter = reporter;
    this.limits = limits;
  }

  /** All non-blank, non-comment lines of the file. */
  public List<LexedLine> lex() {
    List<LexedLine> lines = new ArrayList<>();
    int pos = 0;
    int n = text.length();
    while (pos <= n) {
      int end = pos;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      LexedLine line = lexLine(pos, end);
      if (line != null) {
        lines.add(line);
      }
      if (end >= n) {
        break;
      }
      pos = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
    }
    return lines;
  }

  private LexedLine lexLine(int start, int end) {
    int i = start;
    int width = 0;
    boolean tabs = false;
    boolean spaces = false;
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      if (text.charAt(i) == '\t') {
        tabs = true;
        width = (width / 4 + 1) * 4;
      } else {
        spaces = true;
        width++;
      }
      i++;
    }
    if (i == end || text.charAt(i) == '#') {
      return null;
    }
    int contentStart = i;
    if (end - start > limits.maxLineChars()) {
      reporter.report(Message.LINE_TOO_LONG, span(start + limits.maxLineChars(), 1), limits.maxLineChars());
      return new LexedLine(contentStart, width, tabs, spaces, List.of(), true, true);
    }
    lineProblem = false;
    List<Token> tokens = new ArrayList<>();
    while (i < end) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '#') {
        break;
      } else if (c == '"' || c == '\u201C' || c == '\u201D') {
        i = string(i, end, tokens);
      } else if (c >= '0' && c <= '9') {
        i = number(i, end, tokens);
      } else if (isWordStart(c)) {
        int s = i;
        while (i < end && isWordPart(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Token.Kind.WORD, s, i - s, text.substring(s, i), 0));
      } else if (c == ',' || c == ';' || c == '(' || c == ')') {
        Token.Kind kind = c == ',' ? Token.Kind.COMMA : c == ';' ? Token.Kind.SEMI
            : c == '(' ? Token.Kind.LPAREN : Token.Kind.RPAREN;
        tokens.add(new Token(kind, i, 1, String.valueOf(c), 0));
        i++;
      } else if (c == '=' || c == '<' || c == '>'
          || (c == '!' && i + 1 < end && text.charAt(i + 1) == '=')) {
        int len = (c != '=' && i + 1 < end && text.charAt(i + 1) == '=') ? 2 : 1;
        tokens.add(new Token(Token.Kind.OP, i, len, text.substring(i, i + len), 0));
        i += len;
      } else {
        i = bad(i, end);
      }
    }
    return new LexedLine(contentStart, width, tabs, spaces, tokens, lineProblem, false);
  }

  private int string(int i, int end, List<Token> tokens) {
    int s = i;
    char open = text.charAt(i);
    if (open != '"') {
      problem(Message.SMART_QUOTE, span(i, 1), "'" + open + "'");
    }
    i++;
    StringBuilder value = new StringBuilder();
    while (i < end) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        if (c != '"') {
          problem(Message.SMART_QUOTE, span(i, 1), "'" + c + "'");
        }
        tokens.add(new Token(Token.Kind.STRING, s, i + 1 - s, value.toString(), 0));
        return i + 1;
      }
      if (c == '\\' && i + 1 < end) {
        char e = text.charAt(i + 1);
        if (e == '"' || e == '\\') {
          value.append(e);
        } else {
          problem(Message.BAD_ESCAPE, span(i, 2), "'\\" + e + "'");
          value.append(e);
        }
        i += 2;
        continue;
      }
      checkChar(c, i);
      value.append(c);
      i++;
    }
    problem(Message.UNTERMINATED_STRING, span(s, end - s));
    tokens.add(new Token(Token.Kind.STRING, s, end - s, value.toString(), 0));
    return end;
  }

  private int number(int i, int end, List<Token> tokens) {
    int s = i;
    while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i - s == 4 && looksLikeDate(s, end)) {
      String date = text.substring(s, s + 10);
      try {
        LocalDate.parse(date);
      } catch (DateTimeException e) {
        problem(Message.BAD_DATE, span(s, 10), date);
      }
      tokens.add(new Token(Token.Kind.DATE, s, 10, date, 0));
      return s + 10;
    }
    String digits = text.substring(s, i);
    long value;
    if (digits.length() > MAX_DIGITS) {
      problem(Message.NUMBER_TOO_LARGE, span(s, i - s), shortened(digits));
      value = 999_999_999L;
    } else {
      value = Long.parseLong(digits);
    }
    tokens.add(new Token(Token.Kind.NUMBER, s, i - s, digits, value));
    if (i < end && isWordStart(text.charAt(i))) {
      int w = i;
      while (i < end && isWordPart(text.charAt(i))) {
        i++;
      }
      String word = text.substring(w, i);
      problem(Message.NUMBER_GLUED, span(s, i - s), "'" + shortened(text.substring(s, i)) + "'",
          "'" + shortened(digits) + " " + shortened(word) + "'");
      tokens.add(new Token(Token.Kind.WORD, w, i - w, word, 0));
    }
    return i;
  }

  private boolean looksLikeDate(int s, int end) {
    if (s + 10 > end) {
      return false;
    }
    String t = text.substring(s, s + 10);
    if (!t.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return false;
    }
    return s + 10 == end || !isWordPart(text.charAt(s + 10));
  }

  private int bad(int i, int end) {
    int s = i;
    char first = text.charAt(i);
    if (first == '\0') {
      // A NUL means a binary file; the caller refuses those before lexing, so this is a stray one.
      i++;
    } else if (first == '\uFFFD') {
      encoding(i);
      i++;
    } else {
      while (i < end && isBad(text.charAt(i))) {
        i++;
      }
    }
    if (first != '\uFFFD') {
      String shown = text.substring(s, Math.min(i, s + 10));
      problem(Message.BAD_CHARACTER, span(s, i - s), describeChars(shown));
    }
    return i;
  }

  private boolean isBad(char c) {
    return !(c == ' ' || c == '\t' || c == '#' || c == '"' || c == ',' || c == ';' || c == '(' || c == ')'
        || c == '=' || c == '<' || c == '>' || c == '\uFFFD' || isWordStart(c) || (c >= '0' && c <= '9'));
  }

  private void checkChar(char c, int i) {
    if (c == '\uFFFD') {
      encoding(i);
    } else if (c < ' ' && c != '\t') {
      problem(Message.BAD_CHARACTER, span(i, 1), describeChars(String.valueOf(c)));
    }
  }

  private void encoding(int i) {
    lineProblem = true;
    if (!reportedEncoding) {
      reportedEncoding = true;
      reporter.report(Message.INVALID_ENCODING, span(i, 1));
    }
  }

  private static String describeChars(String s) {
    StringBuilder out = new StringBuilder("'");
    for (char c : s.toCharArray()) {
      if (Character.isISOControl(c) || Character.isWhitespace(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append("'").toString();
  }

  private static String shortened(String s) {
    return s.length() > 20 ? s.substring(0, 17) + "..." : s;
  }

  static boolean isWordStart(char c) {
    return c == '_' || (Character.isLetter(c) && c != '\uFFFD');
  }

  static boolean isWordPart(char c) {
    return isWordStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '/';
  }

  private void problem(Message message, Span span, Object... args) {
    lineProblem = true;
    reporter.report(message, span, args);
  }

  private Span span(int offset, int length) {
    return new Span(file, offset, length);
  }
}
