package org.safeguard.core.app;

import java.time.LocalDate;
import org.safeguard.core.model.Role;
import org.safeguard.core.reports.ProfileFigures;

/**
 * Reports for a safeguarding board, counted from the recorded casework for a period: an area's
 * problem profile as figures, or rendered as text, HTML or PDF (HTML and PDF with charts). Every
 * run is in the audit trail. The figures are counts and shares only: no child, person or case
 * is named in them. Implementations are thread-safe.
 */
public interface ReportService {
    /**
     * An area's problem profile for a period, both days included.
     *
     * @param areaId the area, or null for the only enabled one
     * @throws org.safeguard.core.api.RefusedException      when the area declares no problem profile
     * @throws org.safeguard.core.api.InvalidInputException when the period ends before it starts
     */
    @Needs(Role.COORDINATOR)
    ProfileFigures profile(RequestContext ctx, String areaId, LocalDate from, LocalDate to);

    /** The same profile rendered from the {@code profile} templates (an area's or the home's override wins). */
    @Needs(Role.COORDINATOR)
    CirculationService.Rendering renderProfile(RequestContext ctx, String areaId, LocalDate from, LocalDate to,
                                               CirculationService.Format format);
}
