package org.safeguard.core.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.store.DisclosedParts;
import org.safeguard.core.store.Disclosure;
import org.safeguard.core.store.DisclosureOutcome;
import org.safeguard.core.mail.internal.OutboxChannel;
import org.safeguard.core.store.DocumentRef;
import org.safeguard.core.store.MailMessage;
import org.safeguard.core.store.MailStatus;
import org.safeguard.core.store.Store;

class MailerTest {
    static final DocumentRef MINUTES = DocumentRef.of("minutes", 7, 2);
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final Instant MEETING = Instant.parse("2026-03-09T10:00:00Z");

    @TempDir
    Path home;
    TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(home.resolve("safeguard.db"), clock);
    }

    private Path outbox() {
        return home.resolve("outbox");
    }

    static OutgoingMail.Builder minutes(String address, String name) {
        return OutgoingMail.builder(MINUTES, Recipient.of(address, name, "Lancashire Constabulary"))
                .parts(DisclosedParts.OPEN)
                .basis("MASE panel member; Pan-Lancashire information sharing agreement")
                .subject("MASE minutes, 2 March 2026")
                .body("Minutes of the MASE meeting.\nSee the attached PDF.", "<p>Minutes of the <b>MASE</b> meeting.</p>");
    }

    static OutgoingMail invitation(String address) {
        return minutes(address, "Sam Officer")
                .attach(Attachment.pdf("mase-minutes-2026-03-02.pdf", PDF))
                .invite(new CalendarInvite("meeting-7@safeguard.example.org", 0, MEETING, MEETING.plus(Duration.ofHours(2)),
                        "MASE, Preston", "County Hall, Room 3; Preston", new CalendarInvite.Person("chair@example.org", "Panel Chair"),
                        List.of()))
                .forbidInHeaders(List.of("Zoë Example", "Alex Sample"))
                .build();
    }

    private Disclosure disclosureOf(MailMessage m) {
        return store.inTransaction("t", tx -> tx.disclosures().forMail(m.id())).orElseThrow();
    }

    private MailMessage reload(MailMessage m) {
        return store.inTransaction("t", tx -> tx.mailQueue().require(m.id()));
    }

    @Test
    void smtpDeliveryArrivesAsTextHtmlCalendarAndPdfWithItsHeaders() throws Exception {
        try (Smtp smtp = new Smtp(GreenMailConfiguration.aConfig()).start()) {
            Mailer mailer = new Mailer(store, smtp.settings(null, null), outbox());
            MailMessage queued = mailer.enqueue("worker", invitation("sam.officer@police.example.org"), false).message();
            DeliveryReport report = mailer.deliverPending();
            assertEquals(1, report.sent(), report.toString());
            assertEquals(0, report.stillQueued());

            MimeMessage[] received = smtp.server().getReceivedMessages();
            assertEquals(1, received.length);
            MimeMessage m = received[0];
            assertEquals("cse-panel@example.org", ((InternetAddress) m.getFrom()[0]).getAddress());
            assertEquals("CSE Panel", ((InternetAddress) m.getFrom()[0]).getPersonal());
            assertEquals("sam.officer@police.example.org", ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress());
            assertEquals("MASE minutes, 2 March 2026", m.getSubject());
            assertEquals(Date.from(Instant.parse("2026-03-02T09:00:00Z")), m.getSentDate());
            assertEquals(queued.messageId(), m.getMessageID());

            assertTrue(m.isMimeType("multipart/mixed"), m.getContentType());
            MimeMultipart mixed = (MimeMultipart) m.getContent();
            assertEquals(2, mixed.getCount());
            BodyPart body = mixed.getBodyPart(0);
            assertTrue(body.isMimeType("multipart/alternative"), body.getContentType());
            MimeMultipart alternative = (MimeMultipart) body.getContent();
            assertEquals(3, alternative.getCount());
            assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
            assertTrue(((String) alternative.getBodyPart(0).getContent()).contains("See the attached PDF."));
            assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
            assertTrue(((String) alternative.getBodyPart(1).getContent()).contains("<b>MASE</b>"));
            BodyPart calendar = alternative.getBodyPart(2);
            assertTrue(calendar.isMimeType("text/calendar"), calendar.getContentType());
            assertTrue(calendar.getContentType().toLowerCase().contains("method=request"), calendar.getContentType());
            // unfolded: long lines are folded at 75 octets as RFC 5545 requires
            String ics = new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", "");
            for (String line : List.of("METHOD:REQUEST", "BEGIN:VEVENT", "UID:meeting-7@safeguard.example.org", "DTSTAMP:20260302T090000Z",
                    "DTSTART:20260309T100000Z", "DTEND:20260309T120000Z", "SUMMARY:MASE\\, Preston",
                    "LOCATION:County Hall\\, Room 3\\; Preston", "ORGANIZER;CN=Panel Chair:mailto:chair@example.org",
                    "ATTENDEE;CN=Sam Officer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sam.officer@police.example.org")) {
                assertTrue(ics.contains(line + "\r\n"), () -> line + " missing from\n" + ics);
            }
            BodyPart pdf = mixed.getBodyPart(1);
            assertTrue(pdf.isMimeType("application/pdf"), pdf.getContentType());
            assertEquals("mase-minutes-2026-03-02.pdf", pdf.getFileName());
            assertEquals(BodyPart.ATTACHMENT, pdf.getDisposition());
            try (InputStream in = pdf.getInputStream()) {
                assertArrayEquals(PDF, in.readAllBytes());
            }

            Disclosure d = disclosureOf(queued);
            assertEquals(DisclosureOutcome.SENT, d.outcome());
            assertEquals("smtp 127.0.0.1:" + smtp.port, d.outcomeDetail());
            assertEquals(MailStatus.SENT, reload(queued).status());
        }
    }

    @Test
    void outboxFileNamesNameTheMeetingAndDocumentBeforeTheKey() {
        MailMessage m = new MailMessage(1, "agenda-37-v2-r1a2b3c4d5e6", new DocumentRef("agenda", 37, 2), "a@example.org", null, 0,
                "<id@example.org>", "Łódź MACSE panel, 10 December 2026 – agenda (M00005, v2)", MailStatus.QUEUED, 0, clock.instant(),
                null, clock.instant(), null);
        assertEquals("lodz-macse-panel-10-december-2026-agenda-m00005-v2.agenda-37-v2-r1a2b3c4d5e6.eml", OutboxChannel.fileName(m));
        MailMessage longer = new MailMessage(2, "minutes-3-v1-rffffffffffff-resend1", new DocumentRef("minutes", 3, 1), "a@example.org",
                null, 1, "<id2@example.org>", "x".repeat(200) + " – minutes", MailStatus.QUEUED, 0, clock.instant(), null, clock.instant(), null);
        assertEquals("x".repeat(80) + ".minutes-3-v1-rffffffffffff-resend1.eml", OutboxChannel.fileName(longer),
                "a long subject is cut; the key, with its resend counter, is kept whole");
    }

    @Test
    void theOutboxGetsAWellFormedEmlFileThatJakartaMailReadsBack() throws Exception {
        Mailer mailer = new Mailer(store, MailSettings.outbox("CSE Panel <cse-panel@example.org>"), outbox());
        MailMessage queued = mailer.enqueue("worker", minutes("sam.officer@police.example.org", "Sam Officer").build(), false).message();
        assertEquals(1, mailer.deliverPending().sent());

        Path eml = outbox().resolve("mase-minutes-2-march-2026." + queued.key() + ".eml");
        assertTrue(Files.isRegularFile(eml));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(eml)));
        try (Stream<Path> files = Files.list(outbox())) {
            assertEquals(List.of(eml), files.toList(), "no temporary file is left behind");
        }
        MimeMessage m;
        try (InputStream in = Files.newInputStream(eml)) {
            m = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertEquals("cse-panel@example.org", ((InternetAddress) m.getFrom()[0]).getAddress());
        assertEquals("sam.officer@police.example.org", ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress());
        assertEquals(Date.from(clock.instant()), m.getSentDate());
        assertEquals(queued.messageId(), m.getMessageID());
        MimeMultipart alternative = (MimeMultipart) m.getContent();
        assertTrue(m.isMimeType("multipart/alternative"));
        assertTrue(((String) alternative.getBodyPart(0).getContent()).startsWith("Minutes of the MASE meeting."));
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));

        assertEquals(DisclosureOutcome.SENT, disclosureOf(queued).outcome());
        assertEquals("outbox", disclosureOf(queued).outcomeDetail());
        assertEquals(0, mailer.deliverPending().sent(), "a written message is not written again");
    }

    @Test
    void whileTheServerIsDownMessagesWaitWithBackoffAndGoExactlyOnceWhenItIsUp() throws Exception {
        try (Smtp smtp = new Smtp(GreenMailConfiguration.aConfig())) {
            Mailer mailer = new Mailer(store, smtp.settings(null, null), outbox());
            MailMessage first = mailer.enqueue("worker", minutes("one@example.org", null).build(), false).message();
            MailMessage second = mailer.enqueue("worker", minutes("two@example.org", null).build(), false).message();

            DeliveryReport down = mailer.deliverPending();
            assertEquals(0, down.sent());
            assertEquals(2, down.retrying());
            assertEquals(2, down.stillQueued());
            MailMessage waiting = reload(first);
            assertEquals(MailStatus.QUEUED, waiting.status());
            assertEquals(1, waiting.attempts());
            assertEquals(clock.instant().plus(Duration.ofMinutes(1)), waiting.nextAttempt());
            assertTrue(waiting.lastError().contains("127.0.0.1:" + smtp.port), waiting.lastError());
            assertFalse(waiting.lastError().contains("MASE minutes"), "the reason never quotes the message");
            assertEquals(DisclosureOutcome.QUEUED, disclosureOf(first).outcome());

            assertEquals(0, mailer.deliverPending().retrying(), "nothing is tried again before its time");
            clock.advance(Duration.ofMinutes(1));
            mailer.deliverPending();
            assertEquals(2, reload(second).attempts());
            assertEquals(clock.instant().plus(Duration.ofMinutes(5)), reload(second).nextAttempt());

            smtp.start();
            clock.advance(Duration.ofMinutes(5));
            DeliveryReport up = mailer.deliverPending();
            assertEquals(2, up.sent(), up.toString());
            assertEquals(0, up.stillQueued());
            assertEquals(0, mailer.deliverPending().sent());
            clock.advance(Duration.ofHours(1));
            assertEquals(0, mailer.deliverPending().sent());
            assertEquals(2, smtp.server().getReceivedMessages().length, "each message arrives exactly once");
            assertEquals(List.of(DisclosureOutcome.QUEUED, DisclosureOutcome.SENT),
                    store.inTransaction("t", tx -> tx.disclosures().outcomes(disclosureOf(first).id())));
        }
    }

    @Test
    void aRecipientRefusedForGoodFailsAtOnceInsteadOfBeingRetriedForADay() throws Exception {
        try (ScriptedSmtp smtp = new ScriptedSmtp(ScriptedSmtp.Behaviour.REFUSE_RECIPIENT)) {
            Mailer mailer = new Mailer(store, smtp.settings(), outbox(), RetryPolicy.DEFAULT);
            MailMessage queued = mailer.enqueue("worker", minutes("gone@example.org", null).build(), false).message();
            DeliveryReport run = mailer.deliverPending();
            assertEquals(1, run.failed(), run.toString());
            assertEquals(0, run.retrying());
            MailMessage failed = reload(queued);
            assertEquals(MailStatus.FAILED, failed.status());
            assertEquals(1, failed.attempts());
            assertTrue(failed.lastError().contains("550"), failed.lastError());
            assertTrue(disclosureOf(queued).outcomeDetail().startsWith("refused by the server: "), disclosureOf(queued).outcomeDetail());
        }
    }

    @Test
    void aServerThatGoesSilentCostsOneTimeoutAndTheRestWaitUntouched() throws Exception {
        try (ScriptedSmtp smtp = new ScriptedSmtp(ScriptedSmtp.Behaviour.SILENT_AFTER_DATA)) {
            Mailer mailer = new Mailer(store, smtp.settings().withTimeout(Duration.ofSeconds(1)), outbox(), RetryPolicy.DEFAULT);
            MailMessage first = mailer.enqueue("worker", minutes("one@example.org", null).build(), false).message();
            MailMessage second = mailer.enqueue("worker", minutes("two@example.org", null).build(), false).message();
            MailMessage third = mailer.enqueue("worker", minutes("three@example.org", null).build(), false).message();
            long start = System.nanoTime();
            DeliveryReport run = mailer.deliverPending();
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds < 10, "one timeout, not one per message: " + seconds + " s");
            assertEquals(1, run.retrying(), run.toString());
            assertEquals(3, run.stillQueued());
            assertTrue(run.problems().stream().anyMatch(p -> p.contains("stopped answering")), run.problems().toString());
            assertEquals(1, reload(first).attempts());
            assertEquals(0, reload(second).attempts(), "not tried: it waits for the next run");
            assertEquals(0, reload(third).attempts());
            assertEquals(MailStatus.QUEUED, reload(second).status());
        }
    }

    @Test
    void aRefusedLoginIsRetriedThenFailsWithTheServersReasonAndSoDoesItsDisclosure() throws Exception {
        try (Smtp smtp = new Smtp(GreenMailConfiguration.aConfig().withUser("mailer@example.org", "mailer", "right-password")).start()) {
            Mailer mailer = new Mailer(store, smtp.settings("mailer", "wrong-password"), outbox(), RetryPolicy.DEFAULT.withMaxAttempts(2));
            MailMessage queued = mailer.enqueue("worker", minutes("one@example.org", null).build(), false).message();

            DeliveryReport first = mailer.deliverPending();
            assertEquals(1, first.retrying());
            String reason = reload(queued).lastError();
            assertTrue(reason.contains("535"), reason);
            assertFalse(reason.contains("wrong-password"), reason);

            clock.advance(Duration.ofMinutes(1));
            DeliveryReport last = mailer.deliverPending();
            assertEquals(1, last.failed(), last.toString());
            assertEquals(0, last.stillQueued());
            assertTrue(last.problems().get(0).startsWith(queued.key() + ": "), last.problems().toString());
            MailMessage failed = reload(queued);
            assertEquals(MailStatus.FAILED, failed.status());
            assertTrue(failed.lastError().contains("535"), failed.lastError());
            Disclosure d = disclosureOf(queued);
            assertEquals(DisclosureOutcome.FAILED, d.outcome());
            assertTrue(d.outcomeDetail().startsWith("after 2 attempts: "), d.outcomeDetail());
            assertEquals(0, smtp.server().getReceivedMessages().length);
            clock.advance(Duration.ofDays(1));
            assertEquals(0, mailer.deliverPending().failed(), "a failed message is not tried again");
        }
    }

    @Test
    void withStarttlsRequiredNothingGoesInClearToAServerWithoutTls() throws Exception {
        try (Smtp smtp = new Smtp(GreenMailConfiguration.aConfig()).start()) {
            MailSettings tls = MailSettings.smtp("127.0.0.1", smtp.port, true, null, null, "cse-panel@example.org");
            Mailer mailer = new Mailer(store, tls, outbox());
            MailMessage queued = mailer.enqueue("worker", minutes("one@example.org", null).build(), false).message();
            DeliveryReport report = mailer.deliverPending();
            assertEquals(0, report.sent());
            assertEquals(1, report.retrying());
            assertEquals(0, smtp.server().getReceivedMessages().length);
            assertEquals(MailStatus.QUEUED, reload(queued).status());
            assertTrue(reload(queued).lastError().contains("STARTTLS is required"), reload(queued).lastError());
        }
    }

    @Test
    void aMessageLeftSendingByACrashIsResumedWithTheSameMessageIdAndNothingElseIsSentTwice() throws Exception {
        try (Smtp smtp = new Smtp(GreenMailConfiguration.aConfig()).start()) {
            Mailer mailer = new Mailer(store, smtp.settings(null, null), outbox());
            MailMessage a = mailer.enqueue("worker", minutes("a@example.org", null).build(), false).message();
            MailMessage b = mailer.enqueue("worker", minutes("b@example.org", null).build(), false).message();
            assertEquals(2, mailer.deliverPending().sent());
            MailMessage c = mailer.enqueue("worker", minutes("c@example.org", null).build(), false).message();

            // a run claims C, puts it on the wire, and dies before it can record SENT
            byte[] bytes = store.inTransaction(Mailer.ACTOR, tx -> {
                tx.mailQueue().claim(c.id(), tx.now().plus(RetryPolicy.DEFAULT.claim())).orElseThrow();
                return tx.mailQueue().content(c.id()).orElseThrow();
            });
            Properties p = new Properties();
            p.setProperty("mail.smtp.host", "127.0.0.1");
            p.setProperty("mail.smtp.port", String.valueOf(smtp.port));
            MimeMessage onTheWire = new MimeMessage(Session.getInstance(p), new ByteArrayInputStream(bytes));
            try (Transport wire = Session.getInstance(p).getTransport("smtp")) {
                wire.connect();
                wire.sendMessage(onTheWire, new InternetAddress[] {new InternetAddress("c@example.org")});
            }
            assertEquals(MailStatus.SENDING, reload(c).status());

            DeliveryReport held = mailer.deliverPending();
            assertEquals(0, held.sent(), "a claimed message is left alone until its claim lapses");
            assertEquals(1, held.midSend(), "reported as being sent, not as waiting in the queue: " + held);
            assertTrue(held.toString().endsWith("0 still queued, 1 mid-send"), held.toString());
            clock.advance(RetryPolicy.DEFAULT.claim());
            DeliveryReport resumed = mailer.deliverPending();
            assertEquals(1, resumed.sent(), resumed.toString());
            assertEquals(MailStatus.SENT, reload(c).status());
            assertEquals(2, reload(c).attempts());

            List<String> ids = Arrays.stream(smtp.server().getReceivedMessages()).map(m -> {
                try {
                    return m.getMessageID();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(1, ids.stream().filter(a.messageId()::equals).count());
            assertEquals(1, ids.stream().filter(b.messageId()::equals).count());
            assertEquals(2, ids.stream().filter(c.messageId()::equals).count(), "only the message cut at the wire is seen twice, same Message-ID");
            assertEquals(4, ids.size());
        }
    }

    @Test
    void theSameDocumentVersionGoesToARecipientOnceUnlessResent() {
        Mailer mailer = new Mailer(store, MailSettings.outbox(null), outbox());
        Enqueued first = mailer.enqueue("worker", minutes("sam.officer@police.example.org", null).build(), false);
        Enqueued again = mailer.enqueue("worker", minutes("Sam.Officer@Police.example.org", null).build(), false);
        assertTrue(first.queued());
        assertTrue(again.skipped());
        assertEquals(first.message().id(), again.message().id());
        assertTrue(again.describe().contains("already queued"), again.describe());
        assertEquals(1, store.inTransaction("t", tx -> tx.disclosures().forDocument("minutes", 7)).size());

        Enqueued resent = mailer.enqueue("worker", minutes("sam.officer@police.example.org", null).build(), true);
        assertTrue(resent.queued());
        assertEquals(first.message().key() + "-resend1", resent.message().key());
        assertNotEquals(first.message().messageId(), resent.message().messageId());
        assertTrue(mailer.enqueue("worker", minutes("other@example.org", null).build(), false).queued());
        assertEquals(3, store.inTransaction("t", tx -> tx.disclosures().forDocument("minutes", 7)).size());
        assertEquals(3, mailer.deliverPending().sent());
    }

    @Test
    void aSubjectNamingAChildIsRefusedWithoutRepeatingTheNameAndNothingIsQueued() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> minutes("a@example.org", null)
                .subject("Minutes re ZOE example").forbidInHeaders(List.of("Zoë Example")).build());
        assertEquals("subject", e.problems().get(0).subject());
        assertTrue(e.getMessage().contains("must not name a child"), e.getMessage());
        assertFalse(e.getMessage().toLowerCase().contains("zoe"), e.getMessage());

        assertThrows(InvalidInputException.class, () -> minutes("a@example.org", null)
                .attach(Attachment.pdf("alex-sample-minutes.pdf", PDF)).forbidInHeaders(List.of("Alex Sample", "alex-sample")).build());
        assertThrows(InvalidInputException.class, () -> LeastData.requireSafeSubject("Strategy meeting: Alex", List.of("alex")));
        LeastData.requireSafeSubject("Strategy meeting, CSE-00012", List.of("Alex", " "));
        // whole names, as whole words: a family name inside a place or a web address is not the child
        LeastData.requireSafeSubject("Room 2, County Hall; meet.example.org/panel", List.of("Jo Hall", "Sam Example"));
        assertEquals("subject: must not name a child (it contains an alternative name of child C00004); use the meeting type and date "
                + "or a case reference — every server and inbox on the way sees it", LeastData.checkNames("subject", "Re: jo-jo (Hall)",
                List.of(new LeastData.Name("Jo Hall", "the full name of child C00004"), new LeastData.Name("Jo-Jo", "an alternative name of child C00004")))
                .orElseThrow().toString());
        assertEquals(0, store.inTransaction("t", tx -> tx.mailQueue().counts()).get(MailStatus.QUEUED));
    }

    @Test
    void everyQueuedMessageHasItsDisclosureWithPartsBasisAndOutcome() {
        Mailer mailer = new Mailer(store, MailSettings.outbox(null), outbox());
        MailMessage open = mailer.enqueue("worker", minutes("police@example.org", "Sam Officer").build(), false).message();
        MailMessage full = mailer.enqueue("worker", minutes("csc@example.org", "Kim Worker").parts(DisclosedParts.OPEN_AND_CONFIDENTIAL)
                .basis("Allocated social worker; s47 enquiry").build(), false).message();

        Disclosure d1 = disclosureOf(open);
        assertEquals(MINUTES, d1.document());
        assertEquals(DisclosedParts.OPEN, d1.parts());
        assertEquals("police@example.org", d1.recipient());
        assertEquals("Lancashire Constabulary", d1.recipientAgency());
        assertEquals("worker", d1.recordedBy());
        assertEquals(DisclosureOutcome.QUEUED, d1.outcome());
        Disclosure d2 = disclosureOf(full);
        assertEquals(DisclosedParts.OPEN_AND_CONFIDENTIAL, d2.parts());
        assertEquals("Allocated social worker; s47 enquiry", d2.basis());

        mailer.deliverPending();
        assertEquals(DisclosureOutcome.SENT, disclosureOf(open).outcome());
        assertEquals(DisclosureOutcome.SENT, disclosureOf(full).outcome());
        assertEquals(2, store.inTransaction("t", tx -> tx.disclosures().latest(10)).size(), "outcomes add history, not disclosures");
    }

    @Test
    void aMessageWithoutBasisAgencyOrValidAddressIsRefusedListingEveryProblem() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OutgoingMail.builder(MINUTES, Recipient.of("not an address", null, " ")).subject("MASE minutes").body("t", "h").build());
        assertEquals(List.of("recipient", "agency", "basis"), e.problems().stream().map(p -> p.subject()).toList());
    }
}
