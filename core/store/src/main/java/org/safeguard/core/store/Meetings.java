package org.safeguard.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingDocument;
import org.safeguard.core.model.MinutesEntry;
import org.safeguard.core.store.internal.Json;
import org.safeguard.core.store.internal.MeetingRows;

/** Meetings, their invitees, attendance, cases, document versions and minutes. */
public final class Meetings {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Meetings(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    public Meeting schedule(NewMeeting m) {
        long id = handle.createUpdate("""
                INSERT INTO meeting (reference, area, meeting_type, type_name, starts_at, ends_at, venue, call_details, chair,
                    status, recorded)
                VALUES ('pending-' || hex(randomblob(8)), ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?)""")
                .bind(0, m.area()).bind(1, m.meetingType()).bind(2, m.typeName()).bind(3, m.startsAt().toString())
                .bind(4, m.endsAt() == null ? null : m.endsAt().toString()).bind(5, m.venue()).bind(6, m.callDetails())
                .bind(7, m.chair()).bind(8, now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        handle.createUpdate("UPDATE meeting SET reference = ? WHERE id = ?").bind(0, String.format("M%05d", id)).bind(1, id).execute();
        audit.record("schedule", "meeting", id, "type=" + m.meetingType());
        return require(id);
    }

    public Optional<Meeting> find(long id) {
        return handle.createQuery("SELECT * FROM meeting WHERE id = ?").bind(0, id).map(MeetingRows::meeting).findOne();
    }

    public Meeting require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no meeting with id " + id));
    }

    public List<Meeting> list() {
        return handle.createQuery("SELECT * FROM meeting ORDER BY starts_at, id").map(MeetingRows::meeting).list();
    }

    /** The meetings with these ids, by id, in one query (those that do not exist are absent). */
    public Map<Long, Meeting> withIds(Collection<Long> ids) {
        Map<Long, Meeting> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            handle.createQuery("SELECT * FROM meeting WHERE id IN (<ids>) ORDER BY id").bindList("ids", List.copyOf(ids))
                    .map(MeetingRows::meeting).forEach(m -> out.put(m.id(), m));
        }
        return out;
    }

    /** The first meeting of the same type and area after this one that is not cancelled, if any (the minutes name it). */
    public Optional<Meeting> next(Meeting m) {
        return handle.createQuery("SELECT * FROM meeting WHERE area = ? AND meeting_type = ? AND status != 'CANCELLED' ORDER BY starts_at, id")
                .bind(0, m.area()).bind(1, m.meetingType()).map(MeetingRows::meeting).list().stream()
                .filter(x -> x.startsAt().isAfter(m.startsAt())).findFirst();
    }

    /** The meeting of the same type before this one, if any (for carrying actions forward). */
    public Optional<Meeting> previous(Meeting m) {
        return handle.createQuery("""
                SELECT * FROM meeting WHERE area = ? AND meeting_type = ? AND starts_at < ? AND status != 'CANCELLED'
                ORDER BY starts_at DESC LIMIT 1""")
                .bind(0, m.area()).bind(1, m.meetingType()).bind(2, m.startsAt().toString()).map(MeetingRows::meeting).findOne();
    }

    public void setStatus(long id, Meeting.Status status) {
        handle.createUpdate("UPDATE meeting SET status = ? WHERE id = ?").bind(0, status.name()).bind(1, id).execute();
        audit.record(status.name().toLowerCase(), "meeting", id, "");
    }

    public void setMinutes(long id, Meeting.Minutes state) {
        handle.createUpdate("UPDATE meeting SET minutes = ? WHERE id = ?").bind(0, state.name()).bind(1, id).execute();
    }

    /**
     * Invites someone (again: one invitee per address, the latest invitation wins). A reason and
     * who gave it are recorded when an invitee outside the meeting's members is unrestricted;
     * both are null otherwise.
     */
    public Invitee invite(long meetingId, String name, String email, String agency, String role, boolean restricted,
                          String unrestrictedReason, String unrestrictedBy) {
        if (restricted && unrestrictedReason != null) {
            throw new IllegalArgumentException("a restricted invitee has no reason to be unrestricted");
        }
        String address = email.trim().toLowerCase(java.util.Locale.ROOT);
        handle.createUpdate("""
                INSERT INTO meeting_invitee (meeting_id, name, email, agency, role, restricted, unrestricted_reason, unrestricted_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (meeting_id, email) DO UPDATE SET name = excluded.name, agency = excluded.agency, role = excluded.role,
                    restricted = excluded.restricted, unrestricted_reason = excluded.unrestricted_reason,
                    unrestricted_by = excluded.unrestricted_by""")
                .bind(0, meetingId).bind(1, name).bind(2, address).bind(3, agency).bind(4, role).bind(5, restricted ? 1 : 0)
                .bind(6, unrestrictedReason).bind(7, unrestrictedReason == null ? null : unrestrictedBy).execute();
        audit.record("invite", "meeting", meetingId, "agency=" + agency + (restricted ? " restricted"
                : unrestrictedReason != null ? " unrestricted, reason: " + unrestrictedReason : ""));
        return invitees(meetingId).stream().filter(i -> i.email().equals(address)).findFirst().orElseThrow();
    }

