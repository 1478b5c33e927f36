package org.safeguard.core.api.checklist;

import java.util.Locale;
import java.util.Optional;

/** An answer to a checklist question. */
public enum Answer {
    YES, NO, UNKNOWN;

    /** The answer as people type it ({@code yes}, {@code no}, {@code unknown}), in any case. */
    public static Optional<Answer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y" -> Optional.of(YES);
            case "no", "n" -> Optional.of(NO);
            case "unknown", "not known", "?" -> Optional.of(UNKNOWN);
            default -> Optional.empty();
        };
    }

    /** The answer as printed and stored: {@code yes}, {@code no} or {@code unknown}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
