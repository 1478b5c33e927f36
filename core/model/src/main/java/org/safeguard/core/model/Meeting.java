package org.safeguard.core.model;

import java.time.Instant;

/**
 * One meeting of a type an area definition declares. {@code reference} names no child and is
 * what subjects and file names use. {@code minutes} is NONE until minutes are recorded, then
 * RECORDED, then ISSUED once sent as the meeting's decisions (which needs a quorate meeting).
 * {@code sequence} is its calendar event's SEQUENCE: 0 when scheduled, one more on every change
 * of time, venue or call details and on every cancellation sent. {@code cancellation} says why,
 * by whom and when a CANCELLED meeting was called off, and is null otherwise.
 */
public record Meeting(long id, String reference, String area, String meetingType, String typeName, Instant startsAt,
                      Instant endsAt, String venue, String callDetails, String chair, Status status, Minutes minutes,
                      Instant recorded, int sequence, Cancellation cancellation, Agreement agreement) {
    public Meeting {
        if ((agreement != null) != (minutes == Minutes.AGREED)) {
            throw new IllegalArgumentException("agreed minutes, and only they, carry their agreement");
        }
    }

    /**
     * Where a meeting's issued minutes were agreed: the later meeting that agreed them, who
     * recorded it and when, and the corrections agreed (empty when agreed as they stood).
     */
    public record Agreement(long atMeetingId, String by, Instant recorded, java.util.List<String> corrections) {
        public Agreement {
            corrections = java.util.List.copyOf(corrections);
        }
    }

    /** Why a meeting was called off, who recorded it and when. */
    public record Cancellation(String reason, String by, Instant at) {
    }

    /** Whether the meeting is still to happen, took place, or was called off. */
    public enum Status { SCHEDULED, HELD, CANCELLED }

    /** Where the meeting's minutes stand. */
    public enum Minutes { NONE, RECORDED, ISSUED, AGREED }

    /** Whether the minutes went out (issued, or agreed since): from then on they are never changed. */
    public boolean minutesIssued() {
        return minutes == Minutes.ISSUED || minutes == Minutes.AGREED;
    }
}
