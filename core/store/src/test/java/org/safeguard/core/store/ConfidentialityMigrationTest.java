package org.safeguard.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.MeetingAction;
import org.sqlite.SQLiteDataSource;

/**
 * A home recorded before actions kept their item's confidentiality (version 3) is upgraded so
 * that nothing it holds reaches a restricted audience: each action takes its item's
 * confidentiality from the minutes, an action whose item was never minuted is confidential, and
 * a family invitee who was sent every part is restricted from now on.
 */
class ConfidentialityMigrationTest {
    @TempDir
    Path dir;

    @Test
    void actionsTakeTheirItemsConfidentialityAndFamilyInviteesBecomeRestricted() throws Exception {
        Path old = dir.resolve("v3.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + old);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO meeting (id, reference, area, meeting_type, type_name, starts_at, status, recorded)
                    VALUES (1, 'M00001', 'an-area', 'panel', 'Panel', '2026-10-01T09:00:00Z', 'HELD', '2026-09-01T00:00:00Z')""");
            s.executeUpdate("INSERT INTO minutes_entry (meeting_id, item, title, confidential) VALUES (1, '1.2', 'Review', 0)");
            s.executeUpdate("INSERT INTO minutes_entry (meeting_id, item, title, confidential) VALUES (1, '2.2', 'Cases', 1)");
            for (String[] a : List.of(new String[] {"A00001", "1.2"}, new String[] {"A00002", "2.2"}, new String[] {"A00003", "3.1"})) {
                s.executeUpdate("INSERT INTO meeting_action (reference, meeting_id, item, description, owner, agency, due, status, recorded) "
                        + "VALUES ('" + a[0] + "', 1, '" + a[1] + "', 'Do it', 'An owner', 'police', '2026-10-20', 'OPEN', '2026-10-01T12:00:00Z')");
            }
            s.executeUpdate("INSERT INTO meeting_invitee (meeting_id, name, email, agency, restricted) VALUES (1, 'P. Carer', 'carer@example.org', 'family', 0)");
            s.executeUpdate("INSERT INTO meeting_invitee (meeting_id, name, email, agency, restricted) VALUES (1, 'A. Officer', 'a@police.example.org', 'police', 0)");
        }

        Store upgraded = Store.open(old, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
        Map<String, Boolean> confidential = upgraded.inTransaction("t", tx -> tx.actions().forMeeting(1)).stream()
                .collect(Collectors.toMap(MeetingAction::item, MeetingAction::confidential));
        assertEquals(Map.of("1.2", false, "2.2", true, "3.1", true), confidential);
        Map<String, Boolean> restricted = upgraded.inTransaction("t", tx -> tx.meetings().invitees(1)).stream()
                .collect(Collectors.toMap(Invitee::agency, Invitee::restricted));
        assertEquals(Map.of("family", true, "police", false), restricted);
        Invitee carer = upgraded.inTransaction("t", tx -> tx.meetings().invitees(1)).get(0);
        assertNull(carer.unrestrictedReason());
    }
}
