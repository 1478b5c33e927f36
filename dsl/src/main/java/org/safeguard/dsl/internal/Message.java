package org.safeguard.dsl.internal;

import java.util.Locale;
import org.safeguard.dsl.Severity;

/**
 * The catalogue of every message the language reports: one place, so wording stays consistent,
 * the reference page can list them and a test can prove each one has a golden example.
 *
 * <p>Templates take {@code {0}}, {@code {1}}, ... arguments; names are quoted by the caller's
 * arguments where the template does not. The hint template is used when the reporter is not
 * given a more specific hint.
 */
public enum Message {
  // --- characters and tokens
  BAD_CHARACTER("unexpected character {0}", "names use letters, digits and - . / _; text goes in double quotes"),
  SMART_QUOTE("curly quote {0} cannot open or close a text", "use straight double quotes: \"like this\""),
  BINARY_CONTENT("the file contains binary data (NUL characters); nothing in it was read", "an area file is plain UTF-8 text"),
  INVALID_ENCODING("the file is not valid UTF-8 text: it contains the replacement character U+FFFD", "save the file as UTF-8"),
  UNTERMINATED_STRING("text is not closed: the closing \" is missing before the end of the line", "a quoted text cannot span lines"),
  BAD_ESCAPE("unknown escape {0} in a text", "inside quotes write \\\" for a quote and \\\\ for a backslash"),
  NUMBER_GLUED("number and word run together in {0}", "write a space between them: {1}"),
  NUMBER_TOO_LARGE("number {0} is too large", "numbers in an area file have at most 9 digits"),
  BAD_DATE("{0} is not a valid date", "write dates as YYYY-MM-DD, e.g. 2025-12-29"),

  // --- limits
  FILE_TOO_LARGE("the file has {0} characters, more than the limit of {1}; nothing in it was read", "split the definition into parts joined with include"),
  LINE_TOO_LONG("the line is longer than the limit of {0} characters; it was skipped", ""),
  NESTING_TOO_DEEP("nesting is deeper than the limit of {0} levels; the deeper part was skipped", ""),
  INCLUDE_LIMIT("include skipped: {0}", "includes may be nested {1} deep and read {2} files in all"),

  // --- layout and statements
  UNKNOWN_STATEMENT("{0} cannot start a statement {1}", "expected one of: {2}"),
  EXPECTED("expected {0}, found {1}", ""),
  TRAILING("unexpected {0} after the end of the statement", "put one statement on a line, or separate statements with ;"),
  UNEXPECTED_INDENT("this line is indented, but the statement above it has no block", "remove the indentation, or move the line under a block"),
  INCONSISTENT_INDENT("indentation does not line up with the lines above it in the same block", "indent every line of a block by the same amount"),
  MIXED_INDENT("indentation mixes tabs and spaces", "a tab counts as 4 spaces; indent with spaces only to be sure"),
  MISSING_UNIT("the time {0} has no unit", "write e.g. \"{0} days\", \"{0} working days\" or \"{0} hours\""),
  UNIT_NOT_ALLOWED("{0} cannot be used {1}", "use {2}"),
  ZERO_DURATION("a time of {0} is not allowed {1}", "use an amount of 1 or more"),
  UNCLOSED_PAREN("( is not closed", "add ) to close it"),
  DUPLICATE_CLAUSE("{0} is given twice", "keep one of them"),
  MISSING_CLAUSE("{0} has no {1}", "add a line: {2}"),
  PART_NOT_TOP("a part can only be at the top of a meeting's agenda", "use section inside a part"),

  // --- files and declarations
  INCLUDE_NOT_FOUND("cannot find included file {0}", "includes are found relative to the area folder"),
  INCLUDE_CYCLE("include cycle: {0}", "a file cannot include itself, directly or through others"),
  MISSING_AREA("no area is declared", "start the file with: area ID \"Display name\""),
  DUPLICATE_AREA("the area is declared twice", "first declared at {0}"),
  DUPLICATE("{0} {1} is already defined", "first defined at {2}"),
  RESERVED_NAME("{0} is the name of a fixed meeting participant and cannot name an agency or role", "fixed participants: {1}"),

