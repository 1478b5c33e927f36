package org.safeguard.core.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.safeguard.core.model.Role;

/**
 * Who is asking, and when it is: passed to every application service call. The actor is a user
 * of the home, signed in by {@link Application#signIn} (a front end never makes one up): it is
 * written to the audit trail of everything the call does, and its roles decide which calls it
 * may make ({@link Needs}). The clock is the only source of "now" for a use case, so a test or a
 * catch-up sweep can fix it. Days are the panel's days, in {@link #ZONE Europe/London}.
 * Immutable and thread-safe, but for its {@link Warnings}: what the request's calls report back
 * to the front end about text they saved (the language check), collected for it to show.
 *
 * @param actor    who is acting: a user's login, as the audit trail names them
 * @param roles    what the actor may do: their role and the roles it includes ({@link #granting})
 * @param clock    where "now" comes from
 * @param warnings what the request's calls found in text they saved; one per context
 */
public record RequestContext(String actor, Set<Role> roles, Clock clock, Warnings warnings) {
    /** The zone every panel day and local time is in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    public RequestContext {
        Objects.requireNonNull(actor, "actor");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(warnings, "warnings");
    }

    /** A context for one request, with no warnings yet. */
    public RequestContext(String actor, Set<Role> roles, Clock clock) {
        this(actor, roles, clock, new Warnings());
    }

    /** The roles a user with this role holds: an administrator is a coordinator too, a coordinator a practitioner. */
    public static Set<Role> granting(Role role) {
        return switch (role) {
            case ADMINISTRATOR -> EnumSet.of(Role.ADMINISTRATOR, Role.COORDINATOR, Role.PRACTITIONER);
            case COORDINATOR -> EnumSet.of(Role.COORDINATOR, Role.PRACTITIONER);
            case PRACTITIONER -> EnumSet.of(Role.PRACTITIONER);
            case AUDITOR -> EnumSet.of(Role.AUDITOR);
        };
    }

    /** Whether the actor holds this role (directly or through one that includes it). */
    public boolean has(Role role) {
        return roles.contains(role);
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
