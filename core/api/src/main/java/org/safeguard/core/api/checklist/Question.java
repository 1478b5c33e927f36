package org.safeguard.core.api.checklist;

import java.util.List;
import java.util.Objects;

/**
 * A question of a checklist. A yes/no question is answered yes, no or unknown; a number question
 * (such as {@code age}) with a whole number in its range, or not at all; a set-of-codes question
 * (Swindon's signs seen) with any of its codes, comma-separated, or not at all. A set of codes is
 * recorded only: no rule reads one.
 *
 * @param id     the answer's key, lower case with hyphens ({@code power-imbalance})
 * @param text   the question as the protocol puts it
 * @param source where it comes from (document and section)
 * @param number whether it takes a whole number rather than yes/no/unknown
 * @param min    a number's lowest allowed value
 * @param max    a number's highest allowed value
 * @param routes whether a rule reads it; a question no rule reads is recorded only (as Swindon
 *               records disability and the signs seen)
 * @param childAge a number question that is the child's age in whole years: when the screening is
 *               recorded on a child whose date of birth is known, the core works it out, and
 *               refuses a given age that disagrees
 * @param codes  the codes a set-of-codes question allows, in order; empty for any other question (since 1.2)
 */
public record Question(String id, String text, String source, boolean number, int min, int max, boolean routes, boolean childAge,
                       List<String> codes) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        source = source == null ? "" : source;
        codes = codes == null ? List.of() : List.copyOf(codes);
        if (!codes.isEmpty() && (number || routes)) {
            throw new IllegalArgumentException("question " + id + ": a set of codes is neither a number nor read by a rule");
        }
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a question id is lower case, digits and hyphens: " + id);
        }
        if (childAge && !number) {
            throw new IllegalArgumentException("question " + id + ": a child's age is a number question");
        }
        if (number && min > max) {
            throw new IllegalArgumentException("question " + id + ": min " + min + " is above max " + max);
        }
    }

    /** A yes/no or number question, as before sets of codes. */
    public Question(String id, String text, String source, boolean number, int min, int max, boolean routes, boolean childAge) {
        this(id, text, source, number, min, max, routes, childAge, List.of());
    }

    /** A set-of-codes question. @since 1.2 */
    public boolean codeSet() {
        return !codes.isEmpty();
    }
}
