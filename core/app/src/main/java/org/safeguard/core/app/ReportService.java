package org.safeguard.core.app;

import java.time.LocalDate;
import org.safeguard.core.model.Role;
import org.safeguard.core.reports.ActivityFigures;
import org.safeguard.core.reports.PanelFigures;
import org.safeguard.core.reports.ProfileFigures;

/**
 * Reports for a safeguarding board, counted from the recorded casework for a period, as figures or
 * rendered as text, HTML or PDF (HTML and PDF with charts): an area's problem profile (counts and
 * shares only: no child, person or case is named), every area's activity report (cases by band
 * and classification month by month, overdue deadlines, the actions tracker) and an area's panel
 * report (themes, trends and the activity plan by strand). The activity and panel reports name
 * cases by reference only, never a child, and leave out the description of any action agreed in a
 * confidential part. Every run is in the audit trail. Implementations are thread-safe.
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

    /**
     * An area's activity for a period, both days included: its cases month by month, open cases by
     * the band of its risk instrument and by each classification scheme, the outcomes achieved,
     * the deadlines overdue today and the actions tracked, as they stand today.
     *
     * @throws org.safeguard.core.api.InvalidInputException when the period ends before it starts
     */
    @Needs(Role.COORDINATOR)
    ActivityFigures activity(RequestContext ctx, String areaId, LocalDate from, LocalDate to);

    /** The same activity rendered from the {@code board-report} templates. */
    @Needs(Role.COORDINATOR)
    CirculationService.Rendering renderActivity(RequestContext ctx, String areaId, LocalDate from, LocalDate to,
                                                CirculationService.Format format);

    /**
     * An area's panel report for a period (London's MASE report): the panel's meetings held, the
     * themes of the cases discussed, trends month by month, the activity tracked by strand and
     * the activity planned beyond the period.
     *
     * @param reportId  the report, or null for the area's only one
     * @param narrative the coordinator's narrative for the board, printed first, or null
     * @throws org.safeguard.core.api.RefusedException      when the area declares no such report, or its
     *                                                      meeting type is not in the definition in force
     * @throws org.safeguard.core.api.InvalidInputException when the period ends before it starts
     */
    @Needs(Role.COORDINATOR)
    PanelFigures panel(RequestContext ctx, String areaId, String reportId, LocalDate from, LocalDate to, String narrative);

    /** The same panel report rendered from the {@code board-report} templates. */
    @Needs(Role.COORDINATOR)
    CirculationService.Rendering renderPanel(RequestContext ctx, String areaId, String reportId, LocalDate from, LocalDate to,
                                             String narrative, CirculationService.Format format);
}
