package org.safeguard.core.api.instrument;

import java.util.Objects;

/**
 * A yes/no question recorded with an assessment. It adds {@code weight} to the total when
 * answered yes; on most instruments the weight is 0 (recorded, not scored). Immutable.
 */
public record SupplementaryQuestion(String id, String text, int weight) {
    public SupplementaryQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
