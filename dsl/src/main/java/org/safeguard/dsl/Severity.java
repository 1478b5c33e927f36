package org.safeguard.dsl;

/**
 * How serious a {@link Diagnostic} is. An error keeps a definition from being applied; a warning
 * does not.
 */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The lower-case word used in formatted output. */
  public String label() {
    return label;
  }
}
