package org.safeguard.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.model.Meeting;
import org.sqlite.SQLiteDataSource;

/**
 * A home recorded before meetings could change (version 6) is upgraded so that the next
 * invitation updates the calendar event its invitees hold: each meeting's sequence carries on
 * from the last invitation version sent (whose SEQUENCE was its version less one).
 */
class MeetingChangesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void eachMeetingsSequenceCarriesOnFromItsLastInvitation() throws Exception {
        Path old = dir.resolve("v6.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + old);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (int id = 1; id <= 2; id++) {
                s.executeUpdate("INSERT INTO meeting (id, reference, area, meeting_type, type_name, starts_at, status, recorded) VALUES ("
                        + id + ", 'M0000" + id + "', 'an-area', 'panel', 'Panel', '2026-12-01T09:00:00Z', 'SCHEDULED', '2026-11-01T00:00:00Z')");
            }
            for (int v = 1; v <= 3; v++) {
                s.executeUpdate("INSERT INTO meeting_document (meeting_id, kind, version, fingerprint, created, created_by) VALUES (1, 'INVITATION', "
                        + v + ", 'f" + v + "', '2026-11-0" + v + "T00:00:00Z', 'a.coordinator')");
            }
            s.executeUpdate("INSERT INTO meeting_document (meeting_id, kind, version, fingerprint, created, created_by) "
                    + "VALUES (2, 'AGENDA', 4, 'a', '2026-11-05T00:00:00Z', 'a.coordinator')");
        }

        try (Store upgraded = Store.open(old, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC))) {
            Map<String, Integer> sequence = upgraded.inTransaction("t", tx -> tx.meetings().list()).stream()
                    .collect(Collectors.toMap(Meeting::reference, Meeting::sequence));
            assertEquals(Map.of("M00001", 2, "M00002", 0), sequence, "the third invitation carried SEQUENCE 2; an agenda is no invitation");
            Meeting m = upgraded.inTransaction("t", tx -> tx.meetings().require(1));
            assertNull(m.cancellation());
            Meeting cancelled = upgraded.inTransaction("t", tx -> tx.meetings().cancel(1, "Merged", "a.coordinator"));
            assertEquals(3, cancelled.sequence(), "a cancellation is one more");
            assertEquals("Merged", cancelled.cancellation().reason());
        }
    }
}
