package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinator's month through the shipped command line, in one home, including what goes
 * wrong in a real month: a parent attends the open part of the panel, the minutes are imported
 * and then corrected by a partial re-import, they are issued and agreed (with a correction) at
 * the next meeting, the meeting after that moves room, and an extra meeting is cancelled. The
 * dates are set around today, since what can be done to a meeting depends on whether it has
 * been held.
 */
class MonthIT {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final List<String> CHILDREN = List.of("Robin", "Quillfeather", "Ash", "Brackenridge");
    private static final String CARER = "carer@example.org";

    @TempDir
    Path dir;
    private Path home;

    private Safeguard.Result ok(String... args) throws Exception {
        Safeguard.Result r = Safeguard.run(home, args);
        assertEquals(0, r.exit(), String.join(" ", args) + "\n" + r);
        return r;
    }

    private List<Path> outbox() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("outbox"))) {
            return files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
    }

    /** The messages written since {@code before} files were there, read back. */
    private List<MeetingsIT.Mail> since(List<Path> before) throws Exception {
        List<MeetingsIT.Mail> out = new ArrayList<>();
        for (Path f : outbox()) {
            if (!before.contains(f)) {
                out.add(MeetingsIT.Mail.read(f));
            }
        }
        return out;
    }

    private static String at(LocalDate day, String time) {
        return day + "T" + time;
    }

    @Test
    void aMonthWithAParentAtTheOpenPartACorrectedImportAgreedMinutesAMoveAndACancellation() throws Exception {
        home = dir.resolve("home");
        LocalDate today = LocalDate.now(UK);
        LocalDate first = today.minusDays(14);
        LocalDate second = today.minusDays(1);
        ok("init", "--area", "lancashire");
        ok("referral", "add", "--referrer-name", "D. Worker", "--referrer-agency", "Example High School", "--date",
                today.minusDays(30).toString(), "--family-name", "Quillfeather", "--first-name", "Robin", "--dob", "03/04/2011",
                "--ethnicity", "W1", "--basis", "missing", "--signs", "absent-or-missing", "--details", "Seen with older adults at a flat of concern.");
        ok("referral", "add", "--referrer-name", "D. Worker", "--referrer-agency", "Example High School", "--date",
                today.minusDays(29).toString(), "--family-name", "Brackenridge", "--first-name", "Ash", "--dob", "05/06/2010",
                "--ethnicity", "W1", "--basis", "missing", "--signs", "absent-or-missing", "--details", "Missing overnight twice.");

        // the panel, with a parent invited to its open part
        ok("meeting", "schedule", "--type", "multi-agency-cse", "--at", at(first, "10:00"), "--until", at(first, "12:00"),
                "--venue", "Room 2, County Hall, Preston", "--chair", "C. Chair", "--case", "1,2");
        Safeguard.Result parent = ok("meeting", "invite", "M00001", "--name", "P. Carer", "--email", CARER, "--agency", "family");
        assertTrue(parent.out().contains("restricted"), parent.out());
        ok("meeting", "send", "M00001", "--doc", "agenda");
        for (MeetingsIT.Mail mail : since(List.of())) {
            if (mail.to().contains(CARER)) {
                assertFalse(mail.text().contains("CSE-0000") || mail.pdfText().contains("CSE-0000"), "the open part only: " + mail.text());
            } else {
                assertTrue(mail.pdfText().contains("CSE-00002"), "members have the cases");
            }
        }

        // the minutes, with the parent in the attendance, then a hand-added action
        Path minutes = dir.resolve("minutes.json");
        Files.writeString(minutes, """
                {"attendance": [
                   {"name": "C. Chair", "agency": "childrens-social-care", "status": "present"},
                   {"name": "DS A. Officer", "agency": "police", "status": "present"},
                   {"name": "E. Teacher", "agency": "education", "status": "present"},
                   {"name": "N. Nurse", "agency": "nhs-providers", "status": "present"},
                   {"name": "P. Carer", "agency": "family", "status": "present"}],
                 "items": [
                   {"item": "1.1", "notes": "Introductions; P. Carer attended the open part."},
                   {"item": "2.2", "notes": "Each case reviewed from its CSE 3 case notes.",
                    "cases": [{"case": "CSE-00001", "discussion": "Seen at the flat twice this month."},
                              {"case": "CSE-00002", "discussion": "No missing episode since referral."}],
                    "actions": [{"description": "Complete the CSE 2 assessment", "owner": "S. Worker",
                                 "agency": "childrens-social-care", "due": "%s", "case": "CSE-00001"}]}]}
                """.formatted(first.plusDays(7)));
        Safeguard.Result imported = ok("meeting", "minutes", "M00001", "--import", minutes.toString());
        assertTrue(imported.out().contains("Quorate"), "family attend, the four agencies make the quorum: " + imported.out());
        ok("actions", "add", "--meeting", "M00001", "--item", "2.2", "--case", "CSE-00002", "--agency", "police", "--owner",
                "DS A. Officer", "--due", today.plusDays(6).toString(), "--description", "Share the return interview");

        // a corrected file naming one case changes that case alone
        Path correction = dir.resolve("correction.json");
        Files.writeString(correction, """
                {"items": [{"item": "2.2", "cases": [{"case": "CSE-00001", "discussion": "Seen at the flat three times this month."}]}]}
                """);
        Safeguard.Result partial = ok("meeting", "minutes", "M00001", "--import", correction.toString(), "--json");
        assertEquals(List.of("2.2"), partial.json().get("items"), partial.out());
        assertEquals(List.of(), partial.json().get("actionsCancelled"), partial.out());
        String draft = ok("meeting", "minutes", "M00001", "--format", "text").out();
        for (String kept : List.of("P. Carer (Family)", "Introductions; P. Carer attended the open part.", "Seen at the flat three times this month.",
                "No missing episode since referral.", "Complete the CSE 2 assessment", "Share the return interview", "Draft")) {
            assertTrue(draft.contains(kept), "'" + kept + "' in the minutes after the partial import:\n" + draft);
        }
        assertFalse(draft.contains("Seen at the flat twice"), draft);
        assertEquals(2, ok("actions", "list", "--json").jsonList().size(), "the hand-added action stays open");

        // the next meeting is scheduled; the minutes are issued; the parent's copy is the open part
        ok("meeting", "schedule", "--type", "multi-agency-cse", "--at", at(second, "10:00"), "--venue", "Room 2, County Hall, Preston",
                "--chair", "C. Chair", "--case", "1,2");
        List<Path> beforeMinutes = outbox();
        ok("meeting", "send", "M00001", "--doc", "minutes");
        boolean parentCopy = false;
        for (MeetingsIT.Mail mail : since(beforeMinutes)) {
            String pdf = mail.pdfText();
            if (mail.to().contains(CARER)) {
                parentCopy = true;
                assertTrue(mail.text().contains("P. Carer") && mail.text().contains("Introductions"), mail.text());
                for (String confidential : List.of("Seen at the flat", "No missing episode", "CSE-0000", "Complete the CSE 2 assessment")) {
                    assertFalse(mail.text().contains(confidential) || mail.html().contains(confidential) || pdf.contains(confidential),
                            "'" + confidential + "' reached the parent's minutes");
                }
            } else {
                assertTrue(mail.text().contains("Seen at the flat three times this month."), mail.text());
            }
        }
        assertTrue(parentCopy, "the parent who attended has the minutes of the open part");
        String issued = ok("meeting", "minutes", "M00001", "--format", "text").out();
        assertTrue(issued.contains("Issued"), issued);

        // the next meeting agrees them, with a correction; the issued minutes stay as they went
        String agenda = ok("meeting", "agenda", "M00002", "--format", "text").out();
        assertTrue(agenda.contains("To agree the minutes of the meeting of") && agenda.contains("(M00001)"), agenda);
        ok("meeting", "attendance", "M00002", "--present", "C. Chair:childrens-social-care", "--present", "DS A. Officer:police",
                "--present", "E. Teacher:education", "--present", "N. Nurse:nhs-providers", "--present", "P. Carer:family");
        ok("meeting", "agree-minutes", "M00001", "--at", "M00002", "--correction", "Item 2.2: the assessment is due a week later");
        assertTrue(ok("meeting", "show", "M00001").out().contains("Minutes agreed at M00002"));
        assertEquals(issued, ok("meeting", "minutes", "M00001", "--format", "text").out(), "the issued minutes are not re-rendered");
        String nextMinutes = ok("meeting", "minutes", "M00002", "--format", "text").out();
        assertTrue(nextMinutes.contains("Item 2.2: the assessment is due a week later"), nextMinutes);
        String nextForParent = ok("meeting", "minutes", "M00002", "--format", "text", "--audience", "restricted").out();
        assertTrue(nextForParent.contains("(M00001) were agreed as an accurate record, with one correction"), nextForParent);
        assertFalse(nextForParent.contains("a week later"), "corrections are confidential: " + nextForParent);

        // next month's meeting moves room: the same calendar event, updated
        ok("meeting", "schedule", "--type", "multi-agency-cse", "--at", at(today.plusDays(14), "10:00"), "--venue", "Room 2, County Hall, Preston",
                "--chair", "C. Chair", "--case", "1,2");
        ok("meeting", "invite", "M00003", "--name", "P. Carer", "--email", CARER, "--agency", "family");
        List<Path> beforeInvitations = outbox();
        ok("meeting", "send", "M00003", "--doc", "invitation");
        List<MeetingsIT.Mail> invitations = since(beforeInvitations);
        String uid = uid(invitations.get(0).calendar());
        ok("meeting", "change", "M00003", "--venue", "Room 9, Town Hall, Preston");
        List<Path> beforeUpdate = outbox();
        ok("meeting", "send", "M00003", "--doc", "invitation");
        List<MeetingsIT.Mail> updates = since(beforeUpdate);
        assertEquals(invitations.size(), updates.size(), "everyone invited hears of the move");
        for (MeetingsIT.Mail mail : updates) {
            String ics = mail.calendar().replace("\r\n ", "");
            assertEquals(uid, uid(ics), "the same event");
            assertTrue(ics.contains("\r\nSEQUENCE:1\r\n") && ics.contains("LOCATION:Room 9\\, Town Hall\\, Preston"), ics);
        }

        // an extra meeting is cancelled: everyone who had its invitation is told
        ok("meeting", "schedule", "--type", "multi-agency-cse", "--at", at(today.plusDays(7), "14:00"), "--venue", "Room 4, County Hall",
                "--case", "1");
        List<Path> beforeExtra = outbox();
        ok("meeting", "send", "M00004", "--doc", "invitation");
        List<MeetingsIT.Mail> extra = since(beforeExtra);
        String extraUid = uid(extra.get(0).calendar());
        List<Path> beforeCancel = outbox();
        ok("meeting", "cancel", "M00004", "--reason", "The case is taken at next month's meeting instead");
        List<MeetingsIT.Mail> cancellations = since(beforeCancel);
        assertEquals(extra.size(), cancellations.size());
        for (MeetingsIT.Mail mail : cancellations) {
            String ics = mail.calendar().replace("\r\n ", "");
            assertTrue(ics.contains("METHOD:CANCEL") && uid(ics).equals(extraUid), ics);
        }

        // every file names its meeting and no child; the parent was never sent anything confidential
        for (Path f : outbox()) {
            String name = f.getFileName().toString();
            assertTrue(name.startsWith("multi-agency-cse-meeting-") && name.matches(".*-m0000[1-4][-.].*"), name);
            String subject = MeetingsIT.Mail.read(f).message().getSubject();
            for (String child : CHILDREN) {
                assertFalse(name.contains(child.toLowerCase()) || subject.contains(child), f + ": " + subject);
            }
        }
        List<Object> toParent = ok("disclosures", "list", "--recipient", CARER, "--json").jsonList();
        assertEquals(List.of("agenda", "minutes", "invitation", "invitation"), toParent.stream().map(d -> ((Map<?, ?>) d).get("document")).toList());
        for (Object d : toParent) {
            assertEquals("OPEN", ((Map<?, ?>) d).get("parts"), d.toString());
            assertEquals(List.of(), ((Map<?, ?>) d).get("children"), "the parent's papers concerned no child by name: " + d);
        }
        List<Object> robin = ok("disclosures", "list", "--child", "C00001", "--json").jsonList();
        assertTrue(robin.stream().noneMatch(d -> CARER.equals(((Map<?, ?>) d).get("recipient"))), robin.toString());
        assertTrue(robin.stream().anyMatch(d -> "minutes".equals(((Map<?, ?>) d).get("document"))), robin.toString());
    }

    private static String uid(String ics) {
        return ics.replace("\r\n ", "").replaceAll("(?s).*\r\nUID:([^\r\n]*).*", "$1");
    }
}
