package org.safeguard.core.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The view model of the {@code board-report} templates, which lay out every board report but the
 * problem profile: a heading, then sections in order, each a title, paragraphs, a table (or the
 * sentence to print when it is empty) and, for HTML and PDF, a chart under it. View records
 * only: templates see strings and lists, nothing live.
 */
public final class BoardView {
    /**
     * A section of the report.
     *
     * @param paragraphs what to print before the table
     * @param columns    the table's columns; empty for a section of paragraphs only
     * @param rows       the table's rows (formatted strings, one per column)
     * @param empty      what to print when the table has no rows
     * @param chart      the chart drawn under the table, or null
     */
    public record Section(String title, List<String> paragraphs, List<ProfileView.Column> columns, List<List<String>> rows, String empty,
                          ProfileView.Chart chart) {
    }

    /**
     * The report's heading.
     *
     * @param subtitle what kind of report it is ("Activity report")
     * @param footer   the sentence closing the report (what it names and what it does not)
     */
    public record Heading(String title, String subtitle, String source, String period, String generatedOn, List<String> notes,
                          String footer) {
    }

    /** What every board report with cases and actions closes with. */
    static final String FOOTER = "Cases are named by their reference, never by the child's name. Actions are described as the panel"
            + " recorded them, except those agreed in a confidential part.";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private BoardView() {
    }

    /** The whole view: the area, the heading and the sections. */
    static Map<String, Object> of(ProfileView.Area area, Heading heading, List<Section> sections) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("area", area);
        view.put("report", heading);
        view.put("sections", sections);
        return view;
    }

    static Section table(String title, List<String> paragraphs, List<ProfileView.Column> columns, List<List<String>> rows, String empty,
                         ProfileView.Chart chart) {
        return new Section(title, List.copyOf(paragraphs), List.copyOf(columns), List.copyOf(rows), empty, chart);
    }

    static Section text(String title, List<String> paragraphs) {
        return new Section(title, List.copyOf(paragraphs), List.of(), List.of(), "", null);
    }

    static ProfileView.Column label(String name) {
        return new ProfileView.Column(name, false);
    }

    static ProfileView.Column figure(String name) {
        return new ProfileView.Column(name, true);
    }

    static String count(int n) {
        return String.format(Locale.UK, "%,d", n);
    }

    static String day(LocalDate d) {
        return d == null ? "" : d.format(SHORT_DAY);
    }

    /** The columns and rows of the actions tracker, one row per action. */
    static List<ProfileView.Column> actionColumns(boolean withStrand) {
        List<ProfileView.Column> c = new ArrayList<>(List.of(label("Action"), label("Case"), label("Agreed at")));
        if (withStrand) {
            c.add(label("Strand"));
        }
        c.addAll(List.of(label("What"), label("Owner"), label("Due"), label("State")));
        return c;
    }

    static List<List<String>> actionRows(List<TrackedAction> actions, boolean withStrand) {
        List<List<String>> rows = new ArrayList<>();
        for (TrackedAction a : actions) {
            List<String> r = new ArrayList<>(List.of(a.reference(), a.caseReference() == null ? "" : a.caseReference(),
                    a.meetingReference() == null ? "an area rule" : a.meetingReference()));
            if (withStrand) {
                r.add(a.strand() == null ? "" : a.strand());
            }
            r.add(a.description() == null ? TrackedAction.CONFIDENTIAL : a.description());
            r.add(a.owner() + " (" + a.agency() + ")");
            r.add(day(a.due()));
            r.add(a.closedOn() == null ? a.state() : a.state() + " " + day(a.closedOn()));
            rows.add(r);
        }
        return rows;
    }
}
