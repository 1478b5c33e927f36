package org.safeguard.core.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A child placed in another authority's area, from a day. Only ever added; a child's latest
 * placement is where they are placed.
 *
 * @param hostArea the host authority, as named
 */
public record Placement(long id, long childId, String hostArea, LocalDate placedOn, String recordedBy, Instant recorded) {
}
