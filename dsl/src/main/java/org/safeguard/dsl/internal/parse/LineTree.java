package org.safeguard.dsl.internal.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.safeguard.dsl.Limits;
import org.safeguard.dsl.internal.Message;
import org.safeguard.dsl.internal.Reporter;
import org.safeguard.dsl.internal.lex.LexedLine;
import org.safeguard.dsl.internal.lex.Token;
import org.safeguard.dsl.model.Span;

/**
 * Builds the block structure from indentation, without recursion so that any depth of input is
 * safe; lines deeper than the nesting limit are reported once and dropped.
 */
final class LineTree {

  private static final class Frame {
    final int indent;
    final Line line;
    final boolean dropped;
    int childIndent = -1;

    Frame(int indent, Line line, boolean dropped) {
      this.indent = indent;
      this.line = line;
      this.dropped = dropped;
    }
  }

  private LineTree() {}

  static List<Line> build(String file, List<LexedLine> lexed, Reporter reporter, Limits limits) {
    Line root = new Line(0, List.of(), false, false);
    Deque<Frame> stack = new ArrayDeque<>();
    Frame rootFrame = new Frame(-1, root, false);
    rootFrame.childIndent = 0;
    stack.push(rootFrame);
    boolean sawTabs = false;
    boolean sawSpaces = false;
    boolean reportedMix = false;
    for (LexedLine l : lexed) {
      sawTabs |= l.tabs();
      sawSpaces |= l.spaces();
      if (sawTabs && sawSpaces && !reportedMix) {
        reportedMix = true;
        reporter.report(Message.MIXED_INDENT, new Span(file, l.offset(), firstLength(l)));
      }
      while (stack.peek().indent >= l.indent()) {
        stack.pop();
      }
      Frame parent = stack.peek();
      if (parent.dropped) {
        stack.push(new Frame(l.indent(), null, true));
        continue;
      }
      if (stack.size() > limits.maxNesting()) {
        reporter.report(Message.NESTING_TOO_DEEP, new Span(file, l.offset(), firstLength(l)), limits.maxNesting());
        stack.push(new Frame(l.indent(), null, true));
        continue;
      }
      if (parent.childIndent < 0) {
        parent.childIndent = l.indent();
      } else if (parent.childIndent != l.indent() && !l.problem()) {
        Message m = parent == rootFrame ? Message.UNEXPECTED_INDENT : Message.INCONSISTENT_INDENT;
        reporter.report(m, new Span(file, l.offset(), firstLength(l)));
      }
      Line last = null;
      for (List<Token> clause : clauses(l.tokens())) {
        last = new Line(clause.isEmpty() ? l.offset() : clause.get(0).offset(), clause, l.problem(), l.skipped());
        parent.line.children.add(last);
      }
      if (last == null) {
        last = new Line(l.offset(), List.of(), true, true);
      }
      stack.push(new Frame(l.indent(), last, false));
    }
    return root.children;
  }

  private static int firstLength(LexedLine l) {
    return l.tokens().isEmpty() ? 1 : l.tokens().get(0).length();
  }

  private static List<List<Token>> clauses(List<Token> tokens) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.SEMI) {
        if (!current.isEmpty()) {
          out.add(current);
        }
        current = new ArrayList<>();
      } else {
        current.add(t);
      }
    }
    if (!current.isEmpty() || out.isEmpty() && tokens.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}
