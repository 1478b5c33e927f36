package org.safeguard.core.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed sends are retried: after the first failure wait {@code firstDelay}, then
 * {@code factor} times longer each time, never more than {@code maxDelay}; give up after
 * {@code maxAttempts}. {@code claim} is how long a message stays marked SENDING before a
 * later run presumes the send was interrupted and resumes it: it must exceed the longest a
 * send can take (connection and write timeouts), or a slow send could be resumed beside
 * itself. Immutable.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, int factor, Duration maxDelay, Duration claim) {
    /** 1, 5, 25, 125 minutes, then every 6 hours; given up after 8 attempts (about a day). */
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofMinutes(1), 5, Duration.ofHours(6), Duration.ofMinutes(10));

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(claim, "claim");
        if (maxAttempts < 1 || factor < 1) {
            throw new IllegalArgumentException("at least one attempt, and a factor of at least 1");
        }
    }

    /** The same policy giving up after {@code attempts}. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, firstDelay, factor, maxDelay, claim);
    }

    /** The wait before the next attempt, after {@code attempts} have failed (1 or more). */
    public Duration delayAfter(int attempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(factor);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether a message that has had {@code attempts} is given up on when this one fails. */
    public boolean isFinal(int attempts) {
        return attempts >= maxAttempts;
    }
}
