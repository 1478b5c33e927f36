package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator's month through the shipped command line: the demo's outbox, redaction for a
 * restricted invitee, the quorum gate on minutes, and delivery to a real SMTP server
 * (GreenMail) including a server that is down and comes back.
 */
class MeetingsIT {
    /** Every name of every fictional child the demo makes. */
    private static final List<String> DEMO_NAMES = List.of("Alex", "Example", "Jordan", "Sample", "Sam", "Fictional", "Casey",
            "Demonstration", "Morgan", "Testcase", "Taylor", "Illustration");

    /** PDFBox (used here only to read the attached PDFs back) chats about fonts; a strong reference keeps it quiet. */
    private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        PDFBOX.setLevel(java.util.logging.Level.SEVERE);
    }

    @TempDir
    Path dir;

    /** One message as it was written or received, with its parts taken apart. */
    record Mail(MimeMessage message, String text, String html, byte[] pdf, String calendar) {
        static Mail of(MimeMessage m) throws Exception {
            List<Part> leaves = new ArrayList<>();
            collect(m, leaves);
            String text = null;
            String html = null;
            byte[] pdf = null;
            String calendar = null;
            for (Part p : leaves) {
                if (p.isMimeType("text/plain") && text == null) {
                    text = (String) p.getContent();
                } else if (p.isMimeType("text/html")) {
                    html = (String) p.getContent();
                } else if (p.isMimeType("application/pdf")) {
                    pdf = bytes(p.getInputStream());
                } else if (p.isMimeType("text/calendar")) {
                    calendar = p.getContent() instanceof String s ? s : new String(bytes(p.getInputStream()), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return new Mail(m, text, html, pdf, calendar);
        }

        static Mail read(Path eml) throws Exception {
            try (InputStream in = Files.newInputStream(eml)) {
                return of(new MimeMessage(jakarta.mail.Session.getInstance(new Properties()), in));
            }
        }

        String to() throws Exception {
            return message.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString();
        }

        String pdfText() throws IOException {
            try (PDDocument doc = PDDocument.load(pdf)) {
                return new PDFTextStripper().getText(doc);
            }
        }

        private static void collect(Part p, List<Part> out) throws Exception {
            if (p.isMimeType("multipart/*")) {
                Multipart mp = (Multipart) p.getContent();
                for (int i = 0; i < mp.getCount(); i++) {
                    BodyPart child = mp.getBodyPart(i);
                    collect(child, out);
                }
            } else {
                out.add(p);
            }
        }

        private static byte[] bytes(InputStream in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static List<Path> outbox(Path home) throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("outbox"))) {
            return files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
    }

    @Test
    void theDemoMonthLeavesWellFormedMessagesThatNameNoChild() throws Exception {
        Path home = dir.resolve("demo");
        Safeguard.Result demo = Safeguard.exec(List.of(Safeguard.BIN.toString(), "demo", "--home", home.toString()), dir);
        assertEquals(0, demo.exit(), demo.toString());
        assertTrue(demo.out().contains("The coordinator's month"), demo.out());

        List<Path> files = outbox(home);
        assertEquals(36, files.size(), "invitation, agenda and minutes to the 12 invited agencies: " + files);
        Set<String> messageIds = new HashSet<>();
        int invitations = 0;
        for (Path f : files) {
            Mail mail = Mail.read(f);
            MimeMessage m = mail.message();
            assertNotNull(m.getFrom(), f + " has a From");
            assertNotNull(m.getSentDate(), f + " has a Date");
            assertNotNull(m.getMessageID(), f + " has a Message-ID");
            assertTrue(messageIds.add(m.getMessageID()), "Message-IDs are unique: " + m.getMessageID());
            assertTrue(mail.to().contains("@"), f + " has a To");
            assertNotNull(mail.text(), f + " has a plain-text part");
            assertNotNull(mail.html(), f + " has an HTML part");
            String subject = m.getSubject();
            assertTrue(subject.startsWith("Multi-Agency CSE Meeting, "), subject);
            assertTrue(subject.contains("(M00001, v1)"), subject);
            for (String name : DEMO_NAMES) {
                assertFalse(subject.contains(name), "the subject names a child: " + subject);
                assertFalse(f.getFileName().toString().contains(name), "the file name names a child: " + f);
            }
            if (subject.contains("invitation")) {
                invitations++;
                assertNotNull(mail.calendar(), f + " carries an iCalendar event");
                assertTrue(mail.calendar().contains("METHOD:REQUEST"), mail.calendar());
                assertTrue(mail.calendar().contains("BEGIN:VEVENT"), mail.calendar());
                String unfolded = mail.calendar().replace("\r\n ", "");
                assertTrue(unfolded.contains("ORGANIZER;CN=") && unfolded.contains(":mailto:safeguard@localhost") && !unfolded.contains("mailto:Safeguard <"),
                        "the organiser is a bare address: " + unfolded);
            } else {
                assertNotNull(mail.pdf(), f + " has the PDF attached");
                assertArrayEquals("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), java.util.Arrays.copyOf(mail.pdf(), 4));
            }
        }
        assertEquals(12, invitations);

        Safeguard.Result disclosures = Safeguard.run(home, "disclosures", "list", "--json");
        assertEquals(0, disclosures.exit(), disclosures.toString());
        List<Object> log = disclosures.jsonList();
        assertEquals(36, log.size(), "one disclosure per recipient per document");
        for (Object row : log) {
            assertEquals("SENT", ((Map<?, ?>) row).get("outcome"), row.toString());
            assertNotNull(((Map<?, ?>) row).get("basis"), row.toString());
        }
        Safeguard.Result actions = Safeguard.run(home, "actions", "list", "--json");
        assertEquals(4, actions.jsonList().size(), actions.toString());

        Safeguard.Result again = Safeguard.run(home, "meeting", "send", "1", "--doc", "agenda", "--json");
        assertEquals(0, again.exit(), again.toString());
        assertEquals(0, ((Number) again.json().get("queued")).intValue(), "the same version is not sent twice");
        assertEquals(12, ((Number) again.json().get("skipped")).intValue());
        Map<?, ?> held = (Map<?, ?>) Safeguard.run(home, "meeting", "show", "1", "--json").json().get("papers");
        assertEquals(1, ((Number) held.get("sentVersion")).intValue(), held.toString());
        Map<String, Object> coming = Safeguard.run(home, "meeting", "show", "2", "--json").json();
        Map<?, ?> papers = (Map<?, ?>) coming.get("papers");
        String startsAt = (String) coming.get("startsAt");
        assertEquals(java.time.LocalDate.ofInstant(java.time.Instant.parse(startsAt), java.time.ZoneId.of("Europe/London")).minusDays(7).toString(),
                papers.get("due"), "the Lancashire agenda goes 7 days before: " + papers);
        assertNull(papers.get("sentVersion"), papers.toString());

        Safeguard.Result next = Safeguard.run(home, "meeting", "agenda", "2", "--format", "text");
        assertEquals(0, next.exit(), next.toString());
        String discharge = next.out().substring(next.out().indexOf("Cases proposed for discharge"));
        assertTrue(discharge.contains("CSE-00001"), "the case the minutes proposed for discharge: " + discharge);
        String review = next.out().substring(next.out().indexOf("Review of actions"), next.out().indexOf("Cases proposed for discharge"));
        assertTrue(review.contains("Hold the return interview"), "actions carried to the next meeting: " + review);
        assertTrue(next.out().contains("Minutes of the previous meeting: To agree the minutes of the meeting of"), next.out());

        Safeguard.Result minutesAgain = Safeguard.run(home, "meeting", "send", "1", "--doc", "minutes", "--json");
        assertEquals(0, ((Number) minutesAgain.json().get("queued")).intValue(), minutesAgain.toString());
        assertEquals(1, ((Number) minutesAgain.json().get("version")).intValue(), "scheduling the next meeting makes no v2: " + minutesAgain);
        assertEquals(36, outbox(home).size());
        Safeguard.Result early = Safeguard.run(home, "meeting", "agree-minutes", "M00001", "--at", "M00002");
        assertEquals(1, early.exit(), early.toString());
        assertTrue(early.err().contains("M00002 has not been held"), early.err());
    }

    /** A Lancashire home with one case on a scheduled panel, and a restricted invitee. */
    private Path panelWithParent(String childFamilyName) throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, Safeguard.run(home, "init", "--area", "lancashire").exit());
        Safeguard.Result referral = Safeguard.run(home, "referral", "add", "--referrer-name", "D. Worker", "--referrer-agency",
                "Example High School", "--date", "2026-11-02", "--family-name", childFamilyName, "--first-name", "Robin",
                "--dob", "03/04/2011", "--ethnicity", "W1", "--basis", "missing", "--signs", "absent-or-missing",
                "--details", "Seen with older adults at a flat of concern.", "--json");
        assertEquals(0, referral.exit(), referral.toString());
        String caseId = String.valueOf(referral.json().get("case"));
        Safeguard.Result scheduled = Safeguard.run(home, "meeting", "schedule", "--type", "multi-agency-cse", "--at", "2026-12-01T10:00",
                "--venue", "Room 2, County Hall, Preston", "--chair", "C. Chair", "--case", caseId, "--json");
        assertEquals(0, scheduled.exit(), scheduled.toString());
        assertEquals(1, ((Number) scheduled.json().get("id")).intValue());
        Safeguard.Result invited = Safeguard.run(home, "meeting", "invite", "1", "--name", "P. Carer", "--email", "carer@example.org",
                "--agency", "family");
        assertEquals(0, invited.exit(), invited.toString());
        assertTrue(invited.out().contains("restricted: confidential parts are never sent"), "family is restricted by default: " + invited);
        return home;
    }

    @Test
    void familyReceivesEveryPartOnlyWithAReasonOnRecord() throws Exception {
        Path home = panelWithParent("Reasontest");
        Safeguard.Result refused = Safeguard.run(home, "meeting", "invite", "1", "--name", "F. Carer", "--email", "foster@example.org",
                "--agency", "family", "--unrestricted");
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("give --reason TEXT with --unrestricted"), refused.err());
        Safeguard.Result both = Safeguard.run(home, "meeting", "invite", "1", "--name", "F. Carer", "--email", "foster@example.org",
                "--agency", "family", "--unrestricted", "--restricted");
        assertEquals(2, both.exit(), "--restricted and --unrestricted are exclusive: " + both);
        Safeguard.Result granted = Safeguard.run(home, "meeting", "invite", "1", "--name", "F. Carer", "--email", "foster@example.org",
                "--agency", "family", "--unrestricted", "--reason", "Approved foster carer, at the chair's request");
        assertEquals(0, granted.exit(), granted.toString());
        Safeguard.Result show = Safeguard.run(home, "meeting", "show", "M00001");
        assertTrue(show.out().contains("F. Carer <foster@example.org> (family), not a member, sent every part: Approved foster carer, "
                + "at the chair's request"), show.out());
        assertTrue(show.out().contains("P. Carer <carer@example.org> (family), restricted"), show.out());
    }

    @Test
    void aRestrictedInviteeNeverReceivesTheConfidentialPart() throws Exception {
        Path home = panelWithParent("Redactiontest");

        Safeguard.Result full = Safeguard.run(home, "meeting", "agenda", "1", "--format", "text");
        assertEquals(0, full.exit(), full.toString());
        assertTrue(full.out().contains("CSE-00001"), full.out());
        assertTrue(full.out().contains("Redactiontest"), "the full agenda carries the case notes: " + full.out());
        Safeguard.Result restricted = Safeguard.run(home, "meeting", "agenda", "1", "--format", "text", "--audience", "restricted");
        assertEquals(0, restricted.exit(), restricted.toString());
        assertRedacted(restricted.out());
        assertTrue(restricted.out().contains("Opening"), "the open parts are there: " + restricted.out());

        Safeguard.Result sent = Safeguard.run(home, "meeting", "send", "1", "--doc", "agenda");
        assertEquals(0, sent.exit(), sent.toString());
        boolean sawParent = false;
        boolean sawMember = false;
        for (Path f : outbox(home)) {
            Mail mail = Mail.read(f);
            if (mail.to().contains("carer@example.org")) {
                sawParent = true;
                assertRedacted(mail.text());
                assertRedacted(mail.html());
                assertRedacted(mail.pdfText());
                assertFalse(mail.message().getSubject().contains("Redactiontest"));
            } else {
                sawMember = true;
                assertTrue(mail.pdfText().contains("CSE-00001"), "a member's PDF has the case");
            }
        }
        assertTrue(sawParent && sawMember);
        List<Object> log = Safeguard.run(home, "disclosures", "list", "--json").jsonList();
        Map<?, ?> carer = log.stream().map(o -> (Map<?, ?>) o).filter(d -> d.get("recipient").equals("carer@example.org")).findFirst().orElseThrow();
        assertEquals("OPEN", carer.get("parts"));
        assertTrue(log.stream().map(o -> (Map<?, ?>) o).filter(d -> !d.get("recipient").equals("carer@example.org"))
                .allMatch(d -> d.get("parts").equals("OPEN_AND_CONFIDENTIAL")));
    }

    private static void assertRedacted(String rendering) {
        assertNotNull(rendering);
        for (String secret : List.of("CSE-00001", "Redactiontest", "Robin", "Cases", "CONFIDENTIAL", "case notes", "flat of concern")) {
            assertFalse(rendering.contains(secret), "'" + secret + "' reached a restricted rendering:\n" + rendering);
        }
    }

    @Test
    void minutesOfAnInquorateMeetingAreNotIssuedAndTheMissingAgenciesAreNamed() throws Exception {
        Path home = panelWithParent("Quorumtest");
        Path minutes = dir.resolve("minutes.json");
        Files.writeString(minutes, """
                {"attendance": [{"name": "DS A. Officer", "agency": "police", "status": "present"},
                                {"name": "E. Teacher", "agency": "education", "status": "present"},
                                {"name": "S. Worker", "agency": "childrens-social-care", "status": "apologies"}],
                 "items": [{"item": "1.1", "notes": "Apologies from children's social care."}]}
                """);
        Safeguard.Result imported = Safeguard.run(home, "meeting", "minutes", "1", "--import", minutes.toString());
        assertEquals(0, imported.exit(), imported.toString());
        assertTrue(imported.out().contains("cannot be issued"), imported.out());

        Safeguard.Result send = Safeguard.run(home, "meeting", "send", "1", "--doc", "minutes");
        assertEquals(1, send.exit(), send.toString());
        assertTrue(send.err().contains("cannot be issued as decisions"), send.err());
        assertTrue(send.err().contains("Children's social care"), "names the missing agency: " + send.err());
        assertFalse(send.err().contains("Exception"), send.err());
        assertEquals(List.of(), outbox(home), "nothing was sent");
        assertEquals(List.of(), Safeguard.run(home, "disclosures", "list", "--json").jsonList());
    }

    @Test
    void minutesAndActionsRecordedFromTheCommandLineAppearInTheMinutes() throws Exception {
        Path home = panelWithParent("Clitest");
        Safeguard.Result item = Safeguard.run(home, "meeting", "minutes", "1", "--item", "2.2", "--notes", "Reviewed the safety plan.",
                "--decision", "Stays on the panel");
        assertEquals(0, item.exit(), item.toString());
        Safeguard.Result wrongItem = Safeguard.run(home, "meeting", "minutes", "1", "--item", "2.9", "--notes", "x");
        assertEquals(1, wrongItem.exit(), wrongItem.toString());
        assertTrue(wrongItem.err().contains("there is no item 2.9"), wrongItem.err());
        Safeguard.Result wrongAgency = Safeguard.run(home, "actions", "add", "--meeting", "1", "--item", "2.2", "--case", "CSE-00001",
                "--agency", "polise", "--owner", "DS A. Officer", "--due", "2026-12-10", "--description", "Hold the return interview");
        assertEquals(1, wrongAgency.exit(), wrongAgency.toString());
        assertTrue(wrongAgency.err().contains("did you mean 'police'"), wrongAgency.err());
        Safeguard.Result added = Safeguard.run(home, "actions", "add", "--meeting", "1", "--item", "2.2", "--case", "CSE-00001",
                "--agency", "police", "--owner", "DS A. Officer", "--due", "2026-12-10", "--description", "Hold the return interview");
        assertEquals(0, added.exit(), added.toString());
        assertTrue(added.out().contains("A00001"), added.out());

        Safeguard.Result minutes = Safeguard.run(home, "meeting", "minutes", "1", "--format", "text");
        assertEquals(0, minutes.exit(), minutes.toString());
        assertTrue(minutes.out().contains("Reviewed the safety plan."), minutes.out());
        assertTrue(minutes.out().contains("Stays on the panel"), minutes.out());
        assertTrue(minutes.out().contains("Hold the return interview"), minutes.out());
        Safeguard.Result restricted = Safeguard.run(home, "meeting", "minutes", "1", "--format", "text", "--audience", "restricted");
        assertFalse(restricted.out().contains("Reviewed the safety plan.") || restricted.out().contains("Hold the return interview"),
                "the item is in the confidential part: " + restricted.out());

        // the next meeting reviews the action: its full agenda shows it, a parent's never does
        Safeguard.Result next = Safeguard.run(home, "meeting", "schedule", "--type", "multi-agency-cse", "--at", "2027-01-07T10:00",
                "--venue", "Room 3, County Hall, Preston", "--case", "CSE-00001", "--json");
        assertEquals(0, next.exit(), next.toString());
        Safeguard.Result review = Safeguard.run(home, "meeting", "agenda", "M00002", "--format", "text");
        assertTrue(review.out().contains("CSE-00001: Hold the return interview"), review.out());
        for (String format : List.of("text", "html")) {
            Safeguard.Result parentsReview = Safeguard.run(home, "meeting", "agenda", "M00002", "--format", format, "--audience", "restricted");
            assertEquals(0, parentsReview.exit(), parentsReview.toString());
            assertTrue(parentsReview.out().contains("Review of actions from the last meeting"), parentsReview.out());
            assertFalse(parentsReview.out().contains("Hold the return interview") || parentsReview.out().contains("CSE-00001"),
                    "an action agreed in the confidential part reached the restricted review of actions: " + parentsReview.out());
        }
        Safeguard.Result withNext = Safeguard.run(home, "meeting", "minutes", "1", "--format", "text");
        assertTrue(withNext.out().contains("Next meeting: Thursday 7 January 2027 at 10:00, Room 3, County Hall, Preston"), withNext.out());
        assertFalse(withNext.out().contains("view object"), withNext.out());

        assertEquals(0, Safeguard.run(home, "actions", "done", "A00001", "--note", "Held").exit());
        Map<?, ?> action = (Map<?, ?>) Safeguard.run(home, "actions", "list", "--all", "--json").jsonList().get(0);
        assertEquals("done", String.valueOf(action.get("status")).toLowerCase(), action.toString());
    }

    @Test
    void aMeetingIsChangedItsPanelAndInviteesTrimmedAndCancelledFromTheCommandLine() throws Exception {
        Path home = panelWithParent("Changetest");
        assertEquals(0, Safeguard.run(home, "meeting", "send", "1", "--doc", "invitation").exit());
        String uid = null;
        for (Path f : outbox(home)) {
            String ics = Mail.read(f).calendar().replace("\r\n ", "");
            assertTrue(ics.contains("\r\nSEQUENCE:0\r\n"), ics);
            uid = ics.replaceAll("(?s).*\r\nUID:([^\r\n]*).*", "$1");
        }
        int invited = outbox(home).size();

        Safeguard.Result nothing = Safeguard.run(home, "meeting", "change", "1");
        assertEquals(2, nothing.exit(), "no option is a usage error: " + nothing);
        Safeguard.Result backwards = Safeguard.run(home, "meeting", "change", "1", "--at", "2026-12-08T10:00", "--until", "2026-12-08T09:00");
        assertEquals(1, backwards.exit(), backwards.toString());
        assertTrue(backwards.err().contains("until"), backwards.err());
        Safeguard.Result changed = Safeguard.run(home, "meeting", "change", "1", "--at", "2026-12-08T10:00", "--venue", "Room 9, Town Hall",
                "--json");
        assertEquals(0, changed.exit(), changed.toString());
        assertEquals(1, ((Number) changed.json().get("sequence")).intValue(), changed.toString());
        assertEquals(List.of("start", "venue"), changed.json().get("changed"));
        assertEquals(0, Safeguard.run(home, "meeting", "send", "1", "--doc", "invitation").exit());
        List<Path> all = outbox(home);
        assertEquals(2 * invited, all.size(), "the update goes to every invitee");
        int updates = 0;
        for (Path f : all) {
            String ics = Mail.read(f).calendar().replace("\r\n ", "");
            if (ics.contains("\r\nSEQUENCE:1\r\n")) {
                updates++;
                assertTrue(ics.contains("\r\nUID:" + uid + "\r\n"), "the same event: " + ics);
                assertTrue(ics.contains("LOCATION:Room 9\\, Town Hall"), ics);
            }
        }
        assertEquals(invited, updates);

        Safeguard.Result stranger = Safeguard.run(home, "meeting", "uninvite", "1", "--email", "nobody@example.org");
        assertEquals(1, stranger.exit(), stranger.toString());
        assertTrue(stranger.err().contains("'nobody@example.org' is not invited to M00001"), stranger.err());
        Safeguard.Result uninvited = Safeguard.run(home, "meeting", "uninvite", "1", "--email", "carer@example.org");
        assertEquals(0, uninvited.exit(), uninvited.toString());
        assertTrue(uninvited.out().contains("carer@example.org is no longer invited to M00001; 1 cancellation"), uninvited.out());

        Safeguard.Result notOn = Safeguard.run(home, "meeting", "cases", "1", "--remove", "CSE-00009");
        assertEquals(1, notOn.exit(), notOn.toString());
        Safeguard.Result removed = Safeguard.run(home, "meeting", "cases", "1", "--remove", "CSE-00001", "--json");
        assertEquals(0, removed.exit(), removed.toString());
        assertEquals(List.of(), removed.json().get("cases"));

        Safeguard.Result noReason = Safeguard.run(home, "meeting", "cancel", "1");
        assertEquals(2, noReason.exit(), "--reason is required: " + noReason);
        Safeguard.Result cancelled = Safeguard.run(home, "meeting", "cancel", "1", "--reason", "The chair is unwell", "--json");
        assertEquals(0, cancelled.exit(), cancelled.toString());
        assertEquals(invited - 1, ((List<?>) cancelled.json().get("notified")).size(), cancelled.toString());
        assertFalse(((List<?>) cancelled.json().get("notified")).contains("carer@example.org"), "the carer had theirs");
        int cancels = 0;
        for (Path f : outbox(home)) {
            Mail mail = Mail.read(f);
            String ics = mail.calendar().replace("\r\n ", "");
            if (ics.contains("METHOD:CANCEL")) {
                cancels++;
                assertTrue(ics.contains("\r\nUID:" + uid + "\r\n") && ics.contains("STATUS:CANCELLED"), ics);
                assertFalse(ics.contains("SEQUENCE:0\r\n") || ics.contains("SEQUENCE:1\r\n"), "higher than the update's: " + ics);
                assertFalse(mail.message().getSubject().contains("Changetest") || mail.text().contains("Changetest")
                        || mail.text().contains("CSE-00001") || mail.text().contains("unwell"), mail.text());
            }
        }
        assertEquals(invited, cancels, "one to the carer, one to each of the others");
        Safeguard.Result show = Safeguard.run(home, "meeting", "show", "1");
        assertTrue(show.out().contains("Status cancelled") && show.out().contains("by " + Safeguard.LOGIN + ": The chair is unwell"), show.out());
        assertTrue(Safeguard.run(home, "meeting", "list").out().contains("(cancelled: The chair is unwell)"));
        Safeguard.Result papers = Safeguard.run(home, "meeting", "send", "1", "--doc", "agenda");
        assertEquals(1, papers.exit(), papers.toString());
        assertTrue(papers.err().contains("was cancelled"), papers.err());
        Safeguard.Result again = Safeguard.run(home, "meeting", "change", "1", "--venue", "Room 2");
        assertEquals(1, again.exit(), again.toString());
        assertEquals(invited, Safeguard.run(home, "disclosures", "list", "--json").jsonList().stream()
                .filter(d -> "cancellation".equals(((Map<?, ?>) d).get("document"))).count());
    }

    @Test
    void withSmtpConfiguredMailReachesTheServerOnceAndWaitsWhileItIsDown() throws Exception {
        Path home = panelWithParent("Smtptest");
        int port = freePort();
        Files.writeString(home.resolve("conf/safeguard.properties"), "mail.smtp.host=127.0.0.1\nmail.smtp.port=" + port
                + "\nmail.smtp.starttls=false\nmail.from=CSE Panel <cse-panel@example.org>\n");

        // The server is down: the agenda stays queued, with a clear message and no stack trace.
        Safeguard.Result down = Safeguard.run(home, "meeting", "send", "1", "--doc", "agenda", "--json");
        assertEquals(1, down.exit(), down.toString());
        assertEquals(13, ((Number) down.json().get("queued")).intValue(), down.toString());
        assertEquals(0, ((Number) down.json().get("sent")).intValue());
        assertEquals(13, ((Number) down.json().get("stillQueued")).intValue());
        Safeguard.Result status = Safeguard.run(home, "mail", "status", "--json");
        assertEquals(13, ((Number) ((Map<?, ?>) status.json().get("counts")).get("queued")).intValue(), status.toString());
        assertTrue(status.out().contains("127.0.0.1:" + port), status.out());

        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Safeguard.Result deliver = Safeguard.run(home, "mail", "deliver", "--now", "--json");
            assertEquals(0, deliver.exit(), deliver.toString());
            assertEquals(13, ((Number) deliver.json().get("sent")).intValue(), deliver.toString());
            assertEquals(13, smtp.getReceivedMessages().length);

            Safeguard.Result nothingLeft = Safeguard.run(home, "mail", "deliver", "--now", "--json");
            assertEquals(0, ((Number) nothingLeft.json().get("sent")).intValue(), nothingLeft.toString());

            Safeguard.Result invitation = Safeguard.run(home, "meeting", "send", "1", "--doc", "invitation", "--json");
            assertEquals(0, invitation.exit(), invitation.toString());
            assertEquals(13, ((Number) invitation.json().get("sent")).intValue());
            Safeguard.Result repeat = Safeguard.run(home, "meeting", "send", "1", "--doc", "invitation", "--json");
            assertEquals(0, ((Number) repeat.json().get("queued")).intValue(), "no duplicates: " + repeat);
            assertEquals(26, smtp.getReceivedMessages().length);

            Path minutes = dir.resolve("minutes.json");
            Files.writeString(minutes, """
                    {"attendance": [{"name": "DS A. Officer", "agency": "police", "status": "present"},
                                    {"name": "S. Worker", "agency": "childrens-social-care", "status": "present"},
                                    {"name": "N. Nurse", "agency": "nhs-providers", "status": "present"},
                                    {"name": "E. Teacher", "agency": "education", "status": "present"}],
                     "items": [{"item": "2.2", "notes": "Reviewed.", "decisions": ["Stays on the panel"],
                                "actions": [{"description": "Hold the return interview", "owner": "DS A. Officer",
                                             "agency": "police", "due": "2026-12-10", "case": "CSE-00001"}]}]}
                    """);
            assertEquals(0, Safeguard.run(home, "meeting", "minutes", "1", "--import", minutes.toString()).exit());
            Safeguard.Result sentMinutes = Safeguard.run(home, "meeting", "send", "1", "--doc", "minutes", "--json");
            assertEquals(0, sentMinutes.exit(), sentMinutes.toString());
            assertEquals(13, ((Number) sentMinutes.json().get("sent")).intValue());
            Safeguard.Result resent = Safeguard.run(home, "meeting", "send", "1", "--doc", "minutes", "--resend", "--json");
            assertEquals(13, ((Number) resent.json().get("sent")).intValue(), "--resend sends again on purpose");
            assertEquals(1, ((Number) resent.json().get("version")).intValue(), "the same minutes are the same version");
            assertEquals(52, smtp.getReceivedMessages().length);

            Set<String> kinds = new HashSet<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                Mail mail = Mail.of(m);
                assertEquals("cse-panel@example.org", ((jakarta.mail.internet.InternetAddress) m.getFrom()[0]).getAddress());
                assertFalse(m.getSubject().contains("Smtptest") || m.getSubject().contains("Robin"), m.getSubject());
                kinds.add(mail.calendar() != null ? "invitation" : mail.pdf() != null ? "paper" : "other");
            }
            assertEquals(Set.of("invitation", "paper"), kinds);
            List<Object> log = Safeguard.run(home, "disclosures", "list", "--json").jsonList();
            assertEquals(52, log.size());
            assertTrue(log.stream().allMatch(d -> ((Map<?, ?>) d).get("outcome").equals("SENT")), log.toString());
        } finally {
            smtp.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
