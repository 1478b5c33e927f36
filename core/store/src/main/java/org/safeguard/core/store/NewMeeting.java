package org.safeguard.core.store;

import java.time.Instant;

/** A meeting to schedule, of a meeting type the area's definition declares. Immutable. */
public record NewMeeting(String area, String meetingType, String typeName, Instant startsAt, Instant endsAt, String venue,
                         String callDetails, String chair) {
}
