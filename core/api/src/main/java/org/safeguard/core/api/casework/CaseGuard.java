package org.safeguard.core.api.casework;

import java.util.List;

/**
 * Refuses a step in a case's life until the area's protocol is met, naming each thing missing —
 * "no CRIS number is recorded", "no positive intervention (MI) is recorded". The core asks every
 * guard of the case's area before the step and refuses it, changing nothing, when any names
 * something. Registered by an area plugin as a Declarative Services component; stateless and
 * thread-safe.
 */
public interface CaseGuard {
    /** The area whose cases this guard checks. */
    String area();

    /**
     * What is missing before the case may take the step, each as a short phrase; empty when
     * nothing is. A guard that has no view on a step returns an empty list.
     */
    List<String> missing(Step step, RecordedCase c);
}
