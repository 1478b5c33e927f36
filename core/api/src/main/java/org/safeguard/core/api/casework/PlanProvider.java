package org.safeguard.core.api.casework;

import java.util.List;

/**
 * The kinds of plan an area's cases carry ({@link PlanKind}), each with the routes it may lead
 * to. The core records plans of these kinds on the area's cases, versioned and audited, shows
 * them on the case and in the minutes, and hands them to the area's {@link CaseGuard}s through
 * {@link RecordedCase#plans()}. Registered by an area plugin as a Declarative Services
 * component; stateless and thread-safe.
 *
 * @since 1.1
 */
public interface PlanProvider {
    /** The area whose cases carry these plans. */
    String area();

    /** The kinds, in the order to show them. */
    List<PlanKind> planKinds();
}
