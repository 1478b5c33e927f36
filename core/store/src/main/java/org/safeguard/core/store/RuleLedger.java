package org.safeguard.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The ledger of area rules: whether each rule held for each case when last evaluated, every
 * firing (once per rule, case and occurrence: the database's uniqueness key, so a repeated,
 * concurrent or interrupted sweep never fires twice) with what each of its actions did, and the
 * "add case to next" actions waiting for a meeting to be scheduled. Firings are append-only.
 */
public final class RuleLedger {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    RuleLedger(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /** A rule's standing for a case: whether it held at the last evaluation, and its latest occurrence (0 before the first). */
    public record Standing(boolean holding, int occurrence) {
        public static final Standing NEVER = new Standing(false, 0);
    }

    /** A firing with what its actions did. */
    public record Firing(long id, String area, String ruleId, String ruleTitle, long caseId, int occurrence, Instant evaluated,
                         Instant recorded, List<Done> actions) {
    }

    /** What one action of a firing did. */
    public record Done(String action, String outcome) {
    }

    /** A waiting "add case to next TYPE", for a case, from a firing. */
    public record PendingMeeting(long firingId, String area, String meetingType, long caseId) {
    }

    /** The standing of every rule for every case of the area that has one, keyed by {@link #key}. */
    public Map<String, Standing> standings(String area) {
        Map<String, Standing> out = new HashMap<>();
        handle.createQuery("SELECT rule_id, case_id, holding, occurrence FROM rule_state WHERE area = ?").bind(0, area)
                .map((r, c) -> Map.entry(key(r.getString(1), r.getLong(2)), new Standing(r.getInt(3) == 1, r.getInt(4))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The standing of one rule for one case, read in the caller's transaction. */
    public Standing standing(String area, String ruleId, long caseId) {
        return handle.createQuery("SELECT holding, occurrence FROM rule_state WHERE area = ? AND rule_id = ? AND case_id = ?")
                .bind(0, area).bind(1, ruleId).bind(2, caseId).map((r, c) -> new Standing(r.getInt(1) == 1, r.getInt(2)))
                .findOne().orElse(Standing.NEVER);
    }

    public static String key(String ruleId, long caseId) {
        return ruleId + "#" + caseId;
    }

    /** Sets a rule's standing for a case. */
    public void stand(String area, String ruleId, long caseId, Standing standing) {
        handle.createUpdate("""
                INSERT INTO rule_state (area, rule_id, case_id, holding, occurrence, changed) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (area, rule_id, case_id) DO UPDATE SET holding = excluded.holding, occurrence = excluded.occurrence,
                changed = excluded.changed""")
                .bind(0, area).bind(1, ruleId).bind(2, caseId).bind(3, standing.holding() ? 1 : 0).bind(4, standing.occurrence())
                .bind(5, now.toString()).execute();
    }

    /**
     * Records a firing; the caller then records what each action did ({@link #done}) in the same
     * transaction. Refused by the database (an exception) when this occurrence has fired already.
     */
    public long fire(String area, String ruleId, String ruleTitle, long caseId, int occurrence, Instant evaluated) {
        long id = handle.createUpdate("""
                INSERT INTO rule_firing (area, rule_id, rule_title, case_id, occurrence, evaluated, recorded) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, area).bind(1, ruleId).bind(2, ruleTitle).bind(3, caseId).bind(4, occurrence).bind(5, evaluated.toString())
                .bind(6, now.toString()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("fire", "rule", id, "rule=" + ruleId + " case=" + caseId + " occurrence=" + occurrence, AuditTrail.Sealed.RULE_FIRING, id);
        return id;
    }

    /** Whether this occurrence of the rule has fired for the case. */
    public boolean fired(String area, String ruleId, long caseId, int occurrence) {
        return handle.createQuery("SELECT 1 FROM rule_firing WHERE area = ? AND rule_id = ? AND case_id = ? AND occurrence = ?")
                .bind(0, area).bind(1, ruleId).bind(2, caseId).bind(3, occurrence).mapTo(Integer.class).findOne().isPresent();
    }

    /** What the firing's action at {@code position} (from 1) did. */
    public void done(long firingId, int position, String action, String outcome) {
        handle.createUpdate("INSERT INTO rule_firing_action (firing_id, position, action, outcome) VALUES (?, ?, ?, ?)")
                .bind(0, firingId).bind(1, position).bind(2, action).bind(3, outcome).execute();
    }

    /** Firings, newest first, of one case and/or one rule (null for any), with what their actions did. */
    public List<Firing> firings(Long caseId, String ruleId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM rule_firing WHERE 1 = 1");
        if (caseId != null) {
            sql.append(" AND case_id = :case");
        }
        if (ruleId != null) {
            sql.append(" AND rule_id = :rule");
        }
        sql.append(" ORDER BY id DESC LIMIT :limit");
        var q = handle.createQuery(sql.toString()).bind("limit", limit);
        if (caseId != null) {
            q.bind("case", caseId);
        }
        if (ruleId != null) {
            q.bind("rule", ruleId);
        }
        List<Object[]> rows = q.map((r, c) -> new Object[] {r.getLong("id"), r.getString("area"), r.getString("rule_id"),
                r.getString("rule_title"), r.getLong("case_id"), r.getInt("occurrence"), Instant.parse(r.getString("evaluated")),
                Instant.parse(r.getString("recorded"))}).list();
        Map<Long, List<Done>> done = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            handle.createQuery("SELECT firing_id, action, outcome FROM rule_firing_action WHERE firing_id IN (<ids>) ORDER BY firing_id, position")
                    .bindList("ids", rows.stream().map(r -> (Long) r[0]).toList())
                    .map((r, c) -> Map.entry(r.getLong(1), new Done(r.getString(2), r.getString(3))))
                    .forEach(e -> done.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return rows.stream().map(r -> new Firing((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Long) r[4], (Integer) r[5],
                (Instant) r[6], (Instant) r[7], List.copyOf(done.getOrDefault((Long) r[0], List.of())))).toList();
    }

    /** Waits for the first meeting of the type scheduled later. */
    public void awaitMeeting(long firingId, String area, String meetingType, long caseId) {
        handle.createUpdate("INSERT INTO rule_pending_meeting (firing_id, area, meeting_type, case_id) VALUES (?, ?, ?, ?)")
                .bind(0, firingId).bind(1, area).bind(2, meetingType).bind(3, caseId).execute();
    }

    /** The area's "add case to next" actions still waiting for a meeting. */
    public List<PendingMeeting> waiting(String area) {
        return handle.createQuery("SELECT firing_id, area, meeting_type, case_id FROM rule_pending_meeting WHERE area = ? AND done IS NULL "
                        + "ORDER BY firing_id").bind(0, area)
                .map((r, c) -> new PendingMeeting(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4))).list();
    }

    /** A waiting action done: the case went onto this meeting (or was already on it). Once only. */
    public boolean meetingFound(long firingId, long meetingId) {
        return handle.createUpdate("UPDATE rule_pending_meeting SET meeting_id = ?, done = ? WHERE firing_id = ? AND done IS NULL")
                .bind(0, meetingId).bind(1, now.toString()).bind(2, firingId).execute() == 1;
    }

    /** For a listing: the firing that created a waiting action, if any. */
    public Optional<Long> waitingMeeting(long firingId) {
        return handle.createQuery("SELECT meeting_id FROM rule_pending_meeting WHERE firing_id = ?").bind(0, firingId)
                .mapTo(Long.class).findOne();
    }
}
