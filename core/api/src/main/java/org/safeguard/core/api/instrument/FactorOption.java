package org.safeguard.core.api.instrument;

import java.util.Objects;

/**
 * One point on a factor's scale: the score and the descriptor an assessor reads, with the
 * longer guidance some instruments print beside it (may be empty). Immutable.
 */
public record FactorOption(int score, String descriptor, String guidance) {
    public FactorOption {
        Objects.requireNonNull(descriptor, "descriptor");
        guidance = guidance == null ? "" : guidance;
    }

    public static FactorOption of(int score, String descriptor) {
        return new FactorOption(score, descriptor, "");
    }
}
