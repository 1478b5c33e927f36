package org.safeguard.dsl;

import java.util.List;
import java.util.Objects;
import org.safeguard.dsl.internal.Checking;
import org.safeguard.dsl.internal.Message;
import org.safeguard.dsl.internal.print.Printer;
import org.safeguard.dsl.model.AreaDefinition;

/**
 * Entry point of the area definition language: checks an area file and, when it has no errors,
 * returns its {@link org.safeguard.dsl.model.AreaDefinition}.
 *
 * <p>Checking runs a syntax pass over the file and its includes, then a validation pass against
 * the {@link Vocabulary}; both report the same way and all problems are returned at once. It never
 * throws on bad input and stays within {@link Limits}.
 *
 * <p>Stateless and thread-safe: concurrent checks share nothing.
 */
public final class AreaLanguage {

  private AreaLanguage() {}

  /**
   * Parses and checks one area file (and its includes) against the live vocabulary with the
   * default {@link Limits}. Never throws on bad input.
   *
   * @param fileName the name shown in diagnostics
   * @param text the decoded file content
   * @param vocabulary the installed plugins' terms
   * @param includes finds files named by {@code include}
   */
  public static CheckResult check(String fileName, String text, Vocabulary vocabulary, IncludeResolver includes) {
    return check(new SourceText(fileName, text), vocabulary, includes, Limits.defaults());
  }

  /** As {@link #check(String, String, Vocabulary, IncludeResolver)} with explicit limits. */
  public static CheckResult check(SourceText source, Vocabulary vocabulary, IncludeResolver includes, Limits limits) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(includes, "includes");
    Objects.requireNonNull(limits, "limits");
    try {
      return new Checking(limits, includes).run(source, vocabulary);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug or exhausted resources must still give the administrator a message, not a trace.
      Diagnostic d = new Diagnostic(Severity.ERROR, "internal-error", source.name(), 1, 1, 0, 0,
          "the checker failed unexpectedly (" + e.getClass().getSimpleName() + "); please report this file",
          "", "");
      return CheckResult.of(null, List.of(d), 0, true);
    }
  }

  /**
   * A definition as the system understood it, in canonical area-language text: includes merged,
   * defaults spelled out, one statement per line. Checking this text gives an equal definition
   * (positions aside).
   */
  public static String print(AreaDefinition definition) {
    return Printer.print(Objects.requireNonNull(definition, "definition"));
  }

  /** The codes of every message the checker can report, in catalogue order, for documentation. */
  /** A condition as the language writes it, e.g. {@code case.band of lancashire.cse2 = RED and case.status = open}. */
  public static String print(org.safeguard.dsl.model.Condition condition) {
    return org.safeguard.dsl.internal.print.ConditionPrinter.print(condition);
  }

  public static List<String> messageCodes() {
    return java.util.Arrays.stream(Message.values()).filter(m -> m != Message.MORE_PROBLEMS)
        .map(Message::code).toList();
  }
}
