package org.safeguard.dsl.internal.lex;

/**
 * One token: its kind, where it is, and its value. {@code text} is the word, the decoded text of
 * a string or the date as written; {@code number} is set for numbers.
 */
public record Token(Kind kind, int offset, int length, String text, long number) {

  /** Token kinds. Problem input never becomes a token: the lexer reports it and skips it. */
  public enum Kind { WORD, NUMBER, DATE, STRING, COMMA, SEMI, LPAREN, RPAREN, OP }

  public int end() {
    return offset + length;
  }

  /** How the token is quoted in a message. */
  public String describe() {
    return switch (kind) {
      case STRING -> "text \"" + shorten(text) + "\"";
      case NUMBER -> "number " + number;
      case DATE -> "date " + text;
      default -> "'" + shorten(text) + "'";
    };
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }
}
