package org.safeguard.dsl.internal.lex;

import java.util.List;

/**
 * One non-blank line after lexing. {@code indent} is the width of its leading whitespace with a
 * tab counting to the next multiple of 4. {@code problem} marks a line where the lexer already
 * reported something, so the parser stays quiet about it; {@code skipped} marks a line too long
 * to read.
 */
public record LexedLine(int offset, int indent, boolean tabs, boolean spaces, List<Token> tokens,
    boolean problem, boolean skipped) {}
