package org.safeguard.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.store.internal.MeetingRows;

/**
 * The aggregates of a board's activity reports, each counted by the database over one area and
 * one period: cases open at each month's end by what they were then classified as, cases opened
 * and closed, outcomes recorded, the actions tracked in the period and the meetings held. The
 * cost follows the area's cases in the period, never the whole database.
 */
public final class BoardQueries {
    /** The day ends at midnight in England: a record made before the next day's midnight there counts for the day. */
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    /** A month's figures: the cases open at its end, and those by value ({@code ""} for none recorded). */
    public record Month(YearMonth month, int open, Map<String, Integer> byValue) {
    }

    private final Handle handle;

    BoardQueries(Handle handle) {
        this.handle = handle;
    }

    /**
     * For each month from {@code from}'s to {@code to}'s, the area's cases open at its end (or at
     * {@code to} for the last) counted by the value of a classification scheme in force then.
     */
    public List<Month> openBySchemeValue(String area, LocalDate from, LocalDate to, String schemeId) {
        return openByMonth(area, from, to, schemeId,
                "(SELECT value FROM classification WHERE case_id = o.id AND scheme = :key AND julianday(recorded) < julianday(o.cutoff) ORDER BY id DESC LIMIT 1)");
    }

    /**
     * For each month from {@code from}'s to {@code to}'s, the area's cases open at its end (or at
     * {@code to} for the last) counted by the band of their latest final assessment of an
     * instrument recorded by then.
     */
    public List<Month> openByBand(String area, LocalDate from, LocalDate to, String instrumentId) {
        return openByMonth(area, from, to, instrumentId, "(SELECT band FROM assessment WHERE case_id = o.id AND instrument_id = :key"
                + " AND status = 'FINAL' AND band IS NOT NULL AND julianday(recorded) < julianday(o.cutoff) ORDER BY id DESC LIMIT 1)");
    }

    /** For each month from {@code from}'s to {@code to}'s, the area's cases open at its end (or at {@code to} for the last). */
    public List<Month> openCases(String area, LocalDate from, LocalDate to) {
        return openByMonth(area, from, to, "", "NULL");
    }

