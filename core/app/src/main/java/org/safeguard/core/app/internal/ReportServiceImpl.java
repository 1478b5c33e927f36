package org.safeguard.core.app.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.ClassificationScheme;
import org.safeguard.core.api.area.OutcomeCode;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.CoreField;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FieldType;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.api.instrument.Band;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.api.report.PanelReport;
import org.safeguard.core.api.report.ProblemProfile;
import org.safeguard.core.app.CirculationService;
import org.safeguard.core.app.DeadlineService;
import org.safeguard.core.app.ReportService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.meetings.DocumentViews;
import org.safeguard.core.render.Format;
import org.safeguard.core.reports.Activity;
import org.safeguard.core.reports.ActivityFigures;
import org.safeguard.core.reports.ActivityView;
import org.safeguard.core.reports.PanelFigures;
import org.safeguard.core.reports.PanelView;
import org.safeguard.core.reports.Panels;
import org.safeguard.core.reports.ProfileFigures;
import org.safeguard.core.reports.ProfileView;
import org.safeguard.core.reports.Profiles;
import org.safeguard.core.runtime.Container;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.MeetingType;
import org.safeguard.dsl.model.Ref;

/** {@link ReportService}: each report counted by the database in one transaction, from what the area declares, audited. */
final class ReportServiceImpl implements ReportService {
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private final Wiring w;

    ReportServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public ProfileFigures profile(RequestContext ctx, String areaId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
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
        Map<String, Object> view = ProfileView.of(f, areaName, DocumentViews.MARKING, generatedOn(ctx), format != CirculationService.Format.TEXT);
        return new CirculationService.Rendering(format, w.renderer().render("profile", Format.valueOf(format.name()), view).bytes());
    }

    @Override
    public ActivityFigures activity(RequestContext ctx, String areaId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        AreaDescriptor area = w.area(areaId);
        Container container = w.container();
        List<Activity.Measure> measures = new ArrayList<>();
        area.instrument().flatMap(container.instruments()::find).ifPresent(i -> measures.add(band(i)));
        for (ClassificationScheme scheme : area.schemes()) {
            if (scheme.field().isEmpty()) {
                continue; // a list no rule reads (Lancashire's outcomes for the child) is not a level a case is at
            }
            container.codeLists().find(scheme.codeList()).ifPresent(list -> measures.add(Activity.Measure.scheme(scheme.id(),
                    lowerFirst(list.title()), labels(list))));
        }
        Map<String, String> outcomes = outcomeLabels(area);
        return w.inTransaction(ctx, tx -> {
            tx.audit().record("report", "activity", null, "area=" + area.id() + " from=" + from + " to=" + to);
            LocalDate today = ctx.today();
            List<ActivityFigures.OverdueDeadline> overdue = new ArrayList<>();
            for (DeadlineService.Entry e : DeadlineServiceImpl.entries(w, tx, tx.cases().open(area.id()), ctx.now())) {
                if (e.state() == DeadlineService.State.OVERDUE) {
                    overdue.add(new ActivityFigures.OverdueDeadline(e.onCase().reference(), e.id(), e.title(), e.dueDate(),
                            Math.max(0, ChronoUnit.DAYS.between(e.dueDate(), today))));
                }
            }
            overdue.sort(Comparator.comparing(ActivityFigures.OverdueDeadline::dueDate).thenComparing(ActivityFigures.OverdueDeadline::caseReference));
            return Activity.compute(tx, area.id(), from, to, today, measures, outcomes, overdue);
        });
    }

    @Override
    public CirculationService.Rendering renderActivity(RequestContext ctx, String areaId, LocalDate from, LocalDate to,
                                                       CirculationService.Format format) {
        ActivityFigures f = activity(ctx, areaId, from, to);
        Map<String, Object> view = ActivityView.of(f, w.area(f.area()).name(), DocumentViews.MARKING, generatedOn(ctx),
                format != CirculationService.Format.TEXT);
        return new CirculationService.Rendering(format, w.renderer().render("board-report", Format.valueOf(format.name()), view).bytes());
    }

