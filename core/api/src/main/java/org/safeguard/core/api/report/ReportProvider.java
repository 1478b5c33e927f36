package org.safeguard.core.api.report;

import java.util.List;

/**
 * The reports of one area, as data. Registered by an area plugin as a Declarative Services
 * component; stateless and thread-safe.
 */
public interface ReportProvider {
    /** The area these reports are for. */
    String area();

    /** The area's problem profiles (usually one, with the id {@code profile}). */
    List<ProblemProfile> profiles();

    /** The area's panel reports to its board (London's MASE report); none unless the area has one. @since 1.1 */
    default List<PanelReport> panels() {
        return List.of();
    }
}