    private List<Month> openByMonth(String area, LocalDate from, LocalDate to, String key, String value) {
        StringBuilder months = new StringBuilder("[");
        List<YearMonth> order = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            Instant cutoff = last.plusDays(1).atStartOfDay(ENGLAND).toInstant();
            months.append(order.isEmpty() ? "" : ",").append("[\"").append(m).append("\",\"").append(last).append("\",\"")
                    .append(cutoff).append("\"]");
            order.add(m);
        }
        months.append(']');
        Map<String, Map<String, Integer>> counted = new LinkedHashMap<>();
        handle.createQuery("""
                WITH m AS (SELECT json_extract(value, '$[0]') AS month, json_extract(value, '$[1]') AS last,
                                  json_extract(value, '$[2]') AS cutoff FROM json_each(:months)),
                     o AS (SELECT m.month, m.cutoff, c.id FROM m JOIN safeguarding_case c
                           ON c.area = :area AND c.opened <= m.last AND (c.closed IS NULL OR c.closed > m.last))
                SELECT o.month AS month, coalesce(""" + value + ", '') AS v, count(*) AS n FROM o GROUP BY 1, 2 ORDER BY 1, 2")
                .bind("months", months.toString()).bind("area", area).bind("key", key)
                .map((r, c) -> counted.computeIfAbsent(r.getString("month"), k -> new LinkedHashMap<>()).put(r.getString("v"), r.getInt("n")))
                .list();
        List<Month> out = new ArrayList<>();
        for (YearMonth m : order) {
            Map<String, Integer> byValue = counted.getOrDefault(m.toString(), Map.of());
            out.add(new Month(m, byValue.values().stream().mapToInt(Integer::intValue).sum(), byValue));
        }
        return out;
    }

    /** The area's cases opened in each month of the period (by the day opened), months with none left out. */
    public Map<String, Integer> openedByMonth(String area, LocalDate from, LocalDate to) {
        return byMonth("SELECT substr(opened, 1, 7) AS month, count(*) AS n FROM safeguarding_case"
                + " WHERE area = :area AND opened >= :from AND opened <= :to GROUP BY 1 ORDER BY 1", area, from, to);
    }

    /** The area's cases closed (discharged, transferred or closed) in each month of the period, months with none left out. */
    public Map<String, Integer> closedByMonth(String area, LocalDate from, LocalDate to) {
        return byMonth("SELECT substr(closed, 1, 7) AS month, count(*) AS n FROM safeguarding_case"
                + " WHERE area = :area AND closed >= :from AND closed <= :to GROUP BY 1 ORDER BY 1", area, from, to);
    }

    /** Outcomes recorded on the area's cases achieved in the period, by month then code, in order. */
    public Map<String, Map<String, Integer>> outcomesByMonth(String area, LocalDate from, LocalDate to) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        handle.createQuery("""
                SELECT substr(o.achieved_on, 1, 7) AS month, o.code AS code, count(*) AS n
                FROM case_outcome o JOIN safeguarding_case c ON c.id = o.case_id
                WHERE c.area = :area AND o.achieved_on >= :from AND o.achieved_on <= :to GROUP BY 1, 2 ORDER BY 1, 2""")
                .bind("area", area).bind("from", from.toString()).bind("to", to.toString())
                .map((r, c) -> out.computeIfAbsent(r.getString("month"), k -> new LinkedHashMap<>()).put(r.getString("code"), r.getInt("n")))
                .list();
        return out;
    }

    /**
     * The actions the area tracked in the period: agreed at its meetings (of one type, when
     * {@code meetingType} is given) or created by its rules (only when no type is given), agreed
     * before the period ended (at a meeting that started before then, however much later the
     * coordinator recorded it; a rule's when it was created) and still open or closed since it
     * began; by due date then id.
     */
    public List<MeetingAction> actionsTracked(String area, String meetingType, LocalDate from, LocalDate to) {
        return handle.createQuery("""
                SELECT a.* FROM meeting_action a LEFT JOIN meeting m ON m.id = a.meeting_id
                WHERE (m.area = :area AND (:type IS NULL OR m.meeting_type = :type) OR a.meeting_id IS NULL AND a.area = :area AND :type IS NULL)
                  AND julianday(coalesce(m.starts_at, a.recorded)) < julianday(:end) AND (a.status = 'OPEN' OR julianday(a.closed) >= julianday(:start))
                ORDER BY a.due, a.id""")
                .bind("area", area).bind("type", meetingType)
                .bind("start", from.atStartOfDay(ENGLAND).toInstant().toString())
                .bind("end", to.plusDays(1).atStartOfDay(ENGLAND).toInstant().toString())
                .map(MeetingRows::action).list();
    }

    /**
     * The area's meetings of a type held in the period (by the day they started, in England), in
     * the order held: held as the rest of the toolkit counts it, its attendance or its minutes
     * recorded. Instants are compared as times ({@code julianday}), not as text of varying precision.
     */
    public List<Meeting> meetingsHeld(String area, String meetingType, LocalDate from, LocalDate to) {
        return handle.createQuery("""
                SELECT * FROM meeting WHERE area = :area AND meeting_type = :type AND (status = 'HELD' OR minutes <> 'NONE') AND status <> 'CANCELLED'
                  AND julianday(starts_at) >= julianday(:start) AND julianday(starts_at) < julianday(:end) ORDER BY starts_at, id""")
                .bind("area", area).bind("type", meetingType)
                .bind("start", from.atStartOfDay(ENGLAND).toInstant().toString())
                .bind("end", to.plusDays(1).atStartOfDay(ENGLAND).toInstant().toString())
                .map(MeetingRows::meeting).list();
    }

    /** The cases on each of these meetings, by meeting id, in one query. */
    public Map<Long, List<Long>> casesOn(Collection<Long> meetingIds) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        if (meetingIds.isEmpty()) {
            return out;
        }
        handle.createQuery("SELECT meeting_id, case_id FROM meeting_case WHERE meeting_id IN (<ids>) ORDER BY meeting_id, case_id")
                .bindList("ids", List.copyOf(meetingIds))
                .map((r, c) -> out.computeIfAbsent(r.getLong("meeting_id"), k -> new ArrayList<>()).add(r.getLong("case_id"))).list();
        return out;
    }

    private Map<String, Integer> byMonth(String sql, String area, LocalDate from, LocalDate to) {
        Map<String, Integer> out = new LinkedHashMap<>();
        handle.createQuery(sql).bind("area", area).bind("from", from.toString()).bind("to", to.toString())
                .map((r, c) -> out.put(r.getString("month"), r.getInt("n"))).list();
        return out;
    }
}
