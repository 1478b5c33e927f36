package org.safeguard.dsl.model;

import java.util.Optional;

/**
 * How often a meeting is held: a regular interval, a longest gap, or both
 * ({@code every month, at most 6 weeks apart}). Immutable and thread-safe.
 */
public record Cadence(Optional<TimeAmount> every, Optional<TimeAmount> atMostApart, Span span) {}
