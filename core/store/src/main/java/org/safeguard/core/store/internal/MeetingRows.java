package org.safeguard.core.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.statement.StatementContext;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.DocumentCopy;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.model.MeetingDocument;
import org.safeguard.core.model.MinutesEntry;

/** Row mappers for the meeting tables. */
public final class MeetingRows {
    private MeetingRows() {
    }

    public static Meeting meeting(ResultSet r, StatementContext ctx) throws SQLException {
        return new Meeting(r.getLong("id"), r.getString("reference"), r.getString("area"), r.getString("meeting_type"),
                r.getString("type_name"), instant(r, "starts_at"), instant(r, "ends_at"), r.getString("venue"),
                r.getString("call_details"), r.getString("chair"), Meeting.Status.valueOf(r.getString("status")),
                minutes(r), instant(r, "recorded"), r.getInt("sequence"),
                r.getString("cancelled_reason") == null ? null
                        : new Meeting.Cancellation(r.getString("cancelled_reason"), r.getString("cancelled_by"), instant(r, "cancelled_at")),
                agreement(r));
    }

    /** ISSUED minutes that a later meeting agreed read as AGREED (the column keeps ISSUED: issued minutes never go back). */
    private static Meeting.Minutes minutes(ResultSet r) throws SQLException {
        Meeting.Minutes stored = Meeting.Minutes.valueOf(r.getString("minutes"));
        return stored == Meeting.Minutes.ISSUED && r.getObject("minutes_agreed_at") != null ? Meeting.Minutes.AGREED : stored;
    }

    private static Meeting.Agreement agreement(ResultSet r) throws SQLException {
        long at = r.getLong("minutes_agreed_at");
        return r.wasNull() ? null : new Meeting.Agreement(at, r.getString("minutes_agreed_by"), instant(r, "minutes_agreed_recorded"),
                Json.strings(r.getString("minutes_corrections")));
    }

    public static Invitee invitee(ResultSet r, StatementContext ctx) throws SQLException {
        return new Invitee(r.getLong("id"), r.getLong("meeting_id"), r.getString("name"), r.getString("email"),
                r.getString("agency"), r.getString("role"), r.getInt("restricted") == 1, r.getString("unrestricted_reason"),
                r.getString("unrestricted_by"));
    }

    public static Attendance attendance(ResultSet r, StatementContext ctx) throws SQLException {
        return new Attendance(r.getLong("meeting_id"), r.getString("name"), r.getString("agency"),
                Attendance.Status.valueOf(r.getString("status")));
    }

    public static MeetingDocument document(ResultSet r, StatementContext ctx) throws SQLException {
        return new MeetingDocument(r.getLong("id"), r.getLong("meeting_id"), MeetingDocument.Kind.valueOf(r.getString("kind")),
                r.getInt("version"), r.getString("fingerprint"), instant(r, "created"), r.getString("created_by"));
    }

    public static DocumentCopy copy(ResultSet r, StatementContext ctx) throws SQLException {
        return new DocumentCopy(r.getLong("document_id"), "RESTRICTED".equals(r.getString("audience")), r.getString("text"),
                r.getString("html"), r.getBytes("pdf"), Json.map(r.getString("view")),
                Json.strings(r.getString("children")).stream().map(Long::valueOf).collect(java.util.stream.Collectors.toSet()),
                r.getString("printed_date"), instant(r, "created"));
    }

    public static MinutesEntry minutes(ResultSet r, StatementContext ctx) throws SQLException {
        long caseId = r.getLong("case_id");
        Long c = r.wasNull() ? null : caseId; // before any other column is read: wasNull() is about the last one
        return new MinutesEntry(r.getLong("id"), r.getLong("meeting_id"), r.getString("item"), r.getString("title"),
                r.getInt("confidential") == 1, c, r.getString("notes"), Json.strings(r.getString("decisions")));
    }

    public static MeetingAction action(ResultSet r, StatementContext ctx) throws SQLException {
        long caseId = r.getLong("case_id");
        Long c = r.wasNull() ? null : caseId;
        long meetingId = r.getLong("meeting_id");
        Long m = r.wasNull() ? null : meetingId;
        return new MeetingAction(r.getLong("id"), r.getString("reference"), m, r.getString("item"), c,
                r.getString("description"), r.getString("owner"), r.getString("agency"), LocalDate.parse(r.getString("due")),
                MeetingAction.Status.valueOf(r.getString("status")), instant(r, "closed"), r.getString("closed_note"),
                instant(r, "recorded"), r.getInt("confidential") == 1, r.getString("strand"), r.getString("area"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        String v = r.getString(column);
        return v == null ? null : Instant.parse(v);
    }
}
