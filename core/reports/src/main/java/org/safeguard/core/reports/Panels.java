package org.safeguard.core.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguard.core.api.report.PanelReport;
import org.safeguard.core.model.CaseForm;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.store.BoardQueries;
import org.safeguard.core.store.Meetings;
import org.safeguard.core.store.Tx;

/** Works out a panel report from its meetings held in the period, a handful of statements in all, none per case. */
public final class Panels {
    private Panels() {
    }

    /** How a theme's answer is counted: yes/no (the cases answering yes), codes (the cases with each), text (the cases with any). */
    public enum Kind { YES_NO, CODES, TEXT }

    /** A theme as the area's forms define it: how its answer is counted, and the codes of its list in order with their labels. */
    public record ThemeField(PanelReport.Theme theme, Kind kind, Map<String, String> codes) {
    }

    /**
     * A panel's report for a period (both days included), as it stands on {@code asAt}.
     *
     * @param strands   the area definition's strands, in its order
     * @param narrative the coordinator's narrative, or null
     */
    public static PanelFigures compute(Tx tx, String area, PanelReport report, String meetingTypeName, List<ThemeField> themes,
                                       Map<String, String> outcomeLabels, List<String> strands, LocalDate from, LocalDate to,
                                       LocalDate asAt, String narrative) {
        BoardQueries q = tx.boardQueries();
        List<Meeting> held = q.meetingsHeld(area, report.meetingType(), from, to);
        Map<Long, List<Long>> casesOn = q.casesOn(held.stream().map(Meeting::id).toList());
        Set<Long> discussed = new LinkedHashSet<>();
        List<PanelFigures.HeldMeeting> meetings = new ArrayList<>();
        Map<String, int[]> byMonth = new HashMap<>();
        Map<String, Set<Long>> discussedByMonth = new HashMap<>();
        for (Meeting m : held) {
            List<Long> cases = casesOn.getOrDefault(m.id(), List.of());
            LocalDate day = m.startsAt().atZone(Reports.ZONE).toLocalDate();
            meetings.add(new PanelFigures.HeldMeeting(m.reference(), day, cases.size()));
            discussed.addAll(cases);
            byMonth.computeIfAbsent(YearMonth.from(day).toString(), k -> new int[1])[0]++;
            discussedByMonth.computeIfAbsent(YearMonth.from(day).toString(), k -> new HashSet<>()).addAll(cases);
        }
        int newToPanel = 0;
        Map<Long, LocalDate> firstHeld = new HashMap<>();
        for (Meetings.Appearance a : tx.meetings().appearances(discussed)) {
            if (!a.cancelled() && a.meetingType().equals(report.meetingType())) {
                firstHeld.merge(a.caseId(), a.startsAt().atZone(Reports.ZONE).toLocalDate(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        for (long id : discussed) {
            LocalDate first = firstHeld.get(id);
            newToPanel += first != null && !first.isBefore(from) ? 1 : 0;
        }
        Map<Long, CaseRecord> cases = tx.cases().withIds(discussed);
        int discharged = (int) cases.values().stream()
                .filter(c -> c.closed() != null && !c.closed().isBefore(from) && !c.closed().isAfter(to)).count();
        List<PanelFigures.ThemeCount> themeCounts = themes(tx, discussed, themes);
        Map<String, Integer> referrals = tx.profileQueries().victimsByMonth(area, from, to);
        Map<String, Map<String, Integer>> outcomes = Reports.outcomesByMonth(q.outcomesByMonth(area, from, to), outcomeLabels, from, to);
        List<PanelFigures.MonthTrend> trends = new ArrayList<>();
        for (YearMonth m : Reports.months(from, to)) {
            String k = m.toString();
            trends.add(new PanelFigures.MonthTrend(m, referrals.getOrDefault(k, 0), byMonth.getOrDefault(k, new int[1])[0],
                    discussedByMonth.getOrDefault(k, Set.of()).size(), outcomes.get(k)));
        }
        List<MeetingAction> actions = q.actionsTracked(area, report.meetingType(), from, to);
        List<TrackedAction> tracked = Activity.tracked(tx, actions, asAt);
        List<TrackedAction> activity = new ArrayList<>();
        List<TrackedAction> planned = new ArrayList<>();
        for (TrackedAction a : tracked) {
            (a.open() && a.due().isAfter(to) ? planned : activity).add(a);
        }
        return new PanelFigures(area, report.id(), report.title(), report.source(), report.meetingType(), meetingTypeName, from, to, asAt,
                meetings, discussed.size(), newToPanel, discharged, themeCounts, trends, outcomeLabels, strands, activity, planned,
                report.notes(), narrative == null || narrative.isBlank() ? null : narrative.strip());
    }

    private static List<PanelFigures.ThemeCount> themes(Tx tx, Collection<Long> discussed, List<ThemeField> themes) {
        Map<String, Map<Long, CaseForm>> latest = new HashMap<>();
        if (!themes.isEmpty() && !discussed.isEmpty()) {
            for (CaseForm f : tx.caseForms().latestForCases(List.copyOf(discussed))) {
                latest.computeIfAbsent(f.formId(), k -> new HashMap<>()).put(f.caseId(), f);
            }
        }
        List<PanelFigures.ThemeCount> out = new ArrayList<>();
        for (ThemeField t : themes) {
            Map<Long, CaseForm> forms = latest.getOrDefault(t.theme().form(), Map.of());
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, Integer> primary = t.theme().firstIsPrimary() ? new LinkedHashMap<>() : null;
            Map<String, String> labels = new LinkedHashMap<>(switch (t.kind()) {
                case YES_NO -> Map.of(PanelFigures.ThemeCount.YES, "Yes");
                case TEXT -> Map.of(PanelFigures.ThemeCount.RECORDED, "Recorded");
                case CODES -> t.codes();
            });
            labels.keySet().forEach(code -> counts.put(code, 0));
            if (primary != null) {
                labels.keySet().forEach(code -> primary.put(code, 0));
            }
            for (CaseForm f : forms.values()) {
                List<String> codes = codes(f.answers().get(t.theme().field()), t.kind());
                new LinkedHashSet<>(codes).forEach(code -> {
                    labels.putIfAbsent(code, code);
                    counts.merge(code, 1, Integer::sum);
                });
                if (primary != null && !codes.isEmpty()) {
                    primary.merge(codes.get(0), 1, Integer::sum);
                }
            }
            out.add(new PanelFigures.ThemeCount(t.theme().title(), t.theme().form(), t.theme().field(), t.kind() != Kind.CODES,
                    forms.size(), counts, labels, primary));
        }
        return out;
    }

    /** The codes of an answer: a yes/no answer is {@code yes} or nothing, a text {@code recorded} or nothing, codes as recorded. */
    private static List<String> codes(Object answer, Kind kind) {
        if (answer == null) {
            return List.of();
        }
        switch (kind) {
            case YES_NO -> {
                return Boolean.TRUE.equals(answer) || "yes".equals(answer) ? List.of(PanelFigures.ThemeCount.YES) : List.of();
            }
            case TEXT -> {
                return String.valueOf(answer).isBlank() ? List.of() : List.of(PanelFigures.ThemeCount.RECORDED);
            }
            default -> {
                // a code or a set of codes, below
            }
        }
        if (answer instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(answer));
    }
}
