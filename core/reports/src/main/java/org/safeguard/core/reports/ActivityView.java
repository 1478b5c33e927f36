package org.safeguard.core.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lays out an area's {@link ActivityFigures} as {@code board-report} sections. */
public final class ActivityView {
    private ActivityView() {
    }

    /** A value's column heading: its label when short, else its code (the section's key gives the label). */
    static String header(String value, String label) {
        return label.length() <= 16 ? label : value;
    }

    /**
     * The view of an activity report.
     *
     * @param withCharts whether to draw the charts (HTML and PDF; text has the tables only)
     */
    public static Map<String, Object> of(ActivityFigures f, String areaName, String marking, String generatedOn, boolean withCharts) {
        List<BoardView.Section> sections = new ArrayList<>();
        List<List<String>> months = new ArrayList<>();
        Map<String, Integer> referrals = new LinkedHashMap<>();
        for (ActivityFigures.MonthCases m : f.months()) {
            months.add(List.of(m.month().format(BoardView.MONTH), BoardView.count(m.referrals()), BoardView.count(m.opened()),
                    BoardView.count(m.closed()), BoardView.count(m.openAtEnd())));
            referrals.put(m.month().format(BoardView.SHORT_MONTH), m.referrals());
        }
        sections.add(BoardView.table("Cases month by month", List.of("Open cases are counted at each month's end (the period's last"
                        + " day for its last month)."),
                List.of(BoardView.label("Month"), BoardView.figure("Referrals"), BoardView.figure("Cases opened"),
                        BoardView.figure("Cases closed"), BoardView.figure("Open at the end")), months, "",
                withCharts ? new ProfileView.Chart("Referrals by month", Charts.dataUri(Charts.bars("Referrals by month", "Month",
                        "Referrals", referrals)), "Referrals received in each month of the period; the figures are in the table.") : null));
        for (ActivityFigures.Breakdown b : f.breakdowns()) {
            List<ProfileView.Column> columns = new ArrayList<>(List.of(BoardView.label("Month")));
            List<String> key = new ArrayList<>();
            b.values().forEach((v, label) -> {
                columns.add(BoardView.figure(header(v, label)));
                if (!header(v, label).equals(label)) {
                    key.add(v + ": " + label + ".");
                }
            });
            List<List<String>> rows = new ArrayList<>();
            Map<String, Map<String, Integer>> chart = new LinkedHashMap<>();
            for (int i = 0; i < f.months().size(); i++) {
                List<String> row = new ArrayList<>(List.of(f.months().get(i).month().format(BoardView.MONTH)));
                Map<String, Integer> counts = b.counts().get(i);
                Map<String, Integer> series = new LinkedHashMap<>();
                b.values().forEach((v, label) -> {
                    row.add(BoardView.count(counts.getOrDefault(v, 0)));
                    series.put(header(v, label), counts.getOrDefault(v, 0));
                });
                rows.add(row);
                chart.put(f.months().get(i).month().format(BoardView.SHORT_MONTH), series);
            }
            String title = "Open cases by " + b.title();
            List<String> paragraphs = new ArrayList<>(List.of(b.kind().equals("band")
                    ? "Each open case by the band of its latest final assessment made by the month's end."
                    : "Each open case by its " + b.title() + " in force at the month's end."));
            paragraphs.addAll(key);
            sections.add(BoardView.table(title, paragraphs, columns, rows, "",
                    withCharts ? new ProfileView.Chart(title, Charts.dataUri(Charts.stacked(title, "Month", "Open cases", chart)),
                            "Open cases at each month's end, stacked by " + b.title() + "; the figures are in the table.") : null));
        }
        if (!f.outcomeLabels().isEmpty()) {
            List<ProfileView.Column> columns = new ArrayList<>(List.of(BoardView.label("Month")));
            Map<String, String> codes = new LinkedHashMap<>(f.outcomeLabels());
            f.outcomes().values().forEach(m -> m.keySet().forEach(c -> codes.putIfAbsent(c, c)));
            codes.forEach((code, label) -> columns.add(BoardView.figure(code)));
            List<List<String>> rows = new ArrayList<>();
            f.outcomes().forEach((month, byCode) -> {
                List<String> row = new ArrayList<>(List.of(java.time.YearMonth.parse(month).format(BoardView.MONTH)));
                codes.keySet().forEach(c -> row.add(BoardView.count(byCode.getOrDefault(c, 0))));
                rows.add(row);
            });
            List<String> key = new ArrayList<>();
            codes.forEach((code, label) -> key.add(code + ": " + label + "."));
            sections.add(BoardView.table("Outcomes achieved", key, columns, rows, "", null));
        }
        List<List<String>> overdue = new ArrayList<>();
        for (ActivityFigures.OverdueDeadline d : f.overdueDeadlines()) {
            overdue.add(List.of(d.caseReference(), d.title(), BoardView.day(d.dueDate()), BoardView.count((int) d.daysOverdue())));
        }
        sections.add(BoardView.table("Deadlines overdue on " + f.asAt().format(BoardView.DAY), List.of(),
                List.of(BoardView.label("Case"), BoardView.label("Deadline"), BoardView.label("Last day allowed"),
                        BoardView.figure("Days overdue")), overdue, "No open case has a deadline overdue.", null));
        ActivityFigures.ActionCounts c = f.actionCounts();
        sections.add(BoardView.table("Actions tracker", List.of(String.format(java.util.Locale.UK,
                        "%,d actions tracked in the period: %,d done and %,d cancelled in it; %,d open on %s, %,d of them overdue."
                                + " States are as they stand on that day.", c.tracked(), c.doneInPeriod(), c.cancelledInPeriod(),
                        c.open(), f.asAt().format(BoardView.DAY), c.overdue())),
                BoardView.actionColumns(false), BoardView.actionRows(f.actions(), false), "No action was tracked in the period.", null));
        BoardView.Heading heading = new BoardView.Heading("Activity report", "Cases, deadlines and actions", null,
                ProfileView.period(f.from(), f.to()), generatedOn, List.of(),
                BoardView.FOOTER);
        return BoardView.of(new ProfileView.Area(areaName, marking, null), heading, sections);
    }
}
