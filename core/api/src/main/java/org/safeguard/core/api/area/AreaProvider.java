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
}
