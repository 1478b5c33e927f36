package org.safeguard.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * A home whose disclosures were logged before they recorded their children (version 6) is
 * upgraded with each full copy of an agenda or minutes concerning the children of its meeting's
 * panel, and open parts and invitations concerning none.
 */
class DisclosedChildrenMigrationTest {
    @TempDir
    Path dir;

    @Test
    void fullCopiesOfEarlierPapersTakeTheirPanelsChildren() throws Exception {
        Path old = dir.resolve("v6.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + old);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (int i = 1; i <= 3; i++) {
                s.executeUpdate("INSERT INTO child (id, reference, family_name, given_name, recorded) VALUES (" + i + ", 'C0000" + i
                        + "', 'Example', 'Sam', '2026-09-01T00:00:00Z')");
                s.executeUpdate("INSERT INTO safeguarding_case (id, reference, child_id, area, status, opened, recorded) VALUES (" + i
                        + ", 'CSE-0000" + i + "', " + i + ", 'an-area', 'OPEN', '2026-09-01', '2026-09-01T00:00:00Z')");
            }
            s.executeUpdate("""
                    INSERT INTO meeting (id, reference, area, meeting_type, type_name, starts_at, status, recorded)
                    VALUES (1, 'M00001', 'an-area', 'panel', 'Panel', '2026-10-01T09:00:00Z', 'SCHEDULED', '2026-09-01T00:00:00Z')""");
            s.executeUpdate("INSERT INTO meeting_case (meeting_id, case_id) VALUES (1, 1), (1, 3)");
            s.executeUpdate("""
                    INSERT INTO meeting_document (id, meeting_id, kind, version, fingerprint, created, created_by) VALUES
                    (1, 1, 'AGENDA', 1, 'f', '2026-09-20T00:00:00Z', 'x'), (2, 1, 'INVITATION', 1, 'g', '2026-09-20T00:00:00Z', 'x')""");
            String insert = "INSERT INTO disclosure (id, document_kind, document_id, document_version, parts, recipient, recipient_agency, "
                    + "basis, disclosed, recorded_by) VALUES ";
            s.executeUpdate(insert + "(1, 'agenda', 1, 1, 'OPEN_AND_CONFIDENTIAL', 'a@police.example.org', 'police', 'member', "
                    + "'2026-09-20T00:00:00Z', 'x')");
            s.executeUpdate(insert + "(2, 'agenda', 1, 1, 'OPEN', 'carer@example.org', 'family', 'open part', '2026-09-20T00:00:00Z', 'x')");
            s.executeUpdate(insert + "(3, 'invitation', 2, 1, 'OPEN_AND_CONFIDENTIAL', 'a@police.example.org', 'police', 'member', "
                    + "'2026-09-20T00:00:00Z', 'x')");
        }

        try (Store upgraded = Store.open(old, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC))) {
            Map<Long, List<Long>> children = upgraded.inTransaction("t", tx -> tx.disclosures().childrenOf(List.of(1L, 2L, 3L)));
            assertEquals(Map.of(1L, List.of(1L, 3L)), children);
            assertEquals(List.of(1L), upgraded.inTransaction("t", tx -> tx.disclosures().matching(3L, 1L, null, null)).stream()
                    .map(Disclosure::id).toList());
        }
    }
}
