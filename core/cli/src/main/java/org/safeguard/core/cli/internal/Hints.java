package org.safeguard.core.cli.internal;

import java.util.Map;
import org.safeguard.core.api.RefusedException;

/**
 * What the command line adds to a refusal: the command that gets past it. The services name the
 * rule that refused ({@link org.safeguard.core.api.RefusedException#rule()}) and say no in terms
 * of any front end; only here does a refusal learn about options and commands.
 */
final class Hints {
    private static final Map<String, String> BY_RULE = Map.of(
            "no-area-enabled", "; enable one with: safeguard plugins enable <id>",
            "area-ambiguous", "; say which with --area",
            "area-plugin-needed", "; enable it with: safeguard plugins enable <id>",
            "area-definition-never-valid", "; see the errors with: safeguard areas check",
            "final-needs-every-factor", "; answer them, or leave out --final to save a draft",
            "open-case-needed", "; record a referral first (safeguard referral add)",
            "minutes-not-recorded", "; import them first (safeguard meeting minutes ID --import FILE)",
            "nobody-invited", " (safeguard meeting invite)",
            "unrestricted-needs-reason", "; give --reason TEXT with --unrestricted, or leave them restricted",
            "home-folder-not-empty", "; choose another folder with --home");

    private Hints() {
    }

    /** A refusal's message with the command line's hint for its rule, if it has one. */
    static String message(RefusedException refused) {
        return refused.getMessage() + BY_RULE.getOrDefault(refused.rule(), "");
    }
}
