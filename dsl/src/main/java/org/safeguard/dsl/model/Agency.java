package org.safeguard.dsl.model;

/**
 * A partner agency: its id, display name, lead professional and contact address.
 *
 * <p>Invariants after a clean check: the contact has the shape of an email address. Immutable
 * and thread-safe.
 */
public record Agency(String id, String name, String lead, String contact, Span span) {}
