package org.safeguard.core.model;

import java.time.Instant;

/**
 * A version of a document generated for a meeting. A new version is made only when what the
 * document says changes (its fingerprint); mail and disclosures name the version they carried.
 */
public record MeetingDocument(long id, long meetingId, Kind kind, int version, String fingerprint, Instant created,
                              String createdBy) {
    /** The documents a meeting has. */
    public enum Kind { AGENDA, MINUTES, INVITATION }
}
