package org.safeguard.core.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.store.BoardQueries;
import org.safeguard.core.store.Tx;

/** Works out an area's activity report from the database's aggregates: a few statements per measure, none per case. */
public final class Activity {
    private Activity() {
    }

    /**
     * What to break the open cases down by: the band of an instrument or a classification scheme.
     *
     * @param values the values in order with their labels (a band's or a code's)
     */
    public record Measure(String kind, String id, String title, Map<String, String> values) {
        public static Measure band(String instrumentId, String title, Map<String, String> bands) {
            return new Measure("band", instrumentId, title, bands);
        }

        public static Measure scheme(String schemeId, String title, Map<String, String> codes) {
            return new Measure("scheme", schemeId, title, codes);
        }
    }

    /**
     * An area's activity for a period (both days included), as it stands on {@code asAt}.
     *
     * @param overdue the deadlines overdue on {@code asAt}, worked out by the caller's evaluator
     */
    public static ActivityFigures compute(Tx tx, String area, LocalDate from, LocalDate to, LocalDate asAt, List<Measure> measures,
                                          Map<String, String> outcomeLabels, List<ActivityFigures.OverdueDeadline> overdue) {
        BoardQueries q = tx.boardQueries();
        List<BoardQueries.Month> open = null;
        List<ActivityFigures.Breakdown> breakdowns = new ArrayList<>();
        for (Measure m : measures) {
            List<BoardQueries.Month> counted = m.kind().equals("band") ? q.openByBand(area, from, to, m.id())
                    : q.openBySchemeValue(area, from, to, m.id());
            open = counted;
            breakdowns.add(breakdown(m, counted));
        }
        if (open == null) {
            open = q.openCases(area, from, to);
        }
        Map<String, Integer> opened = q.openedByMonth(area, from, to);
        Map<String, Integer> closed = q.closedByMonth(area, from, to);
        Map<String, Integer> referrals = tx.profileQueries().victimsByMonth(area, from, to);
        List<ActivityFigures.MonthCases> months = new ArrayList<>();
        for (BoardQueries.Month m : open) {
            String k = m.month().toString();
            months.add(new ActivityFigures.MonthCases(m.month(), m.open(), opened.getOrDefault(k, 0), closed.getOrDefault(k, 0),
                    referrals.getOrDefault(k, 0)));
        }
        Map<String, Map<String, Integer>> outcomes = Reports.outcomesByMonth(q.outcomesByMonth(area, from, to), outcomeLabels, from, to);
        List<MeetingAction> actions = q.actionsTracked(area, null, from, to);
        return new ActivityFigures(area, from, to, asAt, months, breakdowns, outcomes, outcomeLabels, overdue,
                tracked(tx, actions, asAt));
    }

    /** The actions as tracked, their cases' and meetings' references read in two queries. */
    static List<TrackedAction> tracked(Tx tx, List<MeetingAction> actions, LocalDate asAt) {
        Set<Long> caseIds = new HashSet<>();
        Set<Long> meetingIds = new HashSet<>();
        for (MeetingAction a : actions) {
            if (a.caseId() != null) {
                caseIds.add(a.caseId());
            }
            if (a.meetingId() != null) {
                meetingIds.add(a.meetingId());
            }
        }
        return TrackedAction.of(actions, tx.cases().withIds(caseIds), tx.meetings().withIds(meetingIds), asAt);
    }

    private static ActivityFigures.Breakdown breakdown(Measure m, List<BoardQueries.Month> counted) {
        Map<String, String> values = new LinkedHashMap<>(m.values());
        for (BoardQueries.Month month : counted) {
            // a value recorded under an older list still counts, under its own code
            month.byValue().keySet().stream().filter(v -> !v.isEmpty()).forEach(v -> values.putIfAbsent(v, v));
        }
        values.put(ActivityFigures.Breakdown.NONE, m.kind().equals("band") ? "Not assessed" : "Not classified");
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (BoardQueries.Month month : counted) {
            Map<String, Integer> row = new LinkedHashMap<>();
            values.keySet().forEach(v -> row.put(v, month.byValue().getOrDefault(v.equals(ActivityFigures.Breakdown.NONE) ? "" : v, 0)));
            counts.add(row);
        }
        return new ActivityFigures.Breakdown(m.kind(), m.id(), m.title(), values, counts);
    }
}