    @Override
    public PanelFigures panel(RequestContext ctx, String areaId, String reportId, LocalDate from, LocalDate to, String narrative) {
        checkPeriod(from, to);
        AreaDescriptor area = w.area(areaId);
        Container container = w.container();
        List<PanelReport> declared = container.reports().all().stream().filter(r -> r.area().equals(area.id()))
                .flatMap(r -> r.panels().stream()).toList();
        PanelReport report;
        if (reportId == null) {
            if (declared.size() != 1) {
                throw new RefusedException("no-panel-report", declared.isEmpty() ? "area " + area.id() + " declares no panel report"
                        : "area " + area.id() + " declares several panel reports: name one with --report ("
                        + String.join(", ", declared.stream().map(PanelReport::id).toList()) + ")");
            }
            report = declared.get(0);
        } else {
            report = declared.stream().filter(r -> r.id().equals(reportId)).findFirst().orElseThrow(() -> new RefusedException(
                    "no-panel-report", "area " + area.id() + " declares no panel report '" + reportId + "'"
                    + (declared.isEmpty() ? "" : " (it has: " + String.join(", ", declared.stream().map(PanelReport::id).toList()) + ")")));
        }
        AreaDefinition definition = w.meetings(area.id()).area();
        MeetingType type = definition.meetings().stream().filter(m -> m.id().equals(report.meetingType())).findFirst()
                .orElseThrow(() -> new RefusedException("no-panel-meeting-type", "the panel report '" + report.id() + "' is of meeting type '"
                        + report.meetingType() + "', which " + area.id() + "'s definition in force does not declare"));
        List<Panels.ThemeField> themes = new ArrayList<>();
        for (PanelReport.Theme t : report.themes()) {
            FieldDefinition field = container.forms().find(t.form()).flatMap(f -> f.fields().stream()
                    .filter(x -> x.id().equals(t.field())).findFirst()).orElseThrow(() -> new RefusedException("no-theme-field",
                    "the panel report '" + report.id() + "' counts " + t.form() + " field '" + t.field() + "', which no enabled plugin's form has"));
            Map<String, String> codes = field.codeListId() == null ? Map.of()
                    : container.codeLists().find(field.codeListId()).map(ReportServiceImpl::labels).orElse(Map.of());
            Panels.Kind kind = switch (field.type()) {
                case YES_NO -> Panels.Kind.YES_NO;
                case CODE, CODES -> Panels.Kind.CODES;
                case TEXT, LONG_TEXT -> Panels.Kind.TEXT;
                default -> throw new RefusedException("theme-field-not-counted", "the panel report '" + report.id() + "' counts "
                        + t.form() + " field '" + t.field() + "', a " + field.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " answer: a theme is a yes/no, code or text answer");
            };
            themes.add(new Panels.ThemeField(t, kind, codes));
        }
        Map<String, String> outcomes = outcomeLabels(area);
        List<String> strands = definition.strands().stream().map(Ref::name).toList();
        return w.inTransaction(ctx, tx -> {
            tx.audit().record("report", "panel", null, "area=" + area.id() + " report=" + report.id() + " from=" + from + " to=" + to);
            return Panels.compute(tx, area.id(), report, type.name(), themes, outcomes, strands, from, to, ctx.today(), narrative);
        });
    }

    @Override
    public CirculationService.Rendering renderPanel(RequestContext ctx, String areaId, String reportId, LocalDate from, LocalDate to,
                                                    String narrative, CirculationService.Format format) {
        PanelFigures f = panel(ctx, areaId, reportId, from, to, narrative);
        Map<String, Object> view = PanelView.of(f, w.area(f.area()).name(), DocumentViews.MARKING, generatedOn(ctx),
                format != CirculationService.Format.TEXT);
        return new CirculationService.Rendering(format, w.renderer().render("board-report", Format.valueOf(format.name()), view).bytes());
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInputException.of("report refused", Problem.of("to", to == null || from == null ? "name the period with --from and --to"
                    : "the period ends (" + to + ") before it starts (" + from + ")"));
        }
    }

    private static String generatedOn(RequestContext ctx) {
        return ctx.now().atZone(RequestContext.ZONE).format(GENERATED);
    }

    /** The instrument's bands in order, each once (a band may span several score ranges). */
    private static Activity.Measure band(Instrument i) {
        Map<String, String> bands = new LinkedHashMap<>();
        for (Band b : i.bands()) {
            bands.putIfAbsent(b.band(), b.band());
        }
        return Activity.Measure.band(i.id(), "band (" + i.title() + ")", bands);
    }

    private static Map<String, String> labels(CodeList list) {
        Map<String, String> m = new LinkedHashMap<>();
        list.codes().forEach(c -> m.put(c.code(), c.label()));
        return m;
    }

    private static Map<String, String> outcomeLabels(AreaDescriptor area) {
        Map<String, String> m = new LinkedHashMap<>();
        for (OutcomeCode o : area.outcomes()) {
            m.put(o.code(), o.title());
        }
        return m;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1))) ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