    public List<Invitee> invitees(long meetingId) {
        return handle.createQuery("SELECT * FROM meeting_invitee WHERE meeting_id = ? ORDER BY id").bind(0, meetingId)
                .map(MeetingRows::invitee).list();
    }

    /** Records (or corrects) one person's attendance. */
    public void attend(long meetingId, String name, String agency, Attendance.Status status) {
        handle.createUpdate("""
                INSERT INTO meeting_attendance (meeting_id, name, agency, status, recorded) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (meeting_id, name, agency) DO UPDATE SET status = excluded.status, recorded = excluded.recorded""")
                .bind(0, meetingId).bind(1, name).bind(2, agency).bind(3, status.name()).bind(4, now.toString()).execute();
        audit.record("attendance", "meeting", meetingId, "agency=" + agency + " " + status);
    }

    public List<Attendance> attendance(long meetingId) {
        return handle.createQuery("SELECT * FROM meeting_attendance WHERE meeting_id = ? ORDER BY agency, name")
                .bind(0, meetingId).map(MeetingRows::attendance).list();
    }

    public void addCase(long meetingId, long caseId, boolean proposedForDischarge) {
        handle.createUpdate("""
                INSERT INTO meeting_case (meeting_id, case_id, proposed_for_discharge) VALUES (?, ?, ?)
                ON CONFLICT (meeting_id, case_id) DO UPDATE SET proposed_for_discharge = excluded.proposed_for_discharge""")
                .bind(0, meetingId).bind(1, caseId).bind(2, proposedForDischarge ? 1 : 0).execute();
        audit.record("add-case", "meeting", meetingId, "case=" + caseId);
    }

    /** Case ids on the meeting, with whether each is proposed for discharge. */
    public List<java.util.Map.Entry<Long, Boolean>> cases(long meetingId) {
        return handle.createQuery("SELECT case_id, proposed_for_discharge FROM meeting_case WHERE meeting_id = ? ORDER BY case_id")
                .bind(0, meetingId).map((r, c) -> java.util.Map.entry(r.getLong(1), r.getInt(2) == 1)).list();
    }

    /**
     * The current version of a document, making a new version when what it says changed
     * (a different fingerprint) or none exists yet.
     */
    public MeetingDocument documentVersion(long meetingId, MeetingDocument.Kind kind, String fingerprint) {
        Optional<MeetingDocument> latest = latestDocument(meetingId, kind);
        if (latest.isPresent() && latest.get().fingerprint().equals(fingerprint)) {
            return latest.get();
        }
        int version = latest.map(d -> d.version() + 1).orElse(1);
        long id = handle.createUpdate("INSERT INTO meeting_document (meeting_id, kind, version, fingerprint, created, created_by) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(0, meetingId).bind(1, kind.name()).bind(2, version).bind(3, fingerprint).bind(4, now.toString())
                .bind(5, audit.actor()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("generate", "meeting", meetingId, kind.name().toLowerCase() + " v" + version, AuditTrail.Sealed.MEETING_DOCUMENT, id);
        return latestDocument(meetingId, kind).orElseThrow();
    }

    public Optional<MeetingDocument> latestDocument(long meetingId, MeetingDocument.Kind kind) {
        return handle.createQuery("SELECT * FROM meeting_document WHERE meeting_id = ? AND kind = ? ORDER BY version DESC LIMIT 1")
                .bind(0, meetingId).bind(1, kind.name()).map(MeetingRows::document).findOne();
    }

    /** Replaces the meeting's minutes with these entries (minutes are re-imported until issued). */
    public void replaceMinutes(long meetingId, List<MinutesEntry> entries) {
        Meeting m = require(meetingId);
        if (m.minutes() == Meeting.Minutes.ISSUED) {
            throw new SafeguardException("the minutes of " + m.reference() + " have been issued and are not changed");
        }
        handle.createUpdate("DELETE FROM minutes_entry WHERE meeting_id = ?").bind(0, meetingId).execute();
        for (MinutesEntry e : entries) {
            handle.createUpdate("""
                    INSERT INTO minutes_entry (meeting_id, item, title, confidential, case_id, notes, decisions)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .bind(0, meetingId).bind(1, e.item()).bind(2, e.title()).bind(3, e.confidential() ? 1 : 0)
                    .bind(4, e.caseId()).bind(5, e.notes()).bind(6, Json.write(e.decisions())).execute();
        }
        setMinutes(meetingId, Meeting.Minutes.RECORDED);
        audit.record("minutes", "meeting", meetingId, entries.size() + " entries");
    }

    public List<MinutesEntry> minutes(long meetingId) {
        return handle.createQuery("SELECT * FROM minutes_entry WHERE meeting_id = ? ORDER BY id").bind(0, meetingId)
                .map(MeetingRows::minutes).list();
    }
}
