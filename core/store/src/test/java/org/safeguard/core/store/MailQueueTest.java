package org.safeguard.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.store.internal.Database;
import org.sqlite.SQLiteDataSource;

class MailQueueTest {
    static final DocumentRef MINUTES = DocumentRef.of("minutes", 12, 3);

    @TempDir
    Path dir;
    Path file;
    MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    Store store;

    @BeforeEach
    void open() {
        file = dir.resolve("safeguard.db");
        store = Store.open(file, clock);
    }

    private MailMessage queue(String recipient, int resend) {
        return store.inTransaction("tester", tx -> {
            MailMessage m = tx.mailQueue().add(new NewMail(MINUTES, recipient, "A Worker", resend, "<" + resend + recipient + "@test>",
                    "MASE minutes", "MIME".getBytes(StandardCharsets.US_ASCII)));
            tx.disclosures().add(new NewDisclosure(MINUTES, DisclosedParts.OPEN, recipient, "A Worker", "Police",
                    "panel member; information sharing agreement"), m.id(), DisclosureOutcome.QUEUED, "");
            return m;
        });
    }

    @Test
    void theSameDocumentVersionIsQueuedOnceForARecipientHoweverTheAddressIsTyped() {
        MailMessage first = queue("Worker@Example.org", 0);
        assertEquals("worker@example.org", first.recipient());
        assertTrue(first.key().startsWith("minutes-12-v3-r"), first.key());
        assertFalse(first.key().contains("worker"), "the key names no one");
        assertThrows(SafeguardException.class, () -> queue(" worker@example.org ", 0));
        MailMessage again = queue("worker@example.org", 1);
        assertEquals(first.key() + "-resend1", again.key());
        assertEquals(1, store.inTransaction("t", tx -> tx.mailQueue().lastResend(MINUTES, "WORKER@example.org")).getAsInt());
        assertTrue(store.inTransaction("t", tx -> tx.mailQueue().lastResend(MINUTES, "other@example.org")).isEmpty());
    }

    @Test
    void aClaimedMessageIsNotClaimedAgainUntilItsClaimLapses() {
        MailMessage m = queue("worker@example.org", 0);
        Instant lapse = clock.instant().plus(Duration.ofMinutes(10));
        assertEquals(1, store.inTransaction("t", tx -> tx.mailQueue().due(10)).size());
        MailMessage claimed = store.inTransaction("t", tx -> tx.mailQueue().claim(m.id(), lapse)).orElseThrow();
        assertEquals(MailStatus.SENDING, claimed.status());
        assertEquals(1, claimed.attempts());
        assertTrue(store.inTransaction("t", tx -> tx.mailQueue().claim(m.id(), lapse)).isEmpty());
        assertTrue(store.inTransaction("t", tx -> tx.mailQueue().due(10)).isEmpty());
        clock.advance(Duration.ofMinutes(10));
        assertEquals(List.of(m.id()), store.inTransaction("t", tx -> tx.mailQueue().due(10)).stream().map(MailMessage::id).toList());
        assertEquals(2, store.inTransaction("t", tx -> tx.mailQueue().claim(m.id(), lapse.plus(Duration.ofMinutes(20)))).orElseThrow().attempts());
    }

    @Test
    void aMessageIsDueWithinTheSecondItsAttemptTimeComes() {
        MailMessage m = queue("worker@example.org", 0);
        store.useTransaction("t", tx -> tx.mailQueue().claim(m.id(), clock.instant().plusSeconds(600)));
        clock.advance(Duration.ofMillis(600_300));
        assertEquals(1, store.inTransaction("t", tx -> tx.mailQueue().due(10)).size(), "10:10:00.3 is after 10:10:00");
    }

