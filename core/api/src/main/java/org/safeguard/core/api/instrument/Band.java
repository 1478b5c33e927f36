package org.safeguard.core.api.instrument;

import java.util.Objects;

/**
 * A range of totals, inclusive at both ends, and what it means: the {@code band} (a RAG
 * category such as AMBER) and the {@code level} (such as LOW/MEDIUM). Immutable.
 */
public record Band(int min, int max, String band, String level) {
    public Band {
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(level, "level");
        if (max < min) {
            throw new IllegalArgumentException("band " + level + " ends before it starts");
        }
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    @Override
    public String toString() {
        return min + "–" + max + " " + level + " (" + band + ")";
    }
}
