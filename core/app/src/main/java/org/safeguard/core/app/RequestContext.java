package org.safeguard.core.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking, and when it is: passed to every application service call. The actor is
 * written to the audit trail of everything the call does; the roles are what the actor may do
 * (an empty set until permissions arrive); the clock is the only source of "now" for a use
 * case, so a test or a catch-up sweep can fix it. Days are the panel's days, in
 * {@link #ZONE Europe/London}. Immutable and thread-safe.
 *
 * @param actor who is acting, as the audit trail names them
 * @param roles the actor's roles (may be empty)
 * @param clock where "now" comes from
 */
public record RequestContext(String actor, Set<String> roles, Clock clock) {
    /** The zone every panel day and local time is in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    public RequestContext {
        Objects.requireNonNull(actor, "actor");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(clock, "clock");
    }

    /** An actor with no roles, on a clock. */
    public static RequestContext of(String actor, Clock clock) {
        return new RequestContext(actor, Set.of(), clock);
    }

    /** This moment, by the context's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** Today, in Europe/London. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
