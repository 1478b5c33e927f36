package org.safeguard.core.model;

import java.time.Duration;
import java.time.Instant;

/**
 * A period a child was missing. The return interview is due 72 hours after the return
 * ({@link #returnInterviewDue()}); when it happened is recorded separately.
 */
public record MissingEpisode(long id, long childId, Instant started, Instant returned, String whereFound,
                             boolean returnInterviewRequired, Instant returnInterviewHeld, Instant recorded) {
    public static final Duration RETURN_INTERVIEW_WITHIN = Duration.ofHours(72);

    public Instant returnInterviewDue() {
        return returned == null || !returnInterviewRequired ? null : returned.plus(RETURN_INTERVIEW_WITHIN);
    }

    public boolean open() {
        return returned == null;
    }
}
