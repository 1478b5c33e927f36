package org.safeguard.core.cli.internal;

import java.util.Map;
import org.safeguard.core.api.RefusedException;

/**
 * What the command line adds to a refusal: the command that gets past it. The services name the
 * rule that refused ({@link org.safeguard.core.api.RefusedException#rule()}) and say no in terms
 * of any front end; only here does a refusal learn about options and commands.
 */
final class Hints {
    private static final Map<String, String> BY_RULE = Map.ofEntries(
            Map.entry("no-area-enabled", "; enable one with: safeguard plugins enable <id>"),
            Map.entry("area-ambiguous", "; say which with --area"),
            Map.entry("area-plugin-needed", "; enable it with: safeguard plugins enable <id>"),
            Map.entry("area-definition-never-valid", "; see the errors with: safeguard areas check"),
            Map.entry("final-needs-every-factor", "; answer them, or leave out --final to save a draft"),
            Map.entry("open-case-needed", "; record a referral first (safeguard referral add)"),
            Map.entry("minutes-not-recorded", "; import them first (safeguard meeting minutes ID --import FILE)"),
            Map.entry("nobody-invited", " (safeguard meeting invite)"),
            Map.entry("unrestricted-needs-reason", "; give --reason TEXT with --unrestricted, or leave them restricted"),
            Map.entry("home-folder-not-empty", "; choose another folder with --home"),
            Map.entry("not-invited", " (the invitees: safeguard meeting show ID)"),
            Map.entry("case-not-on-panel", " (the panel: safeguard meeting show ID)"),
            Map.entry("meeting-already-held", "; schedule another (safeguard meeting schedule)"),
            Map.entry("meeting-cancelled", "; schedule another (safeguard meeting schedule)"));

    private Hints() {
    }

    /** A refusal's message with the command line's hint for its rule, if it has one. */
    static String message(RefusedException refused) {
        return refused.getMessage() + BY_RULE.getOrDefault(refused.rule(), "");
    }
}
