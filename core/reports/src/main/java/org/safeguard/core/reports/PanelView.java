package org.safeguard.core.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lays out a {@link PanelFigures} as {@code board-report} sections: overview, themes, trends, activity by strand, the planner. */
public final class PanelView {
    private PanelView() {
    }

    /**
     * The view of a panel report.
     *
     * @param withCharts whether to draw the charts (HTML and PDF; text has the tables only)
     */
    public static Map<String, Object> of(PanelFigures f, String areaName, String marking, String generatedOn, boolean withCharts) {
        List<BoardView.Section> sections = new ArrayList<>();
        if (f.narrative() != null) {
            // one paragraph as written: the page keeps its line breaks and blank lines (white-space: pre-wrap), as text does
            sections.add(BoardView.text("Narrative", List.of(f.narrative())));
        }
        List<List<String>> held = new ArrayList<>();
        f.meetings().forEach(m -> held.add(List.of(m.reference(), BoardView.day(m.held()), BoardView.count(m.cases()))));
        sections.add(BoardView.table("Overview", List.of(String.format(java.util.Locale.UK,
                        "Meetings held (%s): %,d. Cases discussed: %,d; new to the panel: %,d; discharged or closed in the period: %,d.",
                        f.meetingTypeName(), f.meetings().size(), f.casesDiscussed(), f.newToPanel(), f.discharged())),
                List.of(BoardView.label("Meeting"), BoardView.label("Held"), BoardView.figure("Cases")), held,
                "No " + f.meetingTypeName() + " meeting was held in the period.", null));
        List<List<String>> single = new ArrayList<>();
        // the cases with the form, by form: one sentence when the single themes share one form, else a column
        Map<String, Integer> singleForms = new LinkedHashMap<>();
        f.themes().stream().filter(PanelFigures.ThemeCount::single).forEach(t -> singleForms.put(t.form(), t.withForm()));
        boolean oneForm = singleForms.size() <= 1;
        for (PanelFigures.ThemeCount t : f.themes()) {
            if (t.single()) {
                single.add(oneForm ? List.of(t.title(), BoardView.count(t.cases()))
                        : List.of(t.title(), BoardView.count(t.cases()), BoardView.count(t.withForm())));
                continue;
            }
            boolean primary = t.primary() != null;
            List<ProfileView.Column> columns = new ArrayList<>(List.of(BoardView.label(t.title()), BoardView.figure("Cases")));
            if (primary) {
                columns.add(BoardView.figure("As the primary"));
            }
            List<List<String>> rows = new ArrayList<>();
            Map<String, Integer> chart = new LinkedHashMap<>();
            t.labels().forEach((code, label) -> {
                List<String> row = new ArrayList<>(List.of(label, BoardView.count(t.counts().getOrDefault(code, 0))));
                if (primary) {
                    row.add(BoardView.count(t.primary().getOrDefault(code, 0)));
                }
                rows.add(row);
                chart.put(label, t.counts().getOrDefault(code, 0));
            });
            sections.add(BoardView.table("Themes: " + t.title(), List.of(withForm(f, t.withForm())), columns, rows, "",
                    withCharts && t.withForm() > 0 ? new ProfileView.Chart(t.title(), Charts.dataUri(Charts.bars(t.title(), t.title(),
                            "Cases", chart)), "Cases discussed by " + t.title() + "; the figures are in the table.") : null));
        }
        if (!single.isEmpty()) {
            List<String> paragraphs = new ArrayList<>();
            if (oneForm) {
                paragraphs.add(withForm(f, singleForms.values().iterator().next()));
            }
            paragraphs.add("A yes/no theme counts the cases answering yes; a written theme counts the cases where something is written.");
            List<ProfileView.Column> columns = new ArrayList<>(List.of(BoardView.label("Theme"), BoardView.figure("Cases")));
            if (!oneForm) {
                columns.add(BoardView.figure("Cases with its form"));
            }
            sections.add(BoardView.table("Themes recorded", paragraphs, columns, single, "", null));
        }
        List<ProfileView.Column> trendColumns = new ArrayList<>(List.of(BoardView.label("Month"), BoardView.figure("Referrals"),
                BoardView.figure("Meetings held"), BoardView.figure("Cases discussed")));
        f.outcomeLabels().keySet().forEach(code -> trendColumns.add(BoardView.figure(code)));
        List<List<String>> trends = new ArrayList<>();
        Map<String, Integer> referrals = new LinkedHashMap<>();
        for (PanelFigures.MonthTrend m : f.trends()) {
            List<String> row = new ArrayList<>(List.of(m.month().format(BoardView.MONTH), BoardView.count(m.referrals()),
                    BoardView.count(m.meetingsHeld()), BoardView.count(m.casesDiscussed())));
            f.outcomeLabels().keySet().forEach(code -> row.add(BoardView.count(m.outcomes().getOrDefault(code, 0))));
            trends.add(row);
            referrals.put(m.month().format(BoardView.SHORT_MONTH), m.referrals());
        }
        List<String> key = new ArrayList<>();
        f.outcomeLabels().forEach((code, label) -> key.add(code + ": " + label + "."));
        sections.add(BoardView.table("Trends", key, trendColumns, trends, "", withCharts ? new ProfileView.Chart("Referrals by month",
                Charts.dataUri(Charts.bars("Referrals by month", "Month", "Referrals", referrals)),
                "Referrals received in each month of the period; the figures are in the table.") : null));
        List<List<String>> strands = new ArrayList<>();
        for (PanelFigures.StrandCount s : f.byStrand()) {
            strands.add(List.of(s.strand().isEmpty() ? "No strand named" : s.strand(), BoardView.count(s.agreed()), BoardView.count(s.done()),
                    BoardView.count(s.open()), BoardView.count(s.overdue())));
        }
        sections.add(BoardView.table("Activity by strand", List.of("The panel's actions in the period, by the strand of the activity"
                        + " plan each serves: agreed and done in the period, open and overdue on " + f.asAt().format(BoardView.DAY) + "."),
                List.of(BoardView.label("Strand"), BoardView.figure("Agreed"), BoardView.figure("Done"), BoardView.figure("Open"),
                        BoardView.figure("Overdue")), strands, "The area declares no strands and no action was tracked.", null));
        sections.add(BoardView.table("Activity tracked", List.of(), BoardView.actionColumns(true), BoardView.actionRows(
                byStrand(f.activity(), f.strands()), true), "No action of the panel's was tracked in the period.", null));
        sections.add(BoardView.table("Planned activity", List.of("The panel's open actions due after " + f.to().format(BoardView.DAY)
                        + ": the activity planned before the next report."), BoardView.actionColumns(true),
                BoardView.actionRows(byStrand(f.planned(), f.strands()), true), "No open action is due after the period.", null));
        BoardView.Heading heading = new BoardView.Heading(f.title(), "Panel report", f.source(), ProfileView.period(f.from(), f.to()),
                generatedOn, f.notes(), BoardView.FOOTER);
        return BoardView.of(new ProfileView.Area(areaName, marking, null), heading, sections);
    }

    private static String withForm(PanelFigures f, int withForm) {
        return String.format(java.util.Locale.UK, "Of the %,d cases discussed, %,d have the form recorded; each counted from its latest"
                + " version.", f.casesDiscussed(), withForm);
    }

    /** The actions in strand order (the area's, then those naming none), each strand's by due date as they came. */
    static List<TrackedAction> byStrand(List<TrackedAction> actions, List<String> strands) {
        List<TrackedAction> out = new ArrayList<>(actions);
        out.sort(java.util.Comparator.comparingInt(a -> a.strand() == null || !strands.contains(a.strand()) ? strands.size()
                : strands.indexOf(a.strand())));
        return out;
    }
}
