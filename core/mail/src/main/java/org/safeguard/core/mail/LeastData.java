package org.safeguard.core.mail;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;

/**
 * The guard for what travels outside a message's body. A subject is seen by every server on
 * the way, in inbox lists, notifications and logs, so it must not name a child: callers pass
 * the names to keep out. Matching ignores case and accents ("zoe" finds "Zoë"). Messages
 * never repeat the name found. Stateless and thread-safe.
 */
public final class LeastData {
    private LeastData() {
    }

    /** Refuses a subject that contains any of {@code forbidden} (blank entries are ignored). */
    public static void requireSafeSubject(String subject, Collection<String> forbidden) {
        check("subject", subject, forbidden).ifPresent(p -> {
            throw InvalidInputException.of("message refused", p);
        });
    }

    /** The problem with {@code text} as a header-like field, if it contains a forbidden string. */
    public static Optional<Problem> check(String field, String text, Collection<String> forbidden) {
        if (text == null || text.isBlank() || forbidden == null) {
            return Optional.empty();
        }
        String haystack = fold(text);
        for (String name : forbidden) {
            if (name != null && !name.isBlank() && haystack.contains(fold(name))) {
                return Optional.of(Problem.of(field, "must not name a child (it contains one of the names given);"
                        + " use the meeting type and date or a case reference — every server and inbox on the way sees it"));
            }
        }
        return Optional.empty();
    }

    private static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
