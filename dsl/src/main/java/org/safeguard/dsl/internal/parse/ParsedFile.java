package org.safeguard.dsl.internal.parse;

import java.util.List;
import java.util.Optional;
import org.safeguard.dsl.model.CalendarSpec;
import org.safeguard.dsl.model.Ref;
import org.safeguard.dsl.model.Span;

/**
 * The statements of one file in order, each a model record ({@code Agency}, {@code Role},
 * {@code MeetingType}, {@code TemplateRef}, {@code Deadline}, {@code Rule}, {@code Retention}) or
 * one of the records below. A statement that could not be read is missing; the problem was
 * reported.
 */
public record ParsedFile(String file, List<Object> decls) {

  /** {@code area ID "Name"} and what its block says. */
  public record AreaHeader(Ref id, String name, List<Ref> plugins, List<Ref> strands,
      Optional<CalendarSpec> calendar, Span span) {}

  /** {@code include "name"}. */
  public record Include(String name, Span span) {}
}
