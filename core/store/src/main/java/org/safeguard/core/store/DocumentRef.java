package org.safeguard.core.store;

import java.util.regex.Pattern;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;

/**
 * Which document, exactly: its kind ({@code agenda}, {@code minutes}, {@code invitation} …),
 * the id of the record it belongs to, and its version (1, 2, … as it is re-issued). The
 * kind is a lower-case token, so a reference can name a file. Immutable.
 */
public record DocumentRef(String kind, long id, int version) {
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public DocumentRef {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw InvalidInputException.of("document refused",
                    Problem.of("kind", "a document kind is a lower-case word such as 'minutes' (letters, digits, '-')"));
        }
        if (version < 1) {
            throw InvalidInputException.of("document refused", Problem.of("version", "document versions start at 1"));
        }
    }

    public static DocumentRef of(String kind, long id, int version) {
        return new DocumentRef(kind, id, version);
    }

    /** {@code minutes-12-v3}: the reference as a token, for keys and file names. */
    public String token() {
        return kind + "-" + id + "-v" + version;
    }
}