    @Test
    void aSentMessageDropsItsBytesAndIsNeverChangedAgain() throws Exception {
        MailMessage m = queue("worker@example.org", 0);
        store.useTransaction("t", tx -> tx.mailQueue().claim(m.id(), clock.instant().plusSeconds(600)));
        MailMessage sent = store.inTransaction("t", tx -> tx.mailQueue().markSent(m.id()));
        assertEquals(MailStatus.SENT, sent.status());
        assertEquals(clock.instant(), sent.sent());
        assertNull(store.inTransaction("t", tx -> tx.mailQueue().content(m.id())).orElse(null));
        assertThrows(SafeguardException.class, () -> store.useTransaction("t", tx -> tx.mailQueue().retryLater(m.id(), clock.instant(), "x")));
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SQLException e = assertThrows(SQLException.class,
                    () -> raw.createStatement().executeUpdate("UPDATE mail_message SET status = 'QUEUED' WHERE id = " + m.id()));
            assertTrue(e.getMessage().contains("never changed"), e.getMessage());
            assertThrows(SQLException.class, () -> raw.createStatement().executeUpdate("DELETE FROM mail_message"));
        }
    }

    @Test
    void aFailedAttemptGoesBackToTheQueueWithItsErrorAndTheLastOneFailsIt() {
        MailMessage m = queue("worker@example.org", 0);
        store.useTransaction("t", tx -> tx.mailQueue().claim(m.id(), clock.instant().plusSeconds(600)));
        MailMessage later = store.inTransaction("t", tx -> tx.mailQueue().retryLater(m.id(), clock.instant().plusSeconds(60), "connection refused"));
        assertEquals(MailStatus.QUEUED, later.status());
        assertEquals("connection refused", later.lastError());
        assertTrue(store.inTransaction("t", tx -> tx.mailQueue().due(10)).isEmpty());
        clock.advance(Duration.ofSeconds(60));
        store.useTransaction("t", tx -> tx.mailQueue().claim(m.id(), clock.instant().plusSeconds(600)).orElseThrow());
        MailMessage failed = store.inTransaction("t", tx -> tx.mailQueue().markFailed(m.id(), "535 authentication failed"));
        assertEquals(MailStatus.FAILED, failed.status());
        assertEquals(2, failed.attempts());
        assertTrue(store.inTransaction("t", tx -> tx.mailQueue().content(m.id())).isPresent(), "an unsent message keeps its bytes");
        assertEquals(1, store.inTransaction("t", tx -> tx.mailQueue().counts()).get(MailStatus.FAILED));
    }

    @Test
    void theDisclosureLogIsAppendOnlyAndKeepsEveryOutcome() throws Exception {
        MailMessage m = queue("worker@example.org", 0);
        Disclosure d = store.inTransaction("t", tx -> tx.disclosures().forMail(m.id())).orElseThrow();
        assertEquals(DisclosureOutcome.QUEUED, d.outcome());
        assertEquals(MINUTES, d.document());
        assertEquals("Police", d.recipientAgency());
        assertEquals("tester", d.recordedBy());
        clock.advance(Duration.ofMinutes(1));
        Disclosure sent = store.inTransaction("t", tx -> tx.disclosures().recordOutcome(d.id(), DisclosureOutcome.SENT, "outbox"));
        assertEquals(DisclosureOutcome.SENT, sent.outcome());
        assertEquals(clock.instant(), sent.outcomeAt());
        assertEquals(d.disclosed(), sent.disclosed());
        assertEquals(List.of(DisclosureOutcome.QUEUED, DisclosureOutcome.SENT), store.inTransaction("t", tx -> tx.disclosures().outcomes(d.id())));
        assertEquals(1, store.inTransaction("t", tx -> tx.disclosures().forDocument("minutes", 12)).size());
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String sql : List.of("UPDATE disclosure SET basis = 'x'", "DELETE FROM disclosure",
                    "UPDATE disclosure_outcome SET outcome = 'FAILED'", "DELETE FROM disclosure_outcome",
                    // REPLACE deletes the conflicting row without firing DELETE triggers: refused before it can
                    "INSERT OR REPLACE INTO disclosure SELECT * FROM disclosure",
                    "REPLACE INTO disclosure_outcome SELECT * FROM disclosure_outcome",
                    "INSERT OR REPLACE INTO mail_message SELECT * FROM mail_message")) {
                SQLException e = assertThrows(SQLException.class, () -> raw.createStatement().executeUpdate(sql), sql);
                assertTrue(e.getMessage().contains("append-only") || e.getMessage().contains("never replaced"), e.getMessage());
            }
        }
    }

    @Test
    void aDisclosureWithoutBasisOrAgencyIsRefusedWithBothProblems() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.useTransaction("t",
                tx -> tx.disclosures().add(new NewDisclosure(MINUTES, DisclosedParts.OPEN_AND_CONFIDENTIAL, "x@example.org", null, " ", ""),
                        null, DisclosureOutcome.SENT, "export")));
        assertEquals(List.of("agency", "basis"), e.problems().stream().map(p -> p.subject()).toList());
        assertTrue(store.inTransaction("t", tx -> tx.disclosures().latest(5)).isEmpty());
    }

    @Test
    void aVersionOneHomeIsUpgradedInPlaceKeepingItsData() throws Exception {
        Path old = dir.resolve("old.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + old);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = ds.getConnection()) {
            c.createStatement().executeUpdate("INSERT INTO child (reference, recorded) VALUES ('C00001', '2026-01-01T00:00:00Z')");
            assertEquals(1, c.createStatement().executeQuery("PRAGMA user_version").getInt(1));
        }
        Store upgraded = Store.open(old, clock);
        assertEquals(1, upgraded.inTransaction("t", tx -> tx.children().list()).size());
        assertTrue(upgraded.inTransaction("t", tx -> tx.disclosures().latest(1)).isEmpty());
        try (Connection c = ds.getConnection()) {
            assertEquals(Database.SCHEMA_VERSION, c.createStatement().executeQuery("PRAGMA user_version").getInt(1));
        }
    }

    /** A clock the test moves by hand, so backoff and claims are tested without waiting. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
