package org.safeguard.dsl.model;

import java.util.Optional;

/**
 * A role that meetings and rules name, such as an IRO or a police co-chair, optionally tied to
 * the agency that fills it. Immutable and thread-safe.
 */
public record Role(String id, String name, Optional<Ref> agency, Span span) {}
