package org.safeguard.dsl.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguard.dsl.CheckResult;
import org.safeguard.dsl.IncludeResolver;
import org.safeguard.dsl.Limits;
import org.safeguard.dsl.SourceText;
import org.safeguard.dsl.Vocabulary;
import org.safeguard.dsl.internal.check.Assembler;
import org.safeguard.dsl.internal.parse.ParsedFile;
import org.safeguard.dsl.internal.parse.Parser;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.Span;

/**
 * One check from text to result: read the main file and its includes (syntax pass), then
 * assemble and validate (validation pass). Any unexpected failure inside is turned into a
 * diagnostic by the caller rather than escaping.
 */
public final class Checking {
  private final Reporter reporter = new Reporter();
  private final Limits limits;
  private final IncludeResolver includes;
  private final List<Object> decls = new ArrayList<>();
  private final Set<String> loaded = new LinkedHashSet<>();
  private final Deque<String> chain = new ArrayDeque<>();

  public Checking(Limits limits, IncludeResolver includes) {
    this.limits = limits;
    this.includes = includes;
  }

  public CheckResult run(SourceText main, Vocabulary vocabulary) {
    if (!load(main, 0)) {
      // Nothing of the main file could be read; validating an empty definition would only add noise.
      Reporter.Outcome outcome = reporter.outcome(limits.maxDiagnostics());
      return CheckResult.of(null, outcome.diagnostics(), outcome.omitted(), true);
    }
    reporter.nextPhase();
    Assembler assembler = new Assembler(reporter, vocabulary);
    assembler.add(decls);
    Optional<AreaDefinition> definition = assembler.finish(main.name(), List.copyOf(loaded));
    Reporter.Outcome outcome = reporter.outcome(limits.maxDiagnostics());
    return CheckResult.of(reporter.hasErrors() ? null : definition.orElse(null), outcome.diagnostics(),
        outcome.omitted(), outcome.omittedErrors());
  }

  /** Exposed for the catalogue test: the messages reported, in order. */
  public Reporter reporter() {
    return reporter;
  }

  /** Reads a file and its includes; false when the file itself was refused. */
  private boolean load(SourceText source, int depth) {
    reporter.addSource(source);
    loaded.add(source.name());
    String text = source.text();
    if (text.length() > limits.maxFileChars()) {
      reporter.report(Message.FILE_TOO_LARGE, new Span(source.name(), 0, 0), text.length(), limits.maxFileChars());
      return false;
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      reporter.report(Message.BINARY_CONTENT, new Span(source.name(), nul, 1));
      return false;
    }
    chain.push(source.name());
    ParsedFile parsed = Parser.parse(source.name(), text, reporter, limits);
    for (Object d : parsed.decls()) {
      if (d instanceof ParsedFile.Include inc) {
        include(inc, depth);
      } else {
        decls.add(d);
      }
    }
    chain.pop();
    return true;
  }

  private void include(ParsedFile.Include inc, int depth) {
    if (depth + 1 > limits.maxIncludeDepth()) {
      reporter.report(Message.INCLUDE_LIMIT, inc.span(), "the includes would be nested more than " + limits.maxIncludeDepth() + " deep",
          limits.maxIncludeDepth(), limits.maxFiles());
      return;
    }
    Optional<SourceText> found;
    try {
      found = includes.resolve(inc.name());
    } catch (RuntimeException e) {
      found = Optional.empty();
    }
    if (found.isEmpty()) {
      reporter.report(Message.INCLUDE_NOT_FOUND, inc.span(), "'" + inc.name() + "'");
      return;
    }
    String name = found.get().name();
    if (chain.contains(name)) {
      List<String> cycle = new ArrayList<>(chain);
      java.util.Collections.reverse(cycle);
      cycle = new ArrayList<>(cycle.subList(cycle.indexOf(name), cycle.size()));
      cycle.add(name);
      reporter.report(Message.INCLUDE_CYCLE, inc.span(), String.join(" -> ", cycle));
      return;
    }
    if (loaded.contains(name)) {
      return;
    }
    if (loaded.size() >= limits.maxFiles()) {
      reporter.report(Message.INCLUDE_LIMIT, inc.span(), "more than " + limits.maxFiles() + " files would be read",
          limits.maxIncludeDepth(), limits.maxFiles());
      return;
    }
    load(found.get(), depth + 1);
  }
}
