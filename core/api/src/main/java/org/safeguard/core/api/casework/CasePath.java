package org.safeguard.core.api.casework;

import java.util.Optional;

/**
 * Where a case stands on its area's path — the procedure's flowchart from concerns to close —
 * worked out from what is recorded on it (its classifications, plans, decisions, meetings and
 * status). The core shows the step on {@code case show}. Registered by an area plugin as a
 * Declarative Services component; stateless and thread-safe.
 *
 * @since 1.1
 */
public interface CasePath {
    /** The area whose cases this path describes. */
    String area();

    /** The step the case is at; empty when the path has no view of the case. */
    Optional<PathStep> step(RecordedCase c);

    /**
     * A step on the path.
     *
     * @param id    e.g. {@code strategy-meeting}
     * @param title the step in the procedure's words
     * @param next  what comes next, in words; empty at the end of the path
     */
    record PathStep(String id, String title, String next) {
        public PathStep {
            java.util.Objects.requireNonNull(id, "id");
            java.util.Objects.requireNonNull(title, "title");
            next = next == null ? "" : next;
        }
    }
}
