package org.safeguard.dsl.internal.parse;

import java.util.ArrayList;
import java.util.List;
import org.safeguard.dsl.internal.lex.Token;

/**
 * One statement and the lines indented under it. Statements on one physical line separated by
 * {@code ;} become sibling lines; lines indented under that physical line belong to the last.
 */
final class Line {
  final int offset;
  final List<Token> tokens;
  final List<Line> children = new ArrayList<>();
  final boolean problem;
  final boolean skipped;

  Line(int offset, List<Token> tokens, boolean problem, boolean skipped) {
    this.offset = offset;
    this.tokens = tokens;
    this.problem = problem;
    this.skipped = skipped;
  }
}
