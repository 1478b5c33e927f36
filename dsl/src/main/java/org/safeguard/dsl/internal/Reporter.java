package org.safeguard.dsl.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguard.dsl.Diagnostic;
import org.safeguard.dsl.Severity;
import org.safeguard.dsl.SourceText;
import org.safeguard.dsl.model.Span;

/**
 * Collects problems for one check and turns them into diagnostics at the end, when line and
 * column are worked out. Stores a bounded number so junk input cannot exhaust memory; the rest
 * are only counted.
 */
public final class Reporter {
  private static final int MAX_STORED = 2_000;

  private record Problem(Message message, Span span, String text, String hint, int phase, int seq) {}

  private final Map<String, SourceText> sources = new LinkedHashMap<>();
  private final Map<String, int[]> lineStarts = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private int phase;
  private int seq;
  private int dropped;
  private boolean droppedError;
  private boolean anyError;

  /** Registers a file so its positions can be shown. */
  public void addSource(SourceText source) {
    sources.putIfAbsent(source.name(), source);
  }

  /** Problems reported from now on sort after all earlier ones (validation after syntax). */
  public void nextPhase() {
    phase++;
  }

  public void report(Message message, Span span, Object... args) {
    reportHint(message, span, message.hint(args), args);
  }

  public void reportHint(Message message, Span span, String hint, Object... args) {
    boolean error = message.severity() == Severity.ERROR;
    anyError |= error;
    if (problems.size() >= MAX_STORED) {
      dropped++;
      droppedError |= error;
      return;
    }
    problems.add(new Problem(message, span, message.format(args), hint, phase, seq++));
  }

  /** Whether further problems are only counted, so callers may skip building their messages. */
  public boolean saturated() {
    return problems.size() >= MAX_STORED;
  }

  /** Counts a problem without building its text; {@code silent} ones were already reported another way. */
  public void count(Message message, boolean silent) {
    if (!silent) {
      boolean error = message.severity() == Severity.ERROR;
      anyError |= error;
      dropped++;
      droppedError |= error;
    }
  }

  public boolean hasErrors() {
    return anyError;
  }

  /** The codes of every stored problem, for tests of the catalogue. */
  public List<Message> messages() {
    return problems.stream().map(Problem::message).toList();
  }

  /** {@code file:line}, for hints that point at another place. */
  public String where(Span span) {
    return span.file() + ":" + lineOf(span.file(), span.offset());
  }

  /** The source text of the span, for messages that quote what was written. */
  public String text(Span span) {
    SourceText s = sources.get(span.file());
    if (s == null) {
      return "";
    }
    int from = Math.min(span.offset(), s.text().length());
    int to = Math.min(span.end(), s.text().length());
    String t = s.text().substring(from, to).replaceAll("\\s+", " ");
    return t.length() > 80 ? t.substring(0, 77) + "..." : t;
  }

  /** Whether more problems were found than kept. */
  public record Outcome(List<Diagnostic> diagnostics, int omitted, boolean omittedErrors) {}

  /** Sorted diagnostics, at most {@code max}; the rest counted. */
  public Outcome outcome(int max) {
    List<String> fileOrder = new ArrayList<>(sources.keySet());
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(Problem::phase)
        .thenComparingInt(p -> fileIndex(fileOrder, p.span().file()))
        .thenComparingInt(p -> p.span().offset())
        .thenComparingInt(Problem::seq));
    List<Diagnostic> out = new ArrayList<>();
    boolean omittedErrors = droppedError;
    for (int i = 0; i < sorted.size(); i++) {
      Problem p = sorted.get(i);
      if (i < max) {
        out.add(toDiagnostic(p));
      } else {
        omittedErrors |= p.message().severity() == Severity.ERROR;
      }
    }
    return new Outcome(out, Math.max(0, sorted.size() - max) + dropped, omittedErrors);
  }

  private static int fileIndex(List<String> order, String file) {
    int i = order.indexOf(file);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private Diagnostic toDiagnostic(Problem p) {
    SourceText s = sources.get(p.span().file());
    String text = s == null ? "" : s.text();
    int offset = Math.min(p.span().offset(), text.length());
    int line = lineOf(p.span().file(), offset);
    int start = line == 0 ? 0 : starts(p.span().file())[line - 1];
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    int length = Math.min(p.span().length(), Math.max(0, end - offset));
    int keep = Math.min(end, Math.max(offset + length + 200, start + 400));
    String sourceLine = text.substring(start, keep);
    return new Diagnostic(p.message().severity(), p.message().code(), p.span().file(), Math.max(1, line),
        offset - start + 1, offset, length, p.text(), p.hint(), sourceLine);
  }

  private int lineOf(String file, int offset) {
    int[] starts = starts(file);
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  private int[] starts(String file) {
    return lineStarts.computeIfAbsent(file, f -> {
      SourceText s = sources.get(f);
      String text = s == null ? "" : s.text();
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          count++;
        }
      }
      int[] result = new int[count];
      int n = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          result[n++] = i + 1;
        }
      }
      return result;
    });
  }
}
