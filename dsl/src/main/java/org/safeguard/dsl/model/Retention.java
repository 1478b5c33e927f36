package org.safeguard.dsl.model;

/** How long closed cases are kept before they are purged. Immutable and thread-safe. */
public record Retention(TimeAmount keepClosedCasesFor, Span span) {}
