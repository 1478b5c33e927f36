package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.app.CirculationService.Document;
import org.safeguard.core.app.MailService.State;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.Meeting;

class MailServiceTest {
    @TempDir
    Path tmp;
    AppFixture f;
    Meeting m;
    int port;

    @BeforeEach
    void panelWithTheServerDown() throws Exception {
        f = AppFixture.withArea(tmp, "lancashire");
        m = new Panel(f).meeting(1);
        port = CirculationServiceTest.freePort();
        Files.writeString(f.home().conf().resolve("safeguard.properties"), "mail.smtp.host=127.0.0.1\nmail.smtp.port=" + port
                + "\nmail.smtp.starttls=false\nmail.from=CSE Panel <cse-panel@example.org>\n");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anOutboxHomeSaysSoAndAnEmptyQueueIsEmpty() throws Exception {
        Files.delete(f.home().conf().resolve("safeguard.properties"));
        MailService.Queue q = f.app().mail().status(f.ctx());
        assertTrue(q.route().toOutbox());
        assertEquals(f.home().outbox(), q.route().outbox());
        assertEquals(List.of(), q.waiting());
        assertEquals(0, q.counts().get(State.QUEUED));
    }

    @Test
    void theQueueIsAnAuditedReadOfWhatWaits() {
        CirculationService.Sent sent = f.app().circulation().send(f.ctx(), m.id(), Document.AGENDA, false);
        assertEquals(3, sent.queued());
        assertEquals(3, sent.delivery().retrying(), "the server is down: " + sent.delivery());
        assertTrue(sent.delivery().troubled());
        assertEquals(3, sent.delivery().problems().size());
        assertTrue(sent.delivery().problems().stream().noneMatch(p -> p.contains("Robin")), sent.delivery().problems().toString());

        assertEquals(List.of(), f.audited("list", "mail_message"));
        MailService.Queue q = f.app().mail().status(f.as("another.coordinator"));
        assertFalse(q.route().toOutbox());
        assertEquals("127.0.0.1", q.route().host());
        assertEquals(port, q.route().port());
        assertEquals(3, q.counts().get(State.QUEUED));
        assertEquals(0, q.counts().get(State.SENT));
        assertEquals(3, q.waiting().size());
        for (MailService.Message msg : q.waiting()) {
            assertEquals(State.QUEUED, msg.state());
            assertEquals(1, msg.attempts());
            assertEquals(AppFixture.START.plus(Duration.ofMinutes(1)), msg.nextAttempt(), "retried after the first backoff");
            assertEquals("agenda", msg.document());
            assertTrue(msg.key().startsWith("agenda-"), msg.key());
        }
        List<AuditEntry> reads = f.audited("list", "mail_message");
        assertEquals(1, reads.size(), "the queue names recipients: reading it is audited");
        assertEquals("another.coordinator", reads.get(0).actor());
    }

    @Test
    void deliveryWaitsOutTheBackoffByTheRequestClockAndRetryNowDoesNot() {
        f.app().circulation().send(f.ctx(), m.id(), Document.AGENDA, false);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            MailService.Delivery early = f.app().mail().deliver(f.ctx(), false);
            assertEquals(0, early.sent(), "not due yet by the request's clock: " + early);
            assertEquals(3, early.stillQueued());
            assertEquals(0, smtp.getReceivedMessages().length);

            f.clock().advance(Duration.ofMinutes(2));
            MailService.Delivery due = f.app().mail().deliver(f.ctx(), false);
            assertEquals(3, due.sent(), due.toString());
            assertEquals(0, due.stillQueued());
            assertFalse(due.troubled());
            assertEquals(3, smtp.getReceivedMessages().length);
            assertTrue(f.app().disclosures().list(f.ctx()).stream().allMatch(d -> d.outcome() == DisclosureService.Outcome.SENT));
            MailService.Queue q = f.app().mail().status(f.ctx());
            assertEquals(3, q.counts().get(State.SENT));
            assertEquals(List.of(), q.waiting());
        } finally {
            smtp.stop();
        }

        // the server goes down again: a resend waits, and --now retries at once without waiting out the backoff
        f.app().circulation().send(f.ctx(), m.id(), Document.AGENDA, true);
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            assertEquals(0, f.app().mail().deliver(f.ctx(), false).sent());
            MailService.Delivery now = f.app().mail().deliver(f.ctx(), true);
            assertEquals(3, now.sent(), now.toString());
            assertEquals(1, f.audited("retry-now", "mail_message").size());
            assertEquals(AppFixture.ACTOR, f.audited("retry-now", "mail_message").get(0).actor());
            assertNull(f.app().mail().status(f.ctx()).waiting().stream().findFirst().orElse(null));
        } finally {
            smtp.stop();
        }
    }
}
