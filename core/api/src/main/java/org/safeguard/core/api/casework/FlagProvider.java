package org.safeguard.core.api.casework;

import java.util.List;

/**
 * Derives an area's flags from a case's recorded facts; the core asks it whenever a case is
 * shown, so flags are never stored and never stale. Registered by an area plugin as a
 * Declarative Services component. Implementations are stateless and thread-safe.
 */
public interface FlagProvider {
    /** The area whose cases this provider flags. */
    String area();

    /**
     * Every flag code this provider can raise, in the order the area lists them: what the area
     * definition language checks {@code case.flags has CODE} against.
     */
    List<String> codes();

    /** The flags that hold on the case, each with its reason, in the order the area lists them. */
    List<Flag> flags(RecordedCase c);
}
