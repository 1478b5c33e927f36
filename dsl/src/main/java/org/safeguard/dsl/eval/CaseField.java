package org.safeguard.dsl.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A field a condition may name, with its type: the core model's fields, a fixed catalogue the
 * checker, the evaluator and the reference page share ({@link #values()}), and those an area
 * plugin adds to its vocabulary ({@link org.safeguard.dsl.Vocabulary#caseFields()}: London's
 * {@code case.category} and {@code case.tier}, fed by its classification schemes). A
 * {@link CaseFacts} implementation supplies values under these paths. Immutable.
 *
 * <p>Value types a {@link CaseFacts} returns: {@code Long} (or any {@code Number}) for numbers,
 * {@code Boolean} for yes/no, {@code String} for fixed values and codes, {@code Set<String>} for
 * code sets, {@code LocalDate} for dates and {@code Instant} for date-times. Band, level and score
 * come from {@link CaseFacts#assessments()}, not from {@code value}. Derived fields are worked out
 * by the evaluator when the facts do not supply them.
 */
public final class CaseField {
  public static final CaseField CHILD_AGE = new CaseField("child.age", Kind.NUMBER, 0, 25, null, List.of(),
      "whole years, from child.date-of-birth at the time of evaluation (derived)");
  public static final CaseField CHILD_DATE_OF_BIRTH = new CaseField("child.date-of-birth", Kind.DATE, 0, 0, null, List.of(), "date of birth");
  public static final CaseField CHILD_GENDER = new CaseField("child.gender", Kind.FIXED, 0, 0, null, List.of("female", "male", "non-binary", "not-known"),
      "gender as recorded");
  public static final CaseField CHILD_ETHNICITY = new CaseField("child.ethnicity", Kind.CODE, 0, 0, "ethnicity", List.of(),
      "ethnicity code from the area plugin's 'ethnicity' code list");
  public static final CaseField CHILD_LOOKED_AFTER = new CaseField("child.looked-after", Kind.BOOLEAN, 0, 0, null, List.of(), "the child is looked after");
  public static final CaseField CHILD_DISABILITY = new CaseField("child.disability", Kind.BOOLEAN, 0, 0, null, List.of(),
      "the child has a disability, learning difficulty or SEN");
  public static final CaseField CHILD_MISSING = new CaseField("child.missing", Kind.BOOLEAN, 0, 0, null, List.of(),
      "the child is missing now: a missing episode has no return time (derived)");
  public static final CaseField CASE_STATUS = new CaseField("case.status", Kind.FIXED, 0, 0, null, List.of("open", "closed", "discharged"), "the case's status");
  public static final CaseField CASE_STATUS_SINCE = new CaseField("case.status-since", Kind.DATE_TIME, 0, 0, null, List.of(),
      "when the case entered its current status; use with 'time since'");
  public static final CaseField CASE_PRIORITY = new CaseField("case.priority", Kind.FIXED, 0, 0, null, List.of("normal", "high", "urgent"), "the case's priority");
  public static final CaseField CASE_BAND = new CaseField("case.band", Kind.BAND, 0, 0, null, List.of(),
      "band of the latest final assessment; 'of INSTRUMENT' picks one instrument");
  public static final CaseField CASE_LEVEL = new CaseField("case.level", Kind.LEVEL, 0, 0, null, List.of(),
      "level of the latest final assessment; 'of INSTRUMENT' picks one instrument");
  public static final CaseField CASE_SCORE = new CaseField("case.score", Kind.SCORE, 0, 0, null, List.of(),
      "score of the latest final assessment, 0 to the instrument's maximum");
  public static final CaseField CASE_FLAGS = new CaseField("case.flags", Kind.CODE_SET, 0, 0, "flags", List.of(),
      "flags that hold on the case, derived by the area's plugin from recorded facts, codes of its 'flags' list; test with 'has'");
  public static final CaseField CASE_OUTCOMES = new CaseField("case.outcomes", Kind.CODE_SET, 0, 0, "outcomes", List.of(),
      "outcome codes recorded on the case, from the plugin's 'outcomes' list; test with 'has'");
  public static final CaseField CASE_OPENED = new CaseField("case.opened", Kind.DATE, 0, 0, null, List.of(), "date the case was opened");
  public static final CaseField CASE_DAYS_OPEN = new CaseField("case.days-open", Kind.NUMBER, 0, Long.MAX_VALUE, null, List.of(),
      "whole days since case.opened (derived)");
  public static final CaseField CASE_ON_PANEL = new CaseField("case.on-panel", Kind.BOOLEAN, 0, 0, null, List.of(), "the case is on the panel's list");
  public static final CaseField CASE_NEW_TO_PANEL = new CaseField("case.new-to-panel", Kind.BOOLEAN, 0, 0, null, List.of(),
      "the case was added to the panel since the panel last met");
  public static final CaseField CASE_PROPOSED_FOR_DISCHARGE = new CaseField("case.proposed-for-discharge", Kind.BOOLEAN, 0, 0, null, List.of(),
      "the case is proposed for discharge");
  public static final CaseField REFERRAL_RECEIVED = new CaseField("referral.received", Kind.DATE_TIME, 0, 0, null, List.of(),
      "when the referral was received; use with 'time since'");

  private static final List<CaseField> CORE = List.of(CHILD_AGE, CHILD_DATE_OF_BIRTH, CHILD_GENDER, CHILD_ETHNICITY,
      CHILD_LOOKED_AFTER, CHILD_DISABILITY, CHILD_MISSING, CASE_STATUS,
      CASE_STATUS_SINCE, CASE_PRIORITY, CASE_BAND, CASE_LEVEL,
      CASE_SCORE, CASE_FLAGS, CASE_OUTCOMES, CASE_OPENED,
      CASE_DAYS_OPEN, CASE_ON_PANEL, CASE_NEW_TO_PANEL, CASE_PROPOSED_FOR_DISCHARGE,
      REFERRAL_RECEIVED);

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

  private CaseField(String path, Kind kind, long min, long max, String codeList, List<String> values, String description) {
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

  /**
   * A field an area plugin adds (under {@code case.}): a number in a range, a code of a code
   * list the plugin supplies (its name as {@code plugin.NAME} resolves it) or a set of them, a
   * yes/no or a date (a case form's answers: {@code case.form.FORM.FIELD}; the referral's:
   * {@code case.referral.FIELD}).
   */
  public static CaseField plugin(String path, Kind kind, long min, long max, String codeList, String description) {
    if (!path.startsWith("case.") || byPath(path).isPresent()) {
      throw new IllegalArgumentException("a plugin's field is named case.SOMETHING and is not a core field: " + path);
    }
    if (kind != Kind.NUMBER && kind != Kind.CODE && kind != Kind.CODE_SET && kind != Kind.BOOLEAN && kind != Kind.DATE) {
      throw new IllegalArgumentException("a plugin's field is a number, a code, a set of codes, a yes/no or a date: " + path);
    }
    return new CaseField(path, kind, min, max, codeList, List.of(), description);
  }

  /**
   * The field a case form's answer feeds: {@code case.form.FORM.FIELD}, FORM being the form's id
   * without its plugin's prefix ({@code london.mase-info} → {@code case.form.mase-info.cris-number}).
   */
  public static String formPath(String formId, String fieldId) {
    int dot = formId.indexOf('.');
    return "case.form." + (dot < 0 ? formId : formId.substring(dot + 1)) + "." + fieldId;
  }

  /**
   * The field a referral form's answer feeds, from the referral that opened the case (its first):
   * {@code case.referral.FIELD} (Stockport's indicators: {@code case.referral.indicators}).
   */
  public static String referralPath(String fieldId) {
    return "case.referral." + fieldId;
  }

  /**
   * The field a checklist's latest screening on the case feeds: the routes it proposed, a set,
   * {@code case.checklist.NAME.proposes} after the checklist's id without its plugin's prefix
   * ({@code swindon.screening} → {@code case.checklist.screening.proposes}).
   */
  public static String checklistPath(String checklistId) {
    int dot = checklistId.indexOf('.');
    return "case.checklist." + (dot < 0 ? checklistId : checklistId.substring(dot + 1)) + ".proposes";
  }

  /** The core model's fields, in catalogue order. */
  public static List<CaseField> values() {
    return CORE;
  }

  /** The core field with this path. */
  public static Optional<CaseField> byPath(String path) {
    return CORE.stream().filter(f -> f.path.equals(path)).findFirst();
  }

  /** The core fields' paths, in catalogue order. */
  public static List<String> paths() {
    return CORE.stream().map(CaseField::path).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseField f && f.path.equals(path) && f.kind == kind && f.min == min && f.max == max
        && Objects.equals(f.codeList, codeList);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  @Override
  public String toString() {
    return path;
  }
}
