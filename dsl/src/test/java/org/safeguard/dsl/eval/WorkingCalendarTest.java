package org.safeguard.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguard.dsl.model.Span;
import org.safeguard.dsl.model.TimeAmount;

class WorkingCalendarTest {
  private final WorkingCalendar calendar = WorkingCalendar.englandAndWales();

  private static TimeAmount amount(int n, TimeAmount.Unit unit) {
    return new TimeAmount(n, unit, new Span("t", 0, 0));
  }

  private static Instant london(String localDateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), WorkingCalendar.ZONE).toInstant();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2020, 2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28",
      "2021, 2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28",
      "2022, 2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27",
      "2023, 2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26",
      "2024, 2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26",
      "2025, 2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26",
      "2026, 2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28",
  })
  void bankHolidaysMatchThePublishedEnglandAndWalesList(int year, String dates) {
    Set<LocalDate> expected = new java.util.TreeSet<>();
    for (String d : dates.split(" ")) {
      expected.add(LocalDate.parse(d));
    }
    assertEquals(expected, new java.util.TreeSet<>(WorkingCalendar.bankHolidays(year)));
  }

  @Test
  void easterIsComputedForYearsWithEarlyAndLateEaster() {
    assertEquals(LocalDate.of(2008, 3, 23), WorkingCalendar.easterSunday(2008));
    assertEquals(LocalDate.of(2011, 4, 24), WorkingCalendar.easterSunday(2011));
    assertEquals(LocalDate.of(2038, 4, 25), WorkingCalendar.easterSunday(2038));
  }

  @Test
  void workingDaysSkipTheWeekend() {
    // Friday 2025-03-07 + 1 working day is Monday.
    assertEquals(LocalDate.of(2025, 3, 10), calendar.plusWorkingDays(LocalDate.of(2025, 3, 7), 1));
    // An anchor on a Saturday counts from the Monday as the first working day.
    assertEquals(LocalDate.of(2025, 3, 10), calendar.plusWorkingDays(LocalDate.of(2025, 3, 8), 1));
    assertEquals(LocalDate.of(2025, 3, 14), calendar.plusWorkingDays(LocalDate.of(2025, 3, 7), 5));
  }

  @Test
  void initialAssessmentWithinSevenWorkingDaysAcrossEaster() {
    // Referral Thursday 2025-04-17; Good Friday 18th and Easter Monday 21st are not working days:
    // 22, 23, 24, 25, 28, 29, 30 April -> due by the end of Wednesday 30 April.
    Instant due = calendar.due(london("2025-04-17T15:30"), amount(7, TimeAmount.Unit.WORKING_DAYS));
    assertEquals(london("2025-05-01T00:00"), due);
  }

  @Test
  void workingDaysAcrossChristmasAndNewYearSubstitutes() {
    // 2021: Christmas Saturday -> Mon 27 and Tue 28; New Year 2022 Saturday -> Mon 3 January.
    assertFalse(calendar.isWorkingDay(LocalDate.of(2021, 12, 27)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2021, 12, 28)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2022, 1, 3)));
    // Thursday 23 December 2021 + 3 working days: 24, 29, 30 December.
    assertEquals(LocalDate.of(2021, 12, 30), calendar.plusWorkingDays(LocalDate.of(2021, 12, 23), 3));
    // + 5: 24, 29, 30, 31 December, then 4 January.
    assertEquals(LocalDate.of(2022, 1, 4), calendar.plusWorkingDays(LocalDate.of(2021, 12, 23), 5));
  }

  @Test
  void extraLocalHolidaysAreSkippedToo() {
    WorkingCalendar local = calendar.withExtraHolidays(List.of(LocalDate.of(2025, 3, 10)));
    assertEquals(LocalDate.of(2025, 3, 11), local.plusWorkingDays(LocalDate.of(2025, 3, 7), 1));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 3, 10)));
  }

  @Test
  void hoursAreExactAndDaysKeepTheLocalTimeAcrossTheClockChange() {
    Instant returned = london("2025-03-28T22:00");
    assertEquals(returned.plusSeconds(72 * 3600), calendar.due(returned, amount(72, TimeAmount.Unit.HOURS)));
    // Clocks go forward on 30 March 2025: 10 days later is still 22:00 local time.
    assertEquals(london("2025-04-07T22:00"), calendar.due(returned, amount(10, TimeAmount.Unit.DAYS)));
  }
}
