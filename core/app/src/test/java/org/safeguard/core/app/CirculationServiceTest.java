package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.app.CirculationService.Audience;
import org.safeguard.core.app.CirculationService.Document;
import org.safeguard.core.app.CirculationService.Format;
import org.safeguard.core.app.CirculationService.RenderRequest;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.store.NewMeeting;

class CirculationServiceTest {
    /**
     * What only the confidential part 2 of the agenda carries: its title, the cases' blocks with
     * the children's names and their case notes (persons, locations, referral narrative). (The
     * open part's review of actions names the cases its actions are on, as it always has.)
     */
    private static final List<String> CONFIDENTIAL = List.of("Part 2", "Cases", "CONFIDENTIAL", "Panelchild", "Robin", "case notes",
            "Adult 0", "Flat above the takeaway", "Share the safety plan");

    @TempDir
    Path tmp;
    AppFixture f;
    Meeting m;

    @BeforeEach
    void panel() {
        f = AppFixture.withArea(tmp, "lancashire");
        m = new Panel(f).meeting(3);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private CirculationService circulation() {
        return f.app().circulation();
    }

    @Test
    void previewsTheAgendaInFullAndRestrictedAndAuditsEachExport() {
        String full = circulation().preview(f.ctx(), new RenderRequest(m.id(), Document.AGENDA, Audience.FULL, Format.TEXT)).text();
        assertTrue(full.contains("Part 2: Cases"), full);
        assertTrue(full.contains("CSE 3 case notes: CSE-00001"), full);
        assertTrue(full.contains("Panelchild"), "the full agenda carries the case notes: " + full);
        assertTrue(full.contains("Hold the return interview 0"), "actions due carried to the review: " + full);
        assertTrue(full.contains("Flat above the takeaway 1"), "each case's own locations: " + full);

        String restricted = circulation().preview(f.ctx(), new RenderRequest(m.id(), Document.AGENDA, Audience.RESTRICTED, Format.TEXT)).text();
        assertTrue(restricted.contains("Opening"), restricted);
        for (String secret : CONFIDENTIAL) {
            assertFalse(restricted.contains(secret), "'" + secret + "' reached the restricted agenda:\n" + restricted);
        }

        CirculationService.Rendering pdf = circulation().preview(f.ctx(), new RenderRequest(m.id(), Document.AGENDA, Audience.FULL, Format.PDF));
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(pdf.bytes(), 4));
        assertThrows(IllegalStateException.class, pdf::text);

        List<AuditEntry> exports = f.audited("export", "meeting");
        assertEquals(List.of("agenda full TEXT", "agenda restricted TEXT", "agenda full PDF"), exports.stream().map(AuditEntry::details).toList());
        assertTrue(exports.stream().allMatch(e -> e.actor().equals(AppFixture.ACTOR) && e.entityId() == m.id() && e.at().equals(AppFixture.START)));
    }

