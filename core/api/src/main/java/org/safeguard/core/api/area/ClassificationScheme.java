package org.safeguard.core.api.area;

import java.util.Objects;
import java.util.Optional;

/**
 * A way an area classifies its cases by hand — London's police category and social care tier,
 * Lancashire's CSE category: ordered values from one of the plugin's code lists, changed by a
 * person with a rationale and kept as a history (date, author, rationale). Levels that come
 * from an instrument are not schemes: a final assessment sets those. Immutable.
 *
 * @param codeList the code list whose codes, in their order, are the scheme's values; its id is the scheme's id
 * @param feeds    the case field of the area definition language the current value feeds (e.g.
 *                 {@code case.category}), or null when no rule reads it
 * @since 1.2
 */
public record ClassificationScheme(String codeList, String feeds) {
    public ClassificationScheme {
        Objects.requireNonNull(codeList, "codeList");
        if (feeds != null && !feeds.matches("case\\.[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a scheme feeds a case field named case.NAME (lower case, digits and -): " + feeds);
        }
    }

    /** A scheme no rule reads. */
    public static ClassificationScheme of(String codeList) {
        return new ClassificationScheme(codeList, null);
    }

    /** A scheme whose current value is the case field {@code feeds} (e.g. {@code case.category}). */
    public static ClassificationScheme feeding(String codeList, String feeds) {
        return new ClassificationScheme(codeList, Objects.requireNonNull(feeds, "feeds"));
    }

    /** The scheme's id: its code list's. */
    public String id() {
        return codeList;
    }

    public Optional<String> field() {
        return Optional.ofNullable(feeds);
    }
}
