package org.safeguard.dsl.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of core-model fields a condition may name, with their types. It is the single
 * list the checker, the evaluator and the reference page use; a {@link CaseFacts} implementation
 * supplies values under these paths.
 *
 * <p>Value types a {@link CaseFacts} returns: {@code Long} (or any {@code Number}) for numbers,
 * {@code Boolean} for yes/no, {@code String} for fixed values and codes, {@code Set<String>} for
 * code sets, {@code LocalDate} for dates and {@code Instant} for date-times. Band, level and score
 * come from {@link CaseFacts#assessments()}, not from {@code value}. Derived fields are worked out
 * by the evaluator when the facts do not supply them.
 */
public enum CaseField {
  CHILD_AGE("child.age", Kind.NUMBER, 0, 25, null, List.of(),
      "whole years, from child.date-of-birth at the time of evaluation (derived)"),
  CHILD_DATE_OF_BIRTH("child.date-of-birth", Kind.DATE, 0, 0, null, List.of(), "date of birth"),
  CHILD_GENDER("child.gender", Kind.FIXED, 0, 0, null, List.of("female", "male", "non-binary", "not-known"),
      "gender as recorded"),
  CHILD_ETHNICITY("child.ethnicity", Kind.CODE, 0, 0, "ethnicity", List.of(),
      "ethnicity code from the area plugin's 'ethnicity' code list"),
  CHILD_LOOKED_AFTER("child.looked-after", Kind.BOOLEAN, 0, 0, null, List.of(), "the child is looked after"),
  CHILD_DISABILITY("child.disability", Kind.BOOLEAN, 0, 0, null, List.of(),
      "the child has a disability, learning difficulty or SEN"),
  CHILD_MISSING("child.missing", Kind.BOOLEAN, 0, 0, null, List.of(),
      "the child is missing now: a missing episode has no return time (derived)"),
  CASE_STATUS("case.status", Kind.FIXED, 0, 0, null, List.of("open", "closed", "discharged"), "the case's status"),
  CASE_STATUS_SINCE("case.status-since", Kind.DATE_TIME, 0, 0, null, List.of(),
      "when the case entered its current status; use with 'time since'"),
  CASE_PRIORITY("case.priority", Kind.FIXED, 0, 0, null, List.of("normal", "high", "urgent"), "the case's priority"),
  CASE_BAND("case.band", Kind.BAND, 0, 0, null, List.of(),
      "band of the latest final assessment; 'of INSTRUMENT' picks one instrument"),
  CASE_LEVEL("case.level", Kind.LEVEL, 0, 0, null, List.of(),
      "level of the latest final assessment; 'of INSTRUMENT' picks one instrument"),
  CASE_SCORE("case.score", Kind.SCORE, 0, 0, null, List.of(),
      "score of the latest final assessment, 0 to the instrument's maximum"),
  CASE_CATEGORY("case.category", Kind.NUMBER, 0, 3, null, List.of(), "police CSE category, 0 to 3"),
  CASE_TIER("case.tier", Kind.NUMBER, 1, 4, null, List.of(), "children's social care tier, 1 to 4"),
  CASE_RISK_LEVEL("case.risk-level", Kind.NUMBER, 1, 3, null, List.of(), "risk level, 1 to 3"),
  CASE_FLAGS("case.flags", Kind.CODE_SET, 0, 0, "flags", List.of(),
      "flags on the case, codes from the plugin's 'flags' list; test with 'has'"),
  CASE_OUTCOMES("case.outcomes", Kind.CODE_SET, 0, 0, "outcomes", List.of(),
      "outcome codes recorded, from the plugin's 'outcomes' list; test with 'has'"),
  CASE_OPENED("case.opened", Kind.DATE, 0, 0, null, List.of(), "date the case was opened"),
  CASE_DAYS_OPEN("case.days-open", Kind.NUMBER, 0, Long.MAX_VALUE, null, List.of(),
      "whole days since case.opened (derived)"),
  CASE_ON_PANEL("case.on-panel", Kind.BOOLEAN, 0, 0, null, List.of(), "the case is on the panel's list"),
  CASE_NEW_TO_PANEL("case.new-to-panel", Kind.BOOLEAN, 0, 0, null, List.of(),
      "the case was added to the panel since the panel last met"),
  CASE_PROPOSED_FOR_DISCHARGE("case.proposed-for-discharge", Kind.BOOLEAN, 0, 0, null, List.of(),
      "the case is proposed for discharge"),
  REFERRAL_RECEIVED("referral.received", Kind.DATE_TIME, 0, 0, null, List.of(),
      "when the referral was received; use with 'time since'");

  /** Value types of fields. */
  public enum Kind {
    NUMBER("a number"),
    BOOLEAN("yes/no"),
    FIXED("one of fixed values"),
    CODE("a code"),
    CODE_SET("a set of codes"),
    BAND("a band"),
    LEVEL("a level"),
    SCORE("a score"),
    DATE("a date"),
    DATE_TIME("a date and time");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** How messages name this type, e.g. "a number". */
    public String description() {
      return description;
    }
  }

  private final String path;
  private final Kind kind;
  private final long min;
  private final long max;
  private final String codeList;
  private final List<String> values;
  private final String description;

  CaseField(String path, Kind kind, long min, long max, String codeList, List<String> values, String description) {
    this.path = path;
    this.kind = kind;
    this.min = min;
    this.max = max;
    this.codeList = codeList;
    this.values = values;
    this.description = description;
  }

  public String path() { return path; }

  public Kind kind() { return kind; }

  /** Lowest value of a {@link Kind#NUMBER} field. */
  public long min() { return min; }

  /** Highest value of a {@link Kind#NUMBER} field; {@code Long.MAX_VALUE} when unbounded. */
  public long max() { return max; }

  /** For codes: the code list name a plugin supplies as {@code plugin.NAME}. */
  public Optional<String> codeList() { return Optional.ofNullable(codeList); }

  /** For {@link Kind#FIXED} fields: the values, in order. */
  public List<String> fixedValues() { return values; }

  public String description() { return description; }

  /** The field with this path. */
  public static Optional<CaseField> byPath(String path) {
    return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
  }

  /** All paths, in catalogue order. */
  public static List<String> paths() {
    return Arrays.stream(values()).map(CaseField::path).toList();
  }
}
