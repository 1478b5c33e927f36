package org.safeguard.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.store.internal.MeetingRows;

/** Actions agreed at meetings, tracked until done or cancelled and carried to the next meeting. */
public final class Actions {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Actions(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /**
     * Records an action agreed under an agenda item; {@code confidential} is that item's part's
     * confidentiality, which the action keeps (a restricted audience never sees it).
     *
     * @param strand the strand of the area's activity plan it serves, as the definition spells it, or null
     */
    public MeetingAction add(long meetingId, String item, boolean confidential, Long caseId, String description, String owner,
                             String agency, LocalDate due, String strand) {
        long id = handle.createUpdate("""
                INSERT INTO meeting_action (reference, meeting_id, item, confidential, case_id, description, owner, agency, due, status, recorded, strand)
                VALUES ('pending-' || hex(randomblob(8)), ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .bind(0, meetingId).bind(1, item).bind(2, confidential ? 1 : 0).bind(3, caseId).bind(4, description).bind(5, owner)
                .bind(6, agency).bind(7, due.toString()).bind(8, now.toString()).bind(9, strand)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        handle.createUpdate("UPDATE meeting_action SET reference = ? WHERE id = ?").bind(0, String.format("A%05d", id)).bind(1, id).execute();
        audit.record("add", "action", id, "meeting=" + meetingId);
        return require(id);
    }

    /**
     * An action an area rule creates for a case: agreed at no meeting, reviewed at the area's next
     * meetings; confidential, as a rule's notes are for the panel's professionals only.
     */
    public MeetingAction addForCase(String area, long caseId, String description, String owner, String agency, LocalDate due) {
        long id = handle.createUpdate("""
                INSERT INTO meeting_action (reference, meeting_id, area, item, confidential, case_id, description, owner, agency, due, status, recorded)
                VALUES ('pending-' || hex(randomblob(8)), NULL, ?, NULL, 1, ?, ?, ?, ?, ?, 'OPEN', ?)""")
                .bind(0, area).bind(1, caseId).bind(2, description).bind(3, owner).bind(4, agency).bind(5, due.toString())
                .bind(6, now.toString()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        handle.createUpdate("UPDATE meeting_action SET reference = ? WHERE id = ?").bind(0, String.format("A%05d", id)).bind(1, id).execute();
        audit.record("add", "action", id, "case=" + caseId + " by rule");
        return require(id);
    }

    public MeetingAction require(long id) {
        return handle.createQuery("SELECT * FROM meeting_action WHERE id = ?").bind(0, id).map(MeetingRows::action).findOne()
                .orElseThrow(() -> new NotFoundException("no action with id " + id));
    }

    public List<MeetingAction> list() {
        return handle.createQuery("SELECT * FROM meeting_action ORDER BY due, id").map(MeetingRows::action).list();
    }

    /** Every action on these cases, by due date then id (as {@link #list} orders them), in one query. */
    public List<MeetingAction> forCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT * FROM meeting_action WHERE case_id IN (<ids>) ORDER BY due, id").bindList("ids", List.copyOf(caseIds))
                .map(MeetingRows::action).list();
    }

    public List<MeetingAction> forMeeting(long meetingId) {
        return handle.createQuery("SELECT * FROM meeting_action WHERE meeting_id = ? ORDER BY id").bind(0, meetingId)
                .map(MeetingRows::action).list();
    }

    /** Open actions of an area's meetings of one type, due on or before a day: the next meeting's "review of actions". */
    public List<MeetingAction> openDueBy(String area, String meetingType, LocalDate day) {
        return handle.createQuery("""
                SELECT a.* FROM meeting_action a LEFT JOIN meeting m ON m.id = a.meeting_id
                WHERE (m.area = ? AND m.meeting_type = ? OR a.meeting_id IS NULL AND a.area = ?) AND a.status = 'OPEN' AND a.due <= ?
                ORDER BY a.due, a.id""")
                .bind(0, area).bind(1, meetingType).bind(2, area).bind(3, day.toString()).map(MeetingRows::action).list();
    }

    public MeetingAction close(long id, MeetingAction.Status how, String note) {
        if (how == MeetingAction.Status.OPEN) {
            throw new IllegalArgumentException("closing needs done or cancelled");
        }
        MeetingAction a = require(id);
        if (a.status() != MeetingAction.Status.OPEN) {
            throw new SafeguardException("action " + a.reference() + " is already " + a.status().name().toLowerCase());
        }
        handle.createUpdate("UPDATE meeting_action SET status = ?, closed = ?, closed_note = ? WHERE id = ?")
                .bind(0, how.name()).bind(1, now.toString()).bind(2, note).bind(3, id).execute();
        audit.record(how.name().toLowerCase(), "action", id, "");
        return require(id);
    }
}
