package org.safeguard.dsl.model;

/**
 * Something that must happen within a time of an anchor event: {@code deadline strategy-meeting
 * "Strategy meeting" within 10 days of referral}. The anchor is one of the names in
 * {@link org.safeguard.dsl.eval.DeadlineAnchor}. Immutable and thread-safe.
 */
public record Deadline(String id, String label, TimeAmount within, Ref anchor, Span span) {}
