package org.safeguard.core.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * An area's activity for a period, as counted: its cases month by month (open at each month's
 * end, opened, closed, referrals received), the open cases at each month's end by the band of
 * the area's risk instrument and by each classification scheme, the outcomes recorded, the
 * deadlines overdue on the report's day and the actions tracked. Every area has it; no child or
 * person is named (cases by reference only).
 *
 * @param asAt             the report's day: deadlines and actions are as they stand on it
 * @param breakdowns       open cases by band, then by each scheme, in the area's order
 * @param outcomes         outcomes achieved in the period by month ({@code 2026-03}) then code, each month of the period
 * @param outcomeLabels    the area's outcome codes and what they mean, in its order
 * @param overdueDeadlines the open cases' deadlines overdue on the report's day, the longest overdue first
 * @param actions          the actions tracked in the period: agreed before it ended, open or closed since it began
 */
public record ActivityFigures(String area, LocalDate from, LocalDate to, LocalDate asAt, List<MonthCases> months,
                              List<Breakdown> breakdowns, Map<String, Map<String, Integer>> outcomes, Map<String, String> outcomeLabels,
                              List<OverdueDeadline> overdueDeadlines, List<TrackedAction> actions) {
    public ActivityFigures {
        months = List.copyOf(months);
        breakdowns = List.copyOf(breakdowns);
        overdueDeadlines = List.copyOf(overdueDeadlines);
        actions = List.copyOf(actions);
    }

    /** A month's cases: open at its end (or at the period's end), opened and closed in it, and the referrals received. */
    public record MonthCases(YearMonth month, int openAtEnd, int opened, int closed, int referrals) {
    }

    /**
     * Open cases at each month's end by one measure's value.
     *
     * @param kind   {@code band} (the latest final assessment of an instrument) or {@code scheme} (a classification)
     * @param id     the instrument's or the scheme's id
     * @param values the values in the area's order, with their labels; {@link #NONE} for cases with none recorded
     * @param counts per month, in the months' order, the open cases by value (every value present)
     */
    public record Breakdown(String kind, String id, String title, Map<String, String> values, List<Map<String, Integer>> counts) {
        /** The key of cases with no value recorded. */
        public static final String NONE = "unrecorded";

        public Breakdown {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
            counts = List.copyOf(counts);
        }
    }

    /** A deadline overdue on the report's day: the case by reference, the deadline, the last day allowed, and days since. */
    public record OverdueDeadline(String caseReference, String deadline, String title, LocalDate dueDate, long daysOverdue) {
    }

    /** The tracked actions' counts: done and cancelled in the period, open on the report's day and of those overdue. */
    public ActionCounts actionCounts() {
        return ActionCounts.of(actions, from, to);
    }

    /** Counts of tracked actions. */
    public record ActionCounts(int tracked, int doneInPeriod, int cancelledInPeriod, int open, int overdue) {
        static ActionCounts of(List<TrackedAction> actions, LocalDate from, LocalDate to) {
            int done = 0;
            int cancelled = 0;
            int open = 0;
            int overdue = 0;
            for (TrackedAction a : actions) {
                boolean inPeriod = a.closedOn() != null && !a.closedOn().isBefore(from) && !a.closedOn().isAfter(to);
                done += inPeriod && a.state().equals("done") ? 1 : 0;
                cancelled += inPeriod && a.state().equals("cancelled") ? 1 : 0;
                open += a.open() ? 1 : 0;
                overdue += a.overdue() ? 1 : 0;
            }
            return new ActionCounts(actions.size(), done, cancelled, open, overdue);
        }
    }
}
