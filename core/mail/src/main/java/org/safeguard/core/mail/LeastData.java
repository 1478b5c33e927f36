package org.safeguard.core.mail;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;

/**
 * The guard for what travels outside a message's body. A subject, a file name or a calendar
 * event's title and place is seen by every server on the way, in inbox lists, notifications and
 * logs, so it must not name a child: callers pass the names to keep out, as whole names. A name
 * matches as whole words only ("Robin Hall" is found in "re Robin Hall", never in "County Hall";
 * "Example" in "Sam Example" but not in "meet.example.org/panel"), ignoring case, accents ("zoe"
 * finds "Zoë") and runs of spaces. Messages say which field and whose name — by the record's
 * reference — and never repeat the name. Stateless and thread-safe.
 */
public final class LeastData {
    /**
     * A name to keep out of headers, and whose it is, said without the name.
     *
     * @param text  the name as recorded (a whole name, or an alternative name)
     * @param whose what the name is, for the message: "the full name of child C00003"; null when unknown
     */
    public record Name(String text, String whose) {
    }

    private LeastData() {
    }

    /** Refuses a subject that contains any of {@code forbidden} (blank entries are ignored). */
    public static void requireSafeSubject(String subject, Collection<String> forbidden) {
        check("subject", subject, forbidden).ifPresent(p -> {
            throw InvalidInputException.of("message refused", p);
        });
    }

    /** The problem with {@code text} as a header-like field, if it contains one of the names. */
    public static Optional<Problem> check(String field, String text, Collection<String> forbidden) {
        return forbidden == null ? Optional.empty() : checkNames(field, text, forbidden.stream().map(n -> new Name(n, null)).toList());
    }

    /** The problem with {@code text} as a header-like field, if it contains one of the names as whole words, naming whose. */
    public static Optional<Problem> checkNames(String field, String text, Collection<Name> forbidden) {
        if (text == null || text.isBlank() || forbidden == null) {
            return Optional.empty();
        }
        String haystack = fold(text);
        for (Name name : forbidden) {
            if (name == null || name.text() == null || name.text().isBlank()) {
                continue;
            }
            Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(name.text())) + "(?![\\p{L}\\p{N}])");
            if (whole.matcher(haystack).find()) {
                return Optional.of(Problem.of(field, "must not name a child (it contains " + (name.whose() == null ? "one of the names given"
                        : name.whose()) + "); use the meeting type and date or a case reference — every server and inbox on the way sees it"));
            }
        }
        return Optional.empty();
    }

    private static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
