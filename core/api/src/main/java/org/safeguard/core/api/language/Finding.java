package org.safeguard.core.api.language;

import java.util.Objects;

/**
 * One label found in a text: where it is and which list entry it is. Offsets are character
 * (UTF-16 {@code char}) offsets into the text that was checked, {@code end} exclusive as in
 * {@link String#substring(int, int)}, so {@code text.substring(start, end)} is {@link #phrase()}.
 * Immutable.
 *
 * @param phrase the words as they are written in the text ("Street-wise", "prostituting  herself")
 * @param start  the offset of the first character of the phrase
 * @param end    the offset just after its last character
 * @param label  the list entry it matched: its reason, suggestion and source
 */
public record Finding(String phrase, int start, int end, Label label) {
    public Finding {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(label, "label");
        if (start < 0 || end <= start || end - start != phrase.length()) {
            throw new IllegalArgumentException("a finding spans its phrase: [" + start + ", " + end + ") for '" + phrase + "'");
        }
    }

    /** Why the label is not used, from the entry. */
    public String reason() {
        return label.reason();
    }

    /** What to write instead, from the entry. */
    public String suggestion() {
        return label.suggestion();
    }
}
