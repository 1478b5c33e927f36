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
import org.safeguard.core.model.DocumentCopy;
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

    /** The meetings a case is on (cancelled ones included), by date, in one query. */
    public List<Meeting> forCase(long caseId) {
        return handle.createQuery("SELECT m.* FROM meeting m JOIN meeting_case c ON c.meeting_id = m.id WHERE c.case_id = ? ORDER BY m.starts_at, m.id")
                .bind(0, caseId).map(MeetingRows::meeting).list();
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
        return handle.createQuery("""
                SELECT * FROM meeting WHERE area = ? AND meeting_type = ? AND starts_at > ? AND status != 'CANCELLED'
                ORDER BY starts_at, id LIMIT 1""")
                .bind(0, m.area()).bind(1, m.meetingType()).bind(2, m.startsAt().toString()).map(MeetingRows::meeting).findOne();
    }

    /** The first meeting of the type in the area, scheduled (not yet held or cancelled), beginning after {@code after}. */
    public Optional<Meeting> nextScheduled(String area, String meetingType, Instant after) {
        return handle.createQuery("""
                SELECT * FROM meeting WHERE area = ? AND meeting_type = ? AND starts_at > ? AND status = 'SCHEDULED'
                ORDER BY starts_at, id LIMIT 1""")
                .bind(0, area).bind(1, meetingType).bind(2, after.toString()).map(MeetingRows::meeting).findOne();
    }

    /** Whether the case is on the meeting. */
    public boolean hasCase(long meetingId, long caseId) {
        return handle.createQuery("SELECT 1 FROM meeting_case WHERE meeting_id = ? AND case_id = ?").bind(0, meetingId).bind(1, caseId)
                .mapTo(Integer.class).findOne().isPresent();
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

    /**
     * Changes when and where a meeting is, and who chairs it: each value given replaces the one
     * recorded, a null keeps it. The calendar event's sequence goes up by one when the time, the
     * venue or the call details change (the chair is not on the event). The caller checks the
     * meeting may still change.
     */
    public Meeting change(long id, Instant startsAt, Instant endsAt, String venue, String callDetails, String chair) {
        Meeting m = require(id);
        Instant start = startsAt == null ? m.startsAt() : startsAt;
        Instant end = endsAt == null ? m.endsAt() : endsAt;
        String where = venue == null ? m.venue() : venue;
        String call = callDetails == null ? m.callDetails() : callDetails;
        String chairs = chair == null ? m.chair() : chair;
        List<String> changed = new java.util.ArrayList<>();
        if (!start.equals(m.startsAt())) {
            changed.add("start");
        }
        if (!java.util.Objects.equals(end, m.endsAt())) {
            changed.add("end");
        }
        if (!java.util.Objects.equals(where, m.venue())) {
            changed.add("venue");
        }
        if (!java.util.Objects.equals(call, m.callDetails())) {
            changed.add("call");
        }
        boolean calendar = !changed.isEmpty();
        if (!java.util.Objects.equals(chairs, m.chair())) {
            changed.add("chair");
        }
        if (changed.isEmpty()) {
            return m;
        }
        int sequence = m.sequence() + (calendar ? 1 : 0);
        handle.createUpdate("""
                UPDATE meeting SET starts_at = ?, ends_at = ?, venue = ?, call_details = ?, chair = ?, sequence = ? WHERE id = ?""")
                .bind(0, start.toString()).bind(1, end == null ? null : end.toString()).bind(2, where).bind(3, call).bind(4, chairs)
                .bind(5, sequence).bind(6, id).execute();
        audit.record("change", "meeting", id, String.join(",", changed) + (calendar ? " sequence=" + sequence : ""));
        return require(id);
    }

    /**
     * Calls a meeting off: CANCELLED, with the reason, who said so and when, and the calendar
     * event's sequence one more (the cancellation's). The caller checks it may be cancelled.
     */
    public Meeting cancel(long id, String reason, String by) {
        int sequence = require(id).sequence() + 1;
        handle.createUpdate("""
                UPDATE meeting SET status = 'CANCELLED', cancelled_reason = ?, cancelled_by = ?, cancelled_at = ?, sequence = ?
                WHERE id = ?""").bind(0, reason).bind(1, by).bind(2, now.toString()).bind(3, sequence).bind(4, id).execute();
        audit.record("cancel", "meeting", id, "sequence=" + sequence + ", reason: " + reason);
        return require(id);
    }

    /** Raises the calendar event's sequence by one (a cancellation sent to one invitee) and returns the meeting. */
    public Meeting nextSequence(long id) {
        handle.createUpdate("UPDATE meeting SET sequence = sequence + 1 WHERE id = ?").bind(0, id).execute();
        return require(id);
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

    /** Takes an invitee off a meeting (by address); empty when the address is not invited. */
    public Optional<Invitee> uninvite(long meetingId, String email) {
        String address = email.trim().toLowerCase(java.util.Locale.ROOT);
        Optional<Invitee> found = invitees(meetingId).stream().filter(i -> i.email().equals(address)).findFirst();
        found.ifPresent(i -> {
            handle.createUpdate("DELETE FROM meeting_invitee WHERE id = ?").bind(0, i.id()).execute();
            audit.record("uninvite", "meeting", meetingId, "agency=" + i.agency());
        });
        return found;
    }

    /**
     * The addresses that hold the meeting's invitation: an invitation of the meeting was queued
     * or sent to them (and did not fail for good), later than any cancellation sent to them.
     * A cancellation is the mail document {@code cancellation} with the meeting's id.
     */
    public java.util.Set<String> holdingInvitation(long meetingId) {
        return new java.util.LinkedHashSet<>(handle.createQuery("""
                SELECT i.recipient FROM mail_message i JOIN meeting_document d ON i.document_id = d.id
                WHERE i.document_kind = 'invitation' AND d.kind = 'INVITATION' AND d.meeting_id = :m AND i.status != 'FAILED'
                GROUP BY i.recipient
                HAVING max(i.id) > COALESCE((SELECT max(c.id) FROM mail_message c
                                             WHERE c.document_kind = 'cancellation' AND c.document_id = :m AND c.recipient = i.recipient), 0)
                ORDER BY min(i.id)""").bind("m", meetingId).mapTo(String.class).list());
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

    /** Takes a case off the meeting's panel; false when it was not on it. */
    public boolean removeCase(long meetingId, long caseId) {
        int removed = handle.createUpdate("DELETE FROM meeting_case WHERE meeting_id = ? AND case_id = ?").bind(0, meetingId).bind(1, caseId)
                .execute();
        if (removed > 0) {
            audit.record("remove-case", "meeting", meetingId, "case=" + caseId);
        }
        return removed > 0;
    }

    /** A case on a meeting: which, of what type, when it begins, and whether it was cancelled. */
    public record Appearance(long caseId, long meetingId, String meetingType, Instant startsAt, boolean cancelled) {
    }

    /** Every meeting these cases are on, held, to come or cancelled, in start order. */
    public List<Appearance> appearances(java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("""
                        SELECT mc.case_id, m.id, m.meeting_type, m.starts_at, m.status FROM meeting_case mc JOIN meeting m ON m.id = mc.meeting_id
                        WHERE mc.case_id IN (<ids>) ORDER BY m.starts_at, m.id""")
                .bindList("ids", List.copyOf(caseIds))
                .map((r, c) -> new Appearance(r.getLong(1), r.getLong(2), r.getString(3), Instant.parse(r.getString(4)),
                        "CANCELLED".equals(r.getString(5)))).list();
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

    /**
     * Keeps a document version's copy for one audience as it was sent (once: a version's copies
     * are never changed), sealed by its audit entry.
     */
    public void keepCopy(DocumentCopy c) {
        long id = handle.createUpdate("""
                INSERT INTO document_copy (document_id, audience, text, html, pdf, view, children, printed_date, created)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, c.documentId()).bind(1, c.restricted() ? "RESTRICTED" : "FULL").bind(2, c.text()).bind(3, c.html())
                .bind(4, c.pdf()).bind(5, Json.write(c.view())).bind(6, Json.write(c.children().stream().sorted().toList()))
                .bind(7, c.printedDate()).bind(8, now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        long meetingId = handle.createQuery("SELECT meeting_id FROM meeting_document WHERE id = ?").bind(0, c.documentId())
                .mapTo(Long.class).one();
        audit.record("keep-copy", "meeting", meetingId, "document=" + c.documentId() + " " + (c.restricted() ? "restricted" : "full"),
                AuditTrail.Sealed.DOCUMENT_COPY, id);
    }

    /** A document version's copies as sent, by audience (restricted = true); empty for a version never sent. */
    public Map<Boolean, DocumentCopy> copies(long documentId) {
        Map<Boolean, DocumentCopy> out = new LinkedHashMap<>();
        handle.createQuery("SELECT * FROM document_copy WHERE document_id = ? ORDER BY id").bind(0, documentId)
                .map(MeetingRows::copy).forEach(c -> out.put(c.restricted(), c));
        return out;
    }

    /** The latest version of a document that was sent (that has its copies kept), if any. */
    public Optional<MeetingDocument> latestSent(long meetingId, MeetingDocument.Kind kind) {
        return handle.createQuery("""
                SELECT d.* FROM meeting_document d WHERE d.meeting_id = ? AND d.kind = ?
                AND EXISTS (SELECT 1 FROM document_copy c WHERE c.document_id = d.id) ORDER BY d.version DESC LIMIT 1""")
                .bind(0, meetingId).bind(1, kind.name()).map(MeetingRows::document).findOne();
    }

    /**
     * Records that a later meeting agreed a meeting's issued minutes, with the corrections it
     * agreed (final: agreed minutes are never changed).
     */
    public void agreeMinutes(long meetingId, long atMeetingId, List<String> corrections) {
        handle.createUpdate("""
                UPDATE meeting SET minutes_agreed_at = ?, minutes_agreed_by = ?, minutes_agreed_recorded = ?, minutes_corrections = ?
                WHERE id = ?""")
                .bind(0, atMeetingId).bind(1, audit.actor()).bind(2, now.toString()).bind(3, Json.write(corrections)).bind(4, meetingId)
                .execute();
        audit.record("agree-minutes", "meeting", meetingId, "at=" + atMeetingId + " corrections=" + corrections.size());
    }

    /** The meetings whose minutes were agreed at this one, by start. */
    public List<Meeting> agreedAt(long meetingId) {
        return handle.createQuery("SELECT * FROM meeting WHERE minutes_agreed_at = ? ORDER BY starts_at, id").bind(0, meetingId)
                .map(MeetingRows::meeting).list();
    }

    public Optional<MeetingDocument> latestDocument(long meetingId, MeetingDocument.Kind kind) {
        return handle.createQuery("SELECT * FROM meeting_document WHERE meeting_id = ? AND kind = ? ORDER BY version DESC LIMIT 1")
                .bind(0, meetingId).bind(1, kind.name()).map(MeetingRows::document).findOne();
    }

    /** Replaces the meeting's minutes with these entries (minutes are re-imported until issued). */
    public void replaceMinutes(long meetingId, List<MinutesEntry> entries) {
        Meeting m = require(meetingId);
        if (m.minutesIssued()) {
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
