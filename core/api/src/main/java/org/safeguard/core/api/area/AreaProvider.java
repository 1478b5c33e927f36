package org.safeguard.core.api.area;

import java.util.Optional;

/**
 * The service an area plugin registers to describe its area. Thread-safe; usually constant.
 */
public interface AreaProvider {
    AreaDescriptor area();

    /**
     * The area's default definition file (the area definition language), written to the
     * home's {@code areas/} folder when the area is first enabled. Empty when the plugin
     * ships none.
     */
    default Optional<String> defaultDefinition() {
        return Optional.empty();
    }

    /**
     * A demonstration set for {@code safeguard demo} and the meeting benchmark: clearly
     * fictional children with their referrals on the area's form, assessments, missing
     * episodes, and a month of the area's meeting, as JSON in the format the plugin author's
     * guide (docs/plugin-guide.md, "A demonstration set") describes. Empty when the plugin
     * ships none.
     *
     * @since 1.1
     */
    default Optional<String> demonstration() {
        return Optional.empty();
    }
}