    @Test
    void refusesToPreviewAnInvitationOrAMeetingThatDoesNotExist() {
        assertThrows(InvalidInputException.class,
                () -> circulation().preview(f.ctx(), new RenderRequest(m.id(), Document.INVITATION, Audience.FULL, Format.TEXT)));
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> circulation().preview(f.ctx(), new RenderRequest(m.id() + 99, Document.AGENDA, Audience.FULL, Format.TEXT)));
        assertEquals("no meeting with id " + (m.id() + 99), missing.getMessage());
        assertEquals(List.of(), f.audited("export", "meeting"), "nothing rendered, nothing audited");
    }

    @Test
    void sendsTheAgendaToEveryInviteeOverSmtpWithoutThePartTwoForTheRestrictedOne() throws Exception {
        int port = freePort();
        Files.writeString(f.home().conf().resolve("safeguard.properties"), "mail.smtp.host=127.0.0.1\nmail.smtp.port=" + port
                + "\nmail.smtp.starttls=false\nmail.from=CSE Panel <cse-panel@example.org>\n");
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            CirculationService.Sent sent = circulation().send(f.ctx(), m.id(), Document.AGENDA, false);
            assertEquals(1, sent.version());
            assertEquals(3, sent.queued());
            assertEquals(0, sent.skipped());
            assertEquals(3, sent.delivery().sent(), sent.delivery().toString());
            assertFalse(sent.delivery().troubled());
            MimeMessage[] received = smtp.getReceivedMessages();
            assertEquals(3, received.length);
            for (MimeMessage mail : received) {
                String to = mail.getAllRecipients()[0].toString();
                String raw = GreenMailUtil.getWholeMessage(mail);
                assertEquals("Multi-Agency CSE Meeting, Wednesday 25 November 2026 – agenda (" + m.reference() + ", v1)", mail.getSubject());
                assertFalse(mail.getSubject().contains("Panelchild") || mail.getSubject().contains("Robin"), mail.getSubject());
                String text = textParts(mail);
                assertTrue(text.contains("Opening"), text);
                if (to.contains("carer@example.org")) {
                    assertTrue(raw.contains(m.reference() + "-agenda-v1-open-part.pdf"), "the restricted copy's PDF is the open part");
                    for (String secret : CONFIDENTIAL) {
                        assertFalse(text.contains(secret), "'" + secret + "' reached the restricted invitee");
                    }
                } else {
                    assertTrue(raw.contains(m.reference() + "-agenda-v1.pdf"), raw.substring(0, Math.min(raw.length(), 2000)));
                    assertTrue(text.contains("Panelchild"), "a member's copy has the case notes");
                }
            }

            List<DisclosureService.Entry> log = f.app().disclosures().list(f.ctx());
            assertEquals(3, log.size());
            for (DisclosureService.Entry d : log) {
                assertEquals("agenda", d.document());
                assertEquals(1, d.version());
                assertEquals(DisclosureService.Outcome.SENT, d.outcome(), d.toString());
                assertEquals(d.recipient().equals("carer@example.org") ? DisclosureService.Parts.OPEN : DisclosureService.Parts.OPEN_AND_CONFIDENTIAL,
                        d.parts(), d.toString());
                assertFalse(d.basis().isBlank());
            }
            assertEquals(1, f.audited("list", "disclosure").size(), "reading the log is audited");

            CirculationService.Sent again = circulation().send(f.ctx(), m.id(), Document.AGENDA, false);
            assertEquals(0, again.queued(), "the same version goes once");
            assertEquals(3, again.skipped());
            assertEquals(3, smtp.getReceivedMessages().length);
            CirculationService.Sent resent = circulation().send(f.ctx(), m.id(), Document.AGENDA, true);
            assertEquals(3, resent.queued());
            assertEquals(1, resent.version(), "the same agenda is the same version");
            assertEquals(6, smtp.getReceivedMessages().length);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void otherCommandsWriteWhileThePapersRender() throws Exception {
        Meeting big = new Panel(f).meeting(60);
        long[] sendNanos = {0};
        Thread sender = new Thread(() -> {
            long start = System.nanoTime();
            circulation().send(f.ctx(), big.id(), Document.AGENDA, false);
            sendNanos[0] = System.nanoTime() - start;
        });
        sender.start();
        Thread.sleep(300);
        long worst = 0;
        int reads = 0;
        while (sender.isAlive() && reads < 20) {
            long start = System.nanoTime();
            f.app().audit().latest(f.ctx(), 1); // an audited read: it writes its audit entry
            worst = Math.max(worst, System.nanoTime() - start);
            reads++;
            Thread.sleep(50);
        }
        sender.join();
        assertTrue(reads > 0 && sendNanos[0] > 0, "the reads ran while the send did");
        // with the write lock held through the rendering, the first read would wait for most of the send
        assertTrue(worst < sendNanos[0] / 2, "a read waited " + worst / 1_000_000 + " ms of a " + sendNanos[0] / 1_000_000 + " ms send");
        assertEquals(3, f.app().disclosures().list(f.ctx()).stream().filter(d -> d.document().equals("agenda")).count());
    }

    @Test
    void messagesThatDidNotGoAreNeverCountedAsSent() throws Exception {
        int port = freePort(); // nothing listens there: the server is down
        Files.writeString(f.home().conf().resolve("safeguard.properties"), "mail.smtp.host=127.0.0.1\nmail.smtp.port=" + port
                + "\nmail.smtp.starttls=false\nmail.from=CSE Panel <cse-panel@example.org>\n");
        CirculationService.Sent first = circulation().send(f.ctx(), m.id(), Document.AGENDA, false);
        assertEquals(3, first.queued());
        assertEquals(3, first.delivery().retrying(), first.delivery().toString());

        CirculationService.Sent again = circulation().send(f.ctx(), m.id(), Document.AGENDA, false);
        assertEquals(0, again.queued());
        assertEquals(new CirculationService.Earlier(0, 3, 0, 0), again.earlier(), "queued earlier and still waiting, not sent");

        MailService.Delivery last = null;
        for (int attempt = 0; attempt < 20 && (last == null || last.failedInQueue() < 3); attempt++) {
            last = f.app().mail().deliver(f.ctx(), true);
        }
        assertEquals(3, last.failedInQueue(), "every attempt failed: " + last);
        MailService.Delivery nothingLeft = f.app().mail().deliver(f.ctx(), false);
        assertEquals(0, nothingLeft.sent());
        assertEquals(3, nothingLeft.failedInQueue(), "a run with nothing to do still says what failed before");
        assertTrue(nothingLeft.toString().contains("3 failed earlier"), nothingLeft.toString());

        CirculationService.Sent afterFailure = circulation().send(f.ctx(), m.id(), Document.AGENDA, false);
        assertEquals(new CirculationService.Earlier(0, 0, 0, 3), afterFailure.earlier(), "failed, not 'already sent'");
        assertEquals(0, afterFailure.delivery().sent());
    }

    @Test
    void aMessageCaughtOnTheWireIsReportedAsBeingSentNotAsWaiting() throws Exception {
        int port = freePort(); // nothing listens there: the three stay queued
        Files.writeString(f.home().conf().resolve("safeguard.properties"), "mail.smtp.host=127.0.0.1\nmail.smtp.port=" + port
                + "\nmail.smtp.starttls=false\nmail.from=CSE Panel <cse-panel@example.org>\n");
        assertEquals(3, circulation().send(f.ctx(), m.id(), Document.AGENDA, false).queued());
        // a run claims one and is killed with it on the wire: it stays marked as being sent until its claim lapses
        f.store(tx -> tx.mailQueue().retryNow());
        f.store(tx -> tx.mailQueue().claim(tx.mailQueue().withStatus(org.safeguard.core.store.MailStatus.QUEUED).get(0).id(),
                tx.now().plus(java.time.Duration.ofMinutes(10))).orElseThrow());

        CirculationService.Sent again = circulation().send(f.ctx(), m.id(), Document.AGENDA, false);
        assertEquals(new CirculationService.Earlier(0, 2, 1, 0), again.earlier(), "one being sent, two waiting");
        assertEquals(3, again.skipped());
        MailService.Delivery run = f.app().mail().deliver(f.ctx(), true);
        assertEquals(1, run.midSend(), run.toString());
        assertEquals(3, run.stillQueued(), "still not delivered, so the command says so: " + run);
        assertTrue(run.toString().contains("2 still queued, 1 mid-send"), run.toString());
    }

    @Test
    void invitationsGoToTheOutboxWithACalendarEventWhenNoServerIsConfigured() throws Exception {
        CirculationService.Sent sent = circulation().send(f.ctx(), m.id(), Document.INVITATION, false);
        assertEquals(3, sent.queued());
        assertEquals(3, sent.delivery().sent());
        List<Path> files;
        try (Stream<Path> list = Files.list(f.home().outbox())) {
            files = list.filter(p -> p.toString().endsWith(".eml")).toList();
        }
        assertEquals(3, files.size());
        for (Path eml : files) {
            String raw = Files.readString(eml);
            assertTrue(raw.contains("BEGIN:VEVENT"), "an invitation carries its calendar event");
            assertFalse(eml.getFileName().toString().contains("Panelchild"), eml.toString());
        }
        assertEquals(List.of("invitation", "invitation", "invitation"), f.app().disclosures().list(f.ctx()).stream()
                .map(DisclosureService.Entry::document).toList());
    }

    @Test
    void theSenderSignsWithTheNamePhoneAndReplyAddressTheSettingsGive() throws Exception {
        Files.writeString(f.home().conf().resolve("safeguard.properties"), "mail.from=CSE Panel <cse-panel@example.org>\n"
                + "mail.sender.name=A. Coordinator, CSE co-ordinator\nmail.sender.phone=01772 000000\nmail.replyTo=cse-team@example.org\n");
        circulation().send(f.ctx(), m.id(), Document.INVITATION, false);
        List<Path> files;
        try (Stream<Path> list = Files.list(f.home().outbox())) {
            files = list.filter(p -> p.toString().endsWith(".eml")).toList();
        }
        assertEquals(3, files.size());
        for (Path eml : files) {
            MimeMessage message = new MimeMessage(null, Files.newInputStream(eml));
            assertEquals("cse-team@example.org", ((jakarta.mail.internet.InternetAddress) message.getReplyTo()[0]).getAddress());
            String body = textParts(message);
            assertTrue(body.contains("A. Coordinator, CSE co-ordinator") && body.contains("01772 000000")
                    && body.contains("cse-team@example.org"), body);
            assertFalse(body.contains(AppFixture.ACTOR + "\n"), "signed with the name set, not the login: " + body);
        }
        Files.writeString(f.home().conf().resolve("safeguard.properties"), "mail.sender.phone=01772\u0007\nmail.replyTo=not an address\n");
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> circulation().send(f.ctx(), m.id(), Document.INVITATION, true));
        assertTrue(bad.getMessage().contains("mail.sender.phone") && bad.getMessage().contains("mail.replyTo"), bad.getMessage());
    }

    @Test
    void theChildNameGuardMatchesWholeNamesAndSaysWhoseAndWhere() {
        // a child surnamed Hall no longer blocks "County Hall", nor "Robin" a Robin Street venue
        f.store(tx -> {
            long child = tx.children().add(org.safeguard.core.store.NewChild.named("Hall", "Jo", java.time.LocalDate.of(2011, 2, 3))).id();
            long caseId = tx.cases().open(child, Panel.LANCASHIRE, java.time.LocalDate.of(2026, 9, 2)).id();
            tx.meetings().addCase(m.id(), caseId, false);
            return null;
        });
        assertEquals(3, circulation().send(f.ctx(), m.id(), Document.INVITATION, false).queued());

        String reference = f.store(tx -> tx.children().withIds(List.of(1L)).get(1L).reference());
        Meeting named = f.store(tx -> {
            Meeting x = tx.meetings().schedule(new NewMeeting(Panel.AREA, Panel.TYPE, "Multi-Agency CSE Meeting", Panel.AT, null,
                    "Family home of ROBIN0  panelchild", null, "C. Chair"));
            tx.meetings().addCase(x.id(), 1L, false);
            tx.meetings().invite(x.id(), "S. Worker", "worker@csc.example.org", "childrens-social-care", null, false, null, null);
            return x;
        });
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> circulation().send(f.ctx(), named.id(), Document.INVITATION, false));
        assertTrue(e.getMessage().contains("meeting location (the venue or call details): must not name a child (it contains the full name of child "
                + reference + ")"), e.getMessage());
        assertFalse(e.getMessage().toLowerCase().contains("panelchild"), e.getMessage());
    }

    @Test
    void anAgendaReadBeforeTheMeetingCallsAnActionDueBeforeItOpenNotOverdue() {
        // the clock is 18 November; the action is due on the 20th; the meeting is on the 25th
        RenderRequest agenda = new RenderRequest(m.id(), Document.AGENDA, Audience.FULL, Format.TEXT);
        String early = circulation().preview(f.ctx(), agenda).text();
        String line = early.lines().filter(l -> l.contains("Hold the return interview 0")).findFirst().orElseThrow(() -> new AssertionError(early));
        assertTrue(line.contains("Open") && !line.contains("Overdue"), line);

        f.clock().set(java.time.Instant.parse("2026-11-26T09:00:00Z"));
        String after = circulation().preview(f.ctx(), agenda).text();
        assertTrue(after.lines().anyMatch(l -> l.contains("Hold the return interview 0") && l.contains("Overdue")), after);
    }

    @Test
    void refusesToSendToNobodyAndMinutesThatAreNotRecorded() {
        long empty = f.store(tx -> tx.meetings().schedule(new NewMeeting(Panel.AREA, Panel.TYPE, "Multi-Agency CSE Meeting",
                Panel.AT.plusSeconds(86_400 * 28), null, "Room 2", null, null)).id());
        RefusedException nobody = assertThrows(RefusedException.class, () -> circulation().send(f.ctx(), empty, Document.AGENDA, false));
        assertEquals("nobody-invited", nobody.rule());
        assertFalse(nobody.getMessage().contains("safeguard"), "no command-line hint in the service's words: " + nobody.getMessage());

        SafeguardException noMinutes = assertThrows(SafeguardException.class, () -> circulation().send(f.ctx(), m.id(), Document.MINUTES, false));
        assertTrue(noMinutes.getMessage().contains("no minutes are recorded"), noMinutes.getMessage());
        assertEquals(List.of(), f.app().disclosures().list(f.ctx()), "nothing went");
    }

    /** The text and HTML bodies of a message, decoded. */
    private static String textParts(Part p) throws Exception {
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                out.append(textParts(mp.getBodyPart(i)));
            }
            return out.toString();
        }
        return p.isMimeType("text/plain") || p.isMimeType("text/html") ? (String) p.getContent() : "";
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
