package org.safeguard.core.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.statement.StatementContext;
import org.safeguard.core.store.DisclosedParts;
import org.safeguard.core.store.Disclosure;
import org.safeguard.core.store.DisclosureOutcome;
import org.safeguard.core.store.DocumentRef;
import org.safeguard.core.store.MailMessage;
import org.safeguard.core.store.MailStatus;

/** Row mappers for the mail queue and the disclosure log. */
public final class MailRows {
    private MailRows() {
    }

    public static MailMessage message(ResultSet r, StatementContext ctx) throws SQLException {
        return new MailMessage(r.getLong("id"), r.getString("message_key"), document(r), r.getString("recipient"),
                r.getString("recipient_name"), r.getInt("resend"), r.getString("message_id"), r.getString("subject"),
                MailStatus.valueOf(r.getString("status")), r.getInt("attempts"), instant(r, "next_attempt"),
                r.getString("last_error"), instant(r, "created"), instant(r, "sent"));
    }

    /** From the {@code disclosure_log} view: a disclosure with its latest outcome. */
    public static Disclosure disclosure(ResultSet r, StatementContext ctx) throws SQLException {
        long mail = r.getLong("mail_message_id");
        Long mailId = r.wasNull() ? null : mail;
        String outcome = r.getString("outcome");
        return new Disclosure(r.getLong("id"), document(r), DisclosedParts.valueOf(r.getString("parts")),
                r.getString("recipient"), r.getString("recipient_name"), r.getString("recipient_agency"), r.getString("basis"),
                instant(r, "disclosed"), mailId, r.getString("recorded_by"),
                outcome == null ? null : DisclosureOutcome.valueOf(outcome), instant(r, "outcome_at"), r.getString("outcome_detail"));
    }

    private static DocumentRef document(ResultSet r) throws SQLException {
        return new DocumentRef(r.getString("document_kind"), r.getLong("document_id"), r.getInt("document_version"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        String v = r.getString(column);
        return v == null ? null : Instant.parse(v);
    }
}
