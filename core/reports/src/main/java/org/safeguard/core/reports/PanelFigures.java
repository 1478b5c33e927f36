package org.safeguard.core.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A panel's report for a period, as counted (London's MASE report to the LSCB CSE sub-group): the
 * meetings held, the cases they discussed, the themes on those cases' forms, the trends month by
 * month, and the activity against the area's strands — tracked in the period, and planned for
 * the next. Cases by reference only; no child or person is named.
 *
 * @param meetingTypeName  the panel's meeting type as the area definition names it
 * @param casesDiscussed   distinct cases on the meetings held
 * @param newToPanel       of those, the cases on no earlier held meeting of the type
 * @param discharged       of those, the cases closed in the period
 * @param themes           the declared themes counted over the cases discussed
 * @param trends           month by month, each month of the period
 * @param strands          the area definition's strands, in its order
 * @param activity         the actions of the panel's meetings tracked in the period (open, or closed since it began)
 * @param planned          the panel's open actions due after the period: the planner for the next
 * @param narrative        the coordinator's narrative for the board, or null
 */
public record PanelFigures(String area, String report, String title, String source, String meetingType, String meetingTypeName,
                           LocalDate from, LocalDate to, LocalDate asAt, List<HeldMeeting> meetings, int casesDiscussed,
                           int newToPanel, int discharged, List<ThemeCount> themes, List<MonthTrend> trends,
                           Map<String, String> outcomeLabels, List<String> strands, List<TrackedAction> activity,
                           List<TrackedAction> planned, List<String> notes, String narrative) {
    public PanelFigures {
        meetings = List.copyOf(meetings);
        themes = List.copyOf(themes);
        trends = List.copyOf(trends);
        strands = List.copyOf(strands);
        activity = List.copyOf(activity);
        planned = List.copyOf(planned);
        notes = List.copyOf(notes);
    }

    /** A meeting held: its reference (which names no child), the day, and how many cases it discussed. */
    public record HeldMeeting(String reference, LocalDate held, int cases) {
    }

    /**
     * A theme counted over the cases discussed.
     *
     * @param single   a yes/no or text answer, counted once: {@code counts} has the one key {@link #YES} or {@link #RECORDED}
     * @param withForm the cases discussed with the form recorded (the others cannot show the theme)
     * @param counts   cases by code, every code of the list in its order; for a single answer, the cases with it
     * @param primary  for a set of codes whose first is the main one, cases by their first code; else null
     */
    public record ThemeCount(String title, String form, String field, boolean single, int withForm, Map<String, Integer> counts,
                             Map<String, String> labels, Map<String, Integer> primary) {
        /** The key of a yes/no theme's count: the cases answering yes. */
        public static final String YES = "yes";
        /** The key of a text theme's count: the cases with something written. */
        public static final String RECORDED = "recorded";

        /** A single answer's count. */
        public int cases() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A month: referrals received, the panel's meetings held and the cases they discussed, outcomes achieved by code. */
    public record MonthTrend(YearMonth month, int referrals, int meetingsHeld, int casesDiscussed, Map<String, Integer> outcomes) {
    }

    /**
     * Per strand (and {@code ""} for actions naming none, when there are any): agreed in the
     * period, done in it, open on the report's day (planned ones too) and overdue on it.
     */
    public record StrandCount(String strand, int agreed, int done, int open, int overdue) {
    }

    /**
     * The activity and the planned activity counted by strand, in the area's order, with the
     * actions naming no strand last when there are any.
     */
    public List<StrandCount> byStrand() {
        java.util.LinkedHashMap<String, int[]> m = new java.util.LinkedHashMap<>();
        strands.forEach(s -> m.put(s, new int[4]));
        List<TrackedAction> all = new java.util.ArrayList<>(activity);
        all.addAll(planned);
        for (TrackedAction a : all) {
            int[] c = m.computeIfAbsent(a.strand() == null ? "" : a.strand(), k -> new int[4]);
            c[0] += a.agreed() != null && !a.agreed().isBefore(from) && !a.agreed().isAfter(to) ? 1 : 0;
            c[1] += "done".equals(a.state()) && a.closedOn() != null && !a.closedOn().isAfter(to) && !a.closedOn().isBefore(from) ? 1 : 0;
            c[2] += a.open() ? 1 : 0;
            c[3] += a.overdue() ? 1 : 0;
        }
        if (m.containsKey("")) {
            m.put("", m.remove(""));
        }
        return m.entrySet().stream().map(e -> new StrandCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }
}
