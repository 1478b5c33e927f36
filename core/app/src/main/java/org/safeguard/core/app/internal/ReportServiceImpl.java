package org.safeguard.core.app.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.form.CoreField;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.api.report.ProblemProfile;
import org.safeguard.core.app.CirculationService;
import org.safeguard.core.app.ReportService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.meetings.DocumentViews;
import org.safeguard.core.render.Format;
import org.safeguard.core.reports.ProfileFigures;
import org.safeguard.core.reports.ProfileView;
import org.safeguard.core.reports.Profiles;
import org.safeguard.core.runtime.Container;

/** {@link ReportService}: the area's declared profile counted by the database in one transaction, audited. */
final class ReportServiceImpl implements ReportService {
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private final Wiring w;

    ReportServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public ProfileFigures profile(RequestContext ctx, String areaId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInputException.of("report refused", Problem.of("to", to == null || from == null ? "name the period with --from and --to"
                    : "the period ends (" + to + ") before it starts (" + from + ")"));
        }
        AreaDescriptor area = w.area(areaId);
        Container container = w.container();
        ProblemProfile profile = container.reports().all().stream().filter(r -> r.area().equals(area.id()))
                .flatMap(r -> r.profiles().stream()).filter(p -> p.id().equals("profile")).findFirst()
                .orElseThrow(() -> new RefusedException("no-profile", "area " + area.id() + " declares no problem profile"));
        FormDefinition form = area.referralForm().flatMap(container.forms()::find).orElse(null);
        String lookedAfter = form == null ? null : form.boundTo(CoreField.LOOKED_AFTER_STATUS).map(FieldDefinition::id).orElse(null);
        Map<String, String> ethnicity = new LinkedHashMap<>();
        if (form != null) {
            form.boundTo(CoreField.ETHNICITY).map(FieldDefinition::codeListId).flatMap(id -> container.codeLists().find(id))
                    .ifPresent(list -> list.codes().forEach((Code c) -> ethnicity.put(c.code(), c.label())));
        }
        return w.inTransaction(ctx, tx -> {
            tx.audit().record("report", "profile", null, "area=" + area.id() + " from=" + from + " to=" + to);
            return Profiles.compute(tx, area.id(), profile, lookedAfter, ethnicity, from, to);
        });
    }

    @Override
    public CirculationService.Rendering renderProfile(RequestContext ctx, String areaId, LocalDate from, LocalDate to,
                                                      CirculationService.Format format) {
        ProfileFigures f = profile(ctx, areaId, from, to);
        String areaName = w.area(f.area()).name();
        Map<String, Object> view = ProfileView.of(f, areaName, DocumentViews.MARKING, ctx.now().atZone(RequestContext.ZONE).format(GENERATED),
                format != CirculationService.Format.TEXT);
        return new CirculationService.Rendering(format, w.renderer().render("profile", Format.valueOf(format.name()), view).bytes());
    }
}
