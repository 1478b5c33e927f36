package org.safeguard.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * A home whose decision and screening were sealed at version 10, before later migrations added
 * a column to each sealed table (V11 {@code decision.approved_by}, V15 {@code screening.notes}),
 * still verifies once upgraded; and a change made to such a column outside Safeguard is still
 * caught.
 */
class SealedBeforeMigrationTest {
    private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void rowsSealedBeforeAColumnWasAddedVerifyAndAChangeToItIsCaught() throws Exception {
        Path old = dir.resolve("v10.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + old);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("10").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO child (id, reference, family_name, given_name, recorded) VALUES (1, 'C00001', 'Example', 'Sam',"
                    + " '2026-09-01T00:00:00Z')");
            s.executeUpdate("INSERT INTO safeguarding_case (id, reference, child_id, area, status, opened, recorded) VALUES (1, 'CSE-00001', 1,"
                    + " 'an-area', 'OPEN', '2026-09-01', '2026-09-01T00:00:00Z')");
            s.executeUpdate("INSERT INTO decision (id, case_id, kind, decision, reasons, decided_by, decided_on, recorded_by, recorded)"
                    + " VALUES (1, 1, 'refer', 'Referred', 'Criteria met', 'A. Manager', '2026-10-01', 'x', '2026-10-01T09:00:00Z')");
            s.executeUpdate("INSERT INTO checklist_version (checklist_id, version, definition, fingerprint, first_used) VALUES"
                    + " ('an-area.screening', '1', '{}', 'f', '2026-10-01T09:00:00Z')");
            s.executeUpdate("INSERT INTO screening (id, case_id, child_id, checklist_id, checklist_version, answers, complete, proposals, rules,"
                    + " assessor, recorded) VALUES (1, 1, 1, 'an-area.screening', '1', '{\"q\":\"yes\"}', 1, '[\"refer\"]', '[]', 'x',"
                    + " '2026-10-01T09:00:00Z')");
        }
        // sealed as version 10 sealed them: the digest of every column the table then had
        Jdbi.create(ds).useHandle(h -> {
            AuditTrail trail = new AuditTrail(h, "x", AT);
            trail.record("add", "decision", 1L, "case=1", AuditTrail.Sealed.DECISION, 1);
            trail.record("add", "screening", 1L, "case=1", AuditTrail.Sealed.SCREENING, 1);
        });

        try (Store upgraded = Store.open(old, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC))) {
            AuditTrail.Verification v = upgraded.inTransaction("auditor", tx -> tx.audit().verify(null, null));
            assertEquals(List.of(), v.problems(), "both rows were sealed before their table had the new column");
            assertEquals(2, v.records());
        }
        // outside Safeguard: past the screening's trigger, a note written into the row after the fact
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER screening_append_only_u");
            s.executeUpdate("UPDATE screening SET notes = '{\"q\":\"added later\"}' WHERE id = 1");
        }
        try (Store upgraded = Store.open(old, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC))) {
            AuditTrail.Verification v = upgraded.inTransaction("auditor", tx -> tx.audit().verify(null, null));
            assertEquals(1, v.problems().size(), v.problems().toString());
            assertTrue(v.problems().get(0).startsWith("screening 1 no longer matches"), v.problems().toString());
        }
    }
}