  // --- vocabulary and references
  UNKNOWN_PLUGIN("unknown plugin {0}", "installed plugins: {1}"),
  UNKNOWN_CALENDAR("unknown calendar {0}", "known calendars: {1}"),
  UNKNOWN_AGENCY("unknown agency {0}", "define it with: agency {1} \"Display name\""),
  UNKNOWN_ROLE("unknown role {0}", "define it with: role {1} \"Display name\""),
  UNKNOWN_ATTENDEE("unknown attendee {0}: not an agency, a role or a fixed participant", "fixed participants: {1}"),
  UNKNOWN_MEETING("unknown meeting type {0}", "define it with: meeting {1} \"Display name\""),
  UNKNOWN_TEMPLATE("unknown template {0}", "available templates: {1}"),
  UNKNOWN_DOCUMENT("unknown document kind {0}", "document kinds: {1}"),
  UNKNOWN_FIELD("unknown field {0}", "fields are listed in the reference, e.g. case.status, child.age"),
  UNKNOWN_INSTRUMENT("unknown instrument {0}", "instruments of the plugins this area uses: {1}"),
  UNKNOWN_BAND("unknown band {0}", "bands: {1}"),
  UNKNOWN_LEVEL("unknown level {0}", "levels: {1}"),
  UNKNOWN_CODE("unknown code {0} in code list {1}", "codes: {2}"),
  UNKNOWN_VALUE("{0} is not a value of {1}", "values: {2}"),
  UNKNOWN_ANCHOR("unknown event {0} for a deadline", "events: {1}"),
  UNKNOWN_DEADLINE("unknown deadline {0}", "define it with: deadline {1} within N days of referral"),
  NEVER_MET("nothing meets deadline {0}: once due it is overdue for every case, whatever was done", "say what meets it, e.g.: met by final assessment INSTRUMENT, met by meeting TYPE held with the case, met by return interview, met by decision KIND"),
  UNKNOWN_OWNER("unknown action owner {0}: not a role or an agency", ""),
  INSTRUMENT_NOT_USED("instrument {0} belongs to plugin {1}, which this area does not use", "add it to the area: uses {1}"),
  INSTRUMENT_LACKS("instrument {0} has no {1}", ""),
  NO_INSTRUMENT_WITH("no instrument of the plugins this area uses has {0}", ""),
  NO_CODE_LIST("the plugins this area uses supply no {0} code list, so {1} is not checked", "check the spelling with the plugin's documentation"),
  BAD_EMAIL("{0} does not look like an email address", "write it as name@organisation.example.org"),
  NOT_A_ROLE("{0} is an agency, but {1} must be a role", "define a role from that agency: role ID \"Display name\" from {2}"),
  QUORUM_NOT_AGENCY("{0} is a role, but a quorum counts agencies", "name the role's agency instead"),
  QUORUM_IMPOSSIBLE("a quorum of {0} agencies cannot be met: {1}", ""),
  DEADLINE_TESTS_DEADLINES("the condition of deadline {0} tests deadlines; whether a deadline runs cannot hang on deadlines",
      "test what is recorded on the case, e.g.: when case.referral.indicators has sexually-active"),
  RETENTION_NOT_ACTED("the toolkit does not purge closed cases yet: nothing is removed when the period has passed",
      "keep the line as the area's record of its period, or remove it; closed cases stay until an administrator removes them"),
  NO_STRANDS("{0} lists actions by strand, but the area declares no strands", "declare them in the area block, e.g.: strands Prevent, Protect, Pursue"),
  CADENCE_CONTRADICTION("meeting every {0} cannot also be at most {1} apart", "make the longest gap at least as long as the interval"),

  // --- conditions
  TYPE_MISMATCH("{0} is {1}, so it cannot be compared with {2}", ""),
  BAD_OPERATOR("{0} cannot be used with {1}, which is {2}", "{3}"),
  OF_NOT_ASSESSMENT("'of INSTRUMENT' only applies to case.band, case.level and case.score, not {0}", "remove 'of {1}'"),
  NOT_A_CONDITION("{0} is {1}, not a yes/no condition", "compare it with a value, e.g. {0} = ..."),
  UNREACHABLE("{0} can never hold: {1}", ""),
  CONTRADICTION("this condition can never be true", "{0}"),

  // --- summary line, shown by CheckResult.format rather than as a diagnostic
  MORE_PROBLEMS("and {0} more problems not shown", "");

  private final String template;
  private final String hintTemplate;

  Message(String template, String hintTemplate) {
    this.template = template;
    this.hintTemplate = hintTemplate;
  }

  /** The stable code shown with a diagnostic, e.g. {@code unknown-band}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Warnings do not stop a definition from being applied. */
  public Severity severity() {
    return this == MIXED_INDENT || this == NO_CODE_LIST || this == NEVER_MET || this == RETENTION_NOT_ACTED ? Severity.WARNING
        : Severity.ERROR;
  }

  public String template() {
    return template;
  }

  public String hintTemplate() {
    return hintTemplate;
  }

  /** The message with its arguments filled in. */
  public String format(Object... args) {
    return fill(template, args);
  }

  /** The default hint with the same arguments filled in; empty when there is none. */
  public String hint(Object... args) {
    return fill(hintTemplate, args);
  }

  static String fill(String text, Object... args) {
    String out = text;
    for (int i = 0; i < args.length; i++) {
      out = out.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return out;
  }
}
