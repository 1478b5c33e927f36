package org.safeguard.dsl.eval;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.safeguard.dsl.model.CalendarSpec;
import org.safeguard.dsl.model.Holiday;
import org.safeguard.dsl.model.TimeAmount;

/**
 * Working days for England and Wales, and due times counted in them.
 *
 * <p>Working days are Monday to Friday except England and Wales bank holidays (computed for any
 * year: New Year's Day, Good Friday, Easter Monday, the early May, spring and summer bank
 * holidays, Christmas Day and Boxing Day, with substitute days when they fall at a weekend, and
 * the changes proclaimed since 1995, read from {@code bank-holiday-changes.txt} beside this class:
 * data a release updates) and except the area's
 * extra holidays.
 *
 * <p>Due times: {@code N hours} after the anchor is exactly that; {@code N days}, {@code weeks},
 * {@code months} and {@code years} keep the anchor's local time in Europe/London; {@code N working
 * days} is due at the end of the Nth working day after the anchor's own day (the anchor's day
 * never counts, whether or not it is a working day), that is at 00:00 Europe/London on the
 * following day. A deadline has passed from its due instant on.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingCalendar {
  /** The zone all local dates and times are taken in. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");
  private static final int MAX_WORKING_DAYS = 100_000;

  private final Set<LocalDate> extra;

  private WorkingCalendar(Set<LocalDate> extra) {
    this.extra = Set.copyOf(extra);
  }

  /** England and Wales bank holidays, no extra holidays. */
  public static WorkingCalendar englandAndWales() {
    return new WorkingCalendar(Set.of());
  }

  /** The calendar a checked definition names, with its extra holidays. */
  public static WorkingCalendar of(CalendarSpec spec) {
    if (!spec.name().equals("england-and-wales")) {
      throw new IllegalArgumentException("unknown calendar " + spec.name());
    }
    return englandAndWales().withExtraHolidays(spec.extraHolidays().stream().map(Holiday::date).toList());
  }

  /** This calendar with more holidays. */
  public WorkingCalendar withExtraHolidays(Collection<LocalDate> days) {
    Set<LocalDate> all = new TreeSet<>(extra);
    all.addAll(days);
    return new WorkingCalendar(all);
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !extra.contains(date)
        && !bankHolidays(date.getYear()).contains(date);
  }

  /** The Nth working day after {@code date}; {@code date} itself never counts. */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    if (n < 0 || n > MAX_WORKING_DAYS) {
      throw new IllegalArgumentException("working days out of range: " + n);
    }
    LocalDate d = date;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** When something due {@code within} of {@code anchor} is due, by the rule in the class comment. */
  public Instant due(Instant anchor, TimeAmount within) {
    ZonedDateTime at = anchor.atZone(ZONE);
    int n = within.amount();
    return switch (within.unit()) {
      case HOURS -> anchor.plusSeconds(3600L * n);
      case DAYS -> at.plusDays(n).toInstant();
      case WEEKS -> at.plusWeeks(n).toInstant();
      case MONTHS -> at.plusMonths(n).toInstant();
      case YEARS -> at.plusYears(n).toInstant();
      case WORKING_DAYS -> plusWorkingDays(at.toLocalDate(), n).plusDays(1).atStartOfDay(ZONE).toInstant();
    };
  }

  /** England and Wales bank holidays of one year, substitute days applied. */
  public static Set<LocalDate> bankHolidays(int year) {
    if (year < 1900 || year > 2200) {
      return compute(year);
    }
    return CACHE.computeIfAbsent(year, WorkingCalendar::compute);
  }

  private static final java.util.Map<Integer, Set<LocalDate>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  private static Set<LocalDate> compute(int year) {
    Set<LocalDate> days = new TreeSet<>();
    LocalDate newYear = LocalDate.of(year, 1, 1);
    days.add(weekdayOnOrAfter(newYear));
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    LocalDate christmas = LocalDate.of(year, 12, 25);
    switch (christmas.getDayOfWeek()) {
      case SATURDAY -> { days.add(LocalDate.of(year, 12, 27)); days.add(LocalDate.of(year, 12, 28)); }
      case SUNDAY -> { days.add(LocalDate.of(year, 12, 26)); days.add(LocalDate.of(year, 12, 27)); }
      case FRIDAY -> { days.add(christmas); days.add(LocalDate.of(year, 12, 28)); }
      default -> { days.add(christmas); days.add(LocalDate.of(year, 12, 26)); }
    }
    for (Change c : CHANGES) {
      if (c.to().getYear() == year || c.from() != null && c.from().getYear() == year) {
        if (c.from() != null) {
          days.remove(c.from());
        }
        days.add(c.to());
      }
    }
    return java.util.Collections.unmodifiableSet(days);
  }

  /** A proclaimed change: the holiday of {@code from} moved to {@code to}, or ({@code from} null) an extra one. */
  private record Change(LocalDate from, LocalDate to) {}

  /** The proclaimed changes, from {@code bank-holiday-changes.txt} beside this class: data a release updates. */
  private static final List<Change> CHANGES = readChanges();

  private static List<Change> readChanges() {
    String name = "bank-holiday-changes.txt";
    try (java.io.InputStream in = WorkingCalendar.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the language's bundle");
      }
      List<Change> out = new java.util.ArrayList<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String[] w = line.strip().split("\\s+");
        if (w[0].isEmpty() || w[0].startsWith("#")) {
          continue;
        }
        switch (w[0]) {
          case "move" -> out.add(new Change(LocalDate.parse(w[1]), LocalDate.parse(w[2])));
          case "add" -> out.add(new Change(null, LocalDate.parse(w[1])));
          default -> throw new IllegalStateException(name + ": '" + line + "' is neither a move nor an add");
        }
      }
      return List.copyOf(out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static LocalDate weekdayOnOrAfter(LocalDate d) {
    return switch (d.getDayOfWeek()) {
      case SATURDAY -> d.plusDays(2);
      case SUNDAY -> d.plusDays(1);
      default -> d;
    };
  }

  /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
