package org.safeguard.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Decision;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.model.PersonOfConcern;
import org.safeguard.core.model.Referral;
import org.safeguard.core.store.internal.MeetingRows;
import org.safeguard.core.store.internal.Rows;

/**
 * One area's records a page at a time, in id order, for an export: each page is one statement
 * (keyset paging: the rows after the last id seen), and what a page's rows need beside them is
 * read for the whole page in one more ({@code …For(ids)}), so an export's cost follows the area's
 * rows and its memory one page. An area's records are those of its cases
 * ({@code safeguarding_case.area}); its meetings, and the actions agreed at them or created for it
 * that concern no case, are its too. Nothing here is audited: the export that reads it is.
 */
public final class AreaExtracts {
    private final Handle handle;

    AreaExtracts(Handle handle) {
        this.handle = handle;
    }

    /** The area's cases with an id above {@code afterId}, at most {@code limit}. */
    public List<CaseRecord> cases(String area, long afterId, int limit) {
        return handle.createQuery("SELECT * FROM safeguarding_case WHERE area = ? AND id > ? ORDER BY id LIMIT ?")
                .bind(0, area).bind(1, afterId).bind(2, limit).map(Rows::caseRecord).list();
    }

    /** The referrals of the area's cases with an id above {@code afterId}, at most {@code limit}. */
    public List<Referral> referrals(String area, long afterId, int limit) {
        return handle.createQuery("""
                SELECT r.* FROM referral r JOIN safeguarding_case c ON c.id = r.case_id
                WHERE c.area = ? AND r.id > ? ORDER BY r.id LIMIT ?""")
                .bind(0, area).bind(1, afterId).bind(2, limit).map(Rows::referral).list();
    }

    /** The decisions on the area's cases with an id above {@code afterId}, at most {@code limit}. */
    public List<Decision> decisions(String area, long afterId, int limit) {
        return handle.createQuery("""
                SELECT d.* FROM decision d JOIN safeguarding_case c ON c.id = d.case_id
                WHERE c.area = ? AND d.id > ? ORDER BY d.id LIMIT ?""")
                .bind(0, area).bind(1, afterId).bind(2, limit).map(Rows::decision).list();
    }

    /**
     * The actions on the area's cases, and those on no case agreed at the area's meetings or
     * created for the area, with an id above {@code afterId}, at most {@code limit}.
     */
    public List<MeetingAction> actions(String area, long afterId, int limit) {
        return handle.createQuery("""
                SELECT a.* FROM meeting_action a
                LEFT JOIN safeguarding_case c ON c.id = a.case_id
                LEFT JOIN meeting m ON m.id = a.meeting_id
                WHERE a.id > :after AND (c.area = :area OR a.case_id IS NULL AND (m.area = :area OR a.meeting_id IS NULL AND a.area = :area))
                ORDER BY a.id LIMIT :limit""")
                .bind("area", area).bind("after", afterId).bind("limit", limit).map(MeetingRows::action).list();
    }

    /** The area's meetings with an id above {@code afterId}, at most {@code limit}. */
    public List<Meeting> meetings(String area, long afterId, int limit) {
        return handle.createQuery("SELECT * FROM meeting WHERE area = ? AND id > ? ORDER BY id LIMIT ?")
                .bind(0, area).bind(1, afterId).bind(2, limit).map(MeetingRows::meeting).list();
    }

    /**
     * The persons of concern linked to a child with a case in the area, or referred in it, with an
     * id above {@code afterId}, at most {@code limit}.
     */
    public List<PersonOfConcern> persons(String area, long afterId, int limit) {
        return handle.createQuery("""
                SELECT p.* FROM person_of_concern p
                WHERE p.id > :after AND (p.area = :area OR EXISTS (SELECT 1 FROM person_child_link l
                    JOIN safeguarding_case c ON c.child_id = l.child_id WHERE l.person_id = p.id AND c.area = :area))
                ORDER BY p.id LIMIT :limit""")
                .bind("area", area).bind("after", afterId).bind("limit", limit).map(Rows::person).list();
    }

    /** The children with a case in the area linked to each of these persons, by person id (persons with none are absent). */
    public Map<Long, List<Long>> linkedChildren(String area, Collection<Long> personIds) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        if (!personIds.isEmpty()) {
            handle.createQuery("""
                    SELECT DISTINCT l.person_id, l.child_id FROM person_child_link l
                    WHERE l.person_id IN (<ids>) AND EXISTS (SELECT 1 FROM safeguarding_case c WHERE c.child_id = l.child_id AND c.area = :area)
                    ORDER BY l.person_id, l.child_id""")
                    .bindList("ids", List.copyOf(personIds)).bind("area", area)
                    .map((r, c) -> Map.entry(r.getLong(1), r.getLong(2)))
                    .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return out;
    }

    /** Each case's current classification per scheme (the latest recorded), by case id then scheme in name order. */
    public Map<Long, Map<String, String>> classificationsFor(Collection<Long> caseIds) {
        Map<Long, Map<String, String>> out = new LinkedHashMap<>();
        if (!caseIds.isEmpty()) {
            handle.createQuery("""
                    SELECT k.case_id, k.scheme, k.value FROM classification k
                    WHERE k.case_id IN (<ids>)
                      AND k.id = (SELECT max(x.id) FROM classification x WHERE x.case_id = k.case_id AND x.scheme = k.scheme)
                    ORDER BY k.case_id, k.scheme""")
                    .bindList("ids", List.copyOf(caseIds))
                    .map((r, c) -> new String[] {r.getString(1), r.getString(2), r.getString(3)})
                    .forEach(a -> out.computeIfAbsent(Long.parseLong(a[0]), k -> new LinkedHashMap<>()).put(a[1], a[2]));
        }
        return out;
    }

    /** Each case's latest final assessment (of any instrument), by case id (cases with none are absent). */
    public Map<Long, Assessment> latestFinalFor(Collection<Long> caseIds) {
        Map<Long, Assessment> out = new LinkedHashMap<>();
        if (!caseIds.isEmpty()) {
            handle.createQuery("""
                    SELECT a.* FROM assessment a WHERE a.case_id IN (<ids>) AND a.status = 'FINAL'
                      AND a.id = (SELECT max(b.id) FROM assessment b WHERE b.case_id = a.case_id AND b.status = 'FINAL')""")
                    .bindList("ids", List.copyOf(caseIds)).map(Rows::assessment).forEach(a -> out.put(a.caseId(), a));
        }
        return out;
    }

    /** How many cases each of these meetings has on its panel, by meeting id (meetings with none are absent). */
    public Map<Long, Integer> caseCountsFor(Collection<Long> meetingIds) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        if (!meetingIds.isEmpty()) {
            handle.createQuery("SELECT meeting_id, count(*) FROM meeting_case WHERE meeting_id IN (<ids>) GROUP BY meeting_id")
                    .bindList("ids", List.copyOf(meetingIds)).map((r, c) -> Map.entry(r.getLong(1), r.getInt(2)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }
}
