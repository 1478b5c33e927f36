package org.safeguard.dsl.model;

import java.util.Objects;

/**
 * A length of time as written: an amount and a unit ({@code 7 working days}, {@code 72 hours}).
 *
 * <p>Invariants: amount is 0 or more. Immutable and thread-safe.
 */
public record TimeAmount(int amount, Unit unit, Span span) {

  /** Units of time the language knows, with the words that name them. */
  public enum Unit {
    HOURS("hour", "hours"),
    DAYS("day", "days"),
    WORKING_DAYS("working day", "working days"),
    WEEKS("week", "weeks"),
    MONTHS("month", "months"),
    YEARS("year", "years");

    private final String singular;
    private final String plural;

    Unit(String singular, String plural) {
      this.singular = singular;
      this.plural = plural;
    }

    /** The word for an amount of this unit, singular for 1. */
    public String word(int amount) {
      return amount == 1 ? singular : plural;
    }

    /** Fewest whole days this unit can stand for, used to compare cadences. */
    public int minDays() {
      return switch (this) {
        case HOURS -> 0;
        case DAYS, WORKING_DAYS -> 1;
        case WEEKS -> 7;
        case MONTHS -> 28;
        case YEARS -> 365;
      };
    }

    /** Most whole days this unit can stand for. */
    public int maxDays() {
      return switch (this) {
        case HOURS -> 1;
        case DAYS -> 1;
        case WORKING_DAYS -> 5;
        case WEEKS -> 7;
        case MONTHS -> 31;
        case YEARS -> 366;
      };
    }
  }

  public TimeAmount {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(span, "span");
    if (amount < 0) {
      throw new IllegalArgumentException("negative amount " + amount);
    }
  }

  @Override
  public String toString() {
    return amount + " " + unit.word(amount);
  }
}
