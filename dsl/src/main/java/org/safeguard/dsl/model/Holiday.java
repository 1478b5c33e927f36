package org.safeguard.dsl.model;

import java.time.LocalDate;

/** An extra local holiday on top of the calendar's own. Immutable and thread-safe. */
public record Holiday(LocalDate date, String label, Span span) {}
