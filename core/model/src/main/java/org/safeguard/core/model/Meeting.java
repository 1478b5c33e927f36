package org.safeguard.core.model;

import java.time.Instant;

/**
 * One meeting of a type an area definition declares. {@code reference} names no child and is
 * what subjects and file names use. {@code minutes} is NONE until minutes are recorded, then
 * RECORDED, then ISSUED once sent as the meeting's decisions (which needs a quorate meeting).
 */
public record Meeting(long id, String reference, String area, String meetingType, String typeName, Instant startsAt,
                      Instant endsAt, String venue, String callDetails, String chair, Status status, Minutes minutes,
                      Instant recorded) {
    /** Whether the meeting is still to happen, took place, or was called off. */
    public enum Status { SCHEDULED, HELD, CANCELLED }

    /** Where the meeting's minutes stand. */
    public enum Minutes { NONE, RECORDED, ISSUED }
}
