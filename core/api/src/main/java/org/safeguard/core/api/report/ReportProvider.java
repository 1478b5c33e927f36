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
}
