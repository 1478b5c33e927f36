package org.safeguard.core.model;

import java.time.Instant;

/** A place that matters to a case: an address, an incident location, a hotspot. */
public record Location(long id, LocationKind kind, String description, String address, String postcode, Instant recorded) {
}
