package org.safeguard.dsl.model;

import java.util.List;

/**
 * The working-day calendar an area counts working days by: a named base calendar (today only
 * {@code england-and-wales}) and the area's extra holidays.
 *
 * <p>Immutable and thread-safe.
 */
public record CalendarSpec(String name, List<Holiday> extraHolidays, Span span) {
  public CalendarSpec {
    extraHolidays = List.copyOf(extraHolidays);
  }
}
