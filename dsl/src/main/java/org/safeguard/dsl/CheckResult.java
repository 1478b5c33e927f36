package org.safeguard.dsl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguard.dsl.model.AreaDefinition;

/**
 * The outcome of checking an area file: the diagnostics, and the definition when there were no
 * errors.
 *
 * <p>Invariants: {@link #definition()} is present exactly when {@link #hasErrors()} is false
 * (warnings are allowed); diagnostics are in the order of the files and positions they refer to,
 * syntax problems of a file before validation problems; at most {@link Limits#maxDiagnostics()}
 * are kept and {@link #omitted()} counts the rest.
 *
 * <p>Immutable and thread-safe.
 */
public final class CheckResult {
  private final AreaDefinition definition;
  private final List<Diagnostic> diagnostics;
  private final int omitted;
  private final boolean errors;

  private CheckResult(AreaDefinition definition, List<Diagnostic> diagnostics, int omitted, boolean errors) {
    this.definition = definition;
    this.diagnostics = List.copyOf(diagnostics);
    this.omitted = omitted;
    this.errors = errors;
  }

  /**
   * Assembles a result. Used by the checker; {@code definition} is dropped when any diagnostic
   * (kept or omitted) is an error.
   *
   * @param omittedErrors whether any of the omitted diagnostics is an error
   */
  public static CheckResult of(
      AreaDefinition definition, List<Diagnostic> diagnostics, int omitted, boolean omittedErrors) {
    Objects.requireNonNull(diagnostics, "diagnostics");
    boolean errors = omittedErrors || diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    return new CheckResult(errors ? null : definition, diagnostics, omitted, errors);
  }

  /** The checked definition; empty when there were errors. */
  public Optional<AreaDefinition> definition() {
    return Optional.ofNullable(definition);
  }

  /** Errors and warnings, at most the diagnostics limit. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** How many further diagnostics were found beyond the limit and not kept. */
  public int omitted() {
    return omitted;
  }

  /** Whether any error was found; a definition with errors must not be applied. */
  public boolean hasErrors() {
    return errors;
  }

  /** All kept diagnostics formatted one after another, then a count of any omitted ones. */
  public String format() {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(d.format());
    }
    if (omitted > 0) {
      out.append("... and ").append(omitted).append(omitted == 1 ? " more problem" : " more problems")
          .append(" not shown\n");
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return errors ? "CheckResult[errors]\n" + format() : "CheckResult[ok]\n" + format();
  }
}
