package org.safeguard.core.api.instrument;

import java.util.List;
import java.util.Objects;

/**
 * A scored factor of an instrument. Answers address it by {@link #number()} or {@link #id()}.
 * The score is one of the options' scores, multiplied by {@link #weight()} in the total.
 * Immutable.
 *
 * @param number     its number on the printed form (1-based)
 * @param id         a stable, lower-case, hyphenated id
 * @param title      the form's heading for it
 * @param options    the scale, ordered by score, scores unique
 * @param weight     multiplier applied to the score in the total (1 on most instruments)
 * @param sourceNote empty when the descriptors are the source's own; otherwise why they are not
 *                   (e.g. the printed form's text was a copy of another factor's) — shown to
 *                   assessors and administrators, never hidden
 */
public record Factor(int number, String id, String title, List<FactorOption> options, int weight, String sourceNote) {
    public Factor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("factor " + id + " has no options");
        }
        if (options.stream().map(FactorOption::score).distinct().count() != options.size()) {
            throw new IllegalArgumentException("factor " + id + " has two options with the same score");
        }
        sourceNote = sourceNote == null ? "" : sourceNote;
    }

    public int minScore() {
        return options.stream().mapToInt(FactorOption::score).min().orElseThrow();
    }

    public int maxScore() {
        return options.stream().mapToInt(FactorOption::score).max().orElseThrow();
    }

    public boolean allows(int score) {
        return options.stream().anyMatch(o -> o.score() == score);
    }

    /** True when the descriptors are not the source's own words. */
    public boolean locallyWritten() {
        return !sourceNote.isEmpty();
    }
}
