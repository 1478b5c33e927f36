package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Swindon's screening (CSE Professionals' Handbook §9) through the shipped distribution: a
 * checklist instrument previewed and recorded with {@code assess}, its proposals each with the
 * rule that produced it, an unknown answer never read as "does not apply", the age worked out from
 * the child's date of birth, and the screening kept on the case.
 */
class SwindonIT {
    @TempDir
    Path dir;
    Path home;

    private Safeguard.Result ok(String... args) throws Exception {
        Safeguard.Result r = Safeguard.run(home, args);
        assertEquals(0, r.exit(), String.join(" ", args) + "\n" + r);
        return r;
    }

    private static final List<String> CRITERIA = List.of("young-age", "withdrawn-anxious", "maturity-understanding", "living-circumstances",
            "familial-offences", "age-imbalance", "power-imbalance", "coercion-bribery", "substances-given", "own-substance-misuse", "secrecy",
            "denies-minimises", "grooming-methods", "partner-known");

    private Map<String, Object> screen(String age, String... answers) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("assess", "--instrument", "swindon.screening", "--json"));
        if (age != null) {
            args.addAll(List.of("--answer", "age=" + age));
        }
        for (String a : answers) {
            args.addAll(List.of("--answer", a));
        }
        return ok(args.toArray(String[]::new)).json();
    }

    private static String[] allNo(String... except) {
        List<String> out = new java.util.ArrayList<>();
        for (String c : CRITERIA) {
            out.add(c + "=" + (List.of(except).contains(c) ? "unknown" : "no"));
        }
        out.add("position-of-trust=no");
        return out.toArray(String[]::new);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScreeningProposesRoutesWithTheirRulesAndNeverReadsUnknownAsNo() throws Exception {
        home = dir.resolve("home");
        ok("init", "--area", "swindon");

        Map<String, Object> under13 = screen("12");
        assertEquals(List.of("fcp-mash", "strategy-discussion"), under13.get("proposals"), "§9.2, §9.5: under 13, always");
        assertEquals("under-13", ((Map<String, Object>) ((List<Object>) under13.get("rules")).get(0)).get("rule"));

        Map<String, Object> unknown = screen("15", allNo("secrecy"));
        assertEquals(false, unknown.get("complete"));
        assertEquals(List.of(), unknown.get("proposals"), "nothing yet requires a referral and secrecy is unknown");
        assertEquals(List.of("secrecy", "immediate-risk"), unknown.get("unknown"), "the criteria still unknown");

        Map<String, Object> none = screen("15", allNo());
        assertEquals(List.of("other-support"), none.get("proposals"), "§10.1.5: every criterion and position of trust no");

        Safeguard.Result misspelt = Safeguard.run(home, "assess", "--instrument", "swindon.screening", "--answer", "secrcy=yes");
        assertEquals(1, misspelt.exit(), misspelt.toString());
        assertTrue(misspelt.err().contains("'secrecy'"), "a misspelt id is refused with a suggestion: " + misspelt.err());
        Safeguard.Result adult = Safeguard.run(home, "assess", "--instrument", "swindon.screening", "--answer", "age=18");
        assertEquals(1, adult.exit(), "the handbook is about children: " + adult);

        // recorded on a child: the age comes from the date of birth, and a given one that disagrees is refused
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, Object> referral = ok("referral", "add", "--area", "swindon", "--first-name", "Robin", "--family-name", "Quillfeather",
                "--dob", today.minusYears(14).minusDays(3).toString(), "--date", today.minusDays(2).toString(), "--details",
                "Seen with older people at a flat of concern.", "--referrer-name", "D. Worker", "--referrer-agency", "Example Academy",
                "--json").json();
        String child = String.valueOf(referral.get("child"));
        Safeguard.Result disagrees = Safeguard.run(home, "assess", "--instrument", "swindon.screening", "--child", child, "--answer", "age=15");
        assertEquals(1, disagrees.exit(), disagrees.toString());
        assertTrue(disagrees.err().contains("gives 14"), disagrees.err());
        Map<String, Object> recorded = ok("assess", "--instrument", "swindon.screening", "--child", child, "--answer", "power-imbalance=yes",
                "--json").json();
        assertEquals("14", ((Map<String, Object>) recorded.get("answers")).get("age"));
        assertEquals(List.of("fcp-mash", "strategy-discussion"), recorded.get("proposals"), "§9.5: 13 to 17 with a criterion met");
        assertTrue(recorded.get("stored") != null);

        List<Map<String, Object>> screenings = (List<Map<String, Object>>) ok("case", "show", String.valueOf(referral.get("case")), "--json")
                .json().get("screenings");
        assertEquals(1, screenings.size());
        assertEquals(List.of("fcp-mash", "strategy-discussion"), screenings.get(0).get("proposals"));
        ok("audit", "verify");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aScreeningThatProposesTheLadoSendsTheLadoOneNoticeNamingNoChild() throws Exception {
        // §9.3, §9.6: abuse of a position of trust is always referred to the LADO; the LADO is told, outside the panel's agencies
        home = dir.resolve("lado");
        ok("init", "--area", "swindon");
        // a screening is recorded on an open case and never opens one, "no referral" or not
        ok("child", "add", "--given-name", "Sam", "--family-name", "Nocasewood", "--dob", "2011-01-01");
        Safeguard.Result unopened = Safeguard.run(home, "assess", "--instrument", "swindon.screening", "--child", "1", "--answer", "age=15");
        assertEquals(1, unopened.exit(), unopened.toString());
        assertTrue(unopened.err().contains("no open case"), unopened.err());
        assertEquals(0, ok("cases", "list", "--json").jsonList().size(), "no case opened");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, Object> referral = ok("referral", "add", "--area", "swindon", "--first-name", "Robin", "--family-name", "Ladbrooke",
                "--dob", today.minusYears(16).toString(), "--date", today.minusDays(1).toString(), "--details",
                "A sports coach has been messaging her late at night.", "--referrer-name", "D. Worker", "--referrer-agency",
                "Example Academy", "--json").json();
        String caseRef = (String) referral.get("caseReference");
        assertEquals(List.of(), fired(ok("rules", "run", "--area", "swindon", "--json").json()), "no screening yet");
        // §9.3: each criterion recorded with a note; a misspelt id is refused, a label warned of and kept as written
        Safeguard.Result misspelt = Safeguard.run(home, "assess", "--instrument", "swindon.screening", "--child",
                String.valueOf(referral.get("child")), "--answer", "position-of-trust=yes", "--note", "position-of-trst=x");
        assertEquals(1, misspelt.exit(), misspelt.toString());
        assertTrue(misspelt.err().contains("did you mean 'position-of-trust'?"), misspelt.err());
        Safeguard.Result noted = Safeguard.run(home, "assess", "--instrument", "swindon.screening", "--child", String.valueOf(referral.get("child")),
                "--answer", "position-of-trust=yes", "--note", "position-of-trust=Her coach at the club, who is choosing to message her",
                "--json");
        assertEquals(0, noted.exit(), noted.toString());
        assertTrue(noted.err().contains("warning") && noted.err().contains("choosing to"), noted.err());
        Map<String, Object> screened = noted.json();
        assertTrue(((List<Object>) screened.get("proposals")).contains("lado"), screened.toString());
        List<Map<String, Object>> recorded = (List<Map<String, Object>>) ok("case", "show", caseRef, "--json").json().get("screenings");
        assertEquals(Map.of("position-of-trust", "Her coach at the club, who is choosing to message her"), recorded.get(0).get("notes"),
                "kept as written");
        List<Map<String, Object>> fired = fired(ok("rules", "run", "--area", "swindon", "--json").json());
        assertEquals(List.of("lado-notice " + caseRef), fired.stream().map(f -> f.get("rule") + " " + f.get("case")).toList());
        List<Path> outbox;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(home.resolve("outbox"))) {
            outbox = files.toList();
        }
        assertEquals(1, outbox.size(), outbox.toString());
        jakarta.mail.internet.MimeMessage notice;
        try (var in = java.nio.file.Files.newInputStream(outbox.get(0))) {
            notice = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), in);
        }
        assertEquals("lado@swindon.example.org", ((jakarta.mail.internet.InternetAddress) notice.getAllRecipients()[0]).getAddress(), "to the LADO's office");
        String body = text(notice.getContent());
        assertTrue(notice.getSubject().contains(caseRef) && body.contains(caseRef), "the case by reference: " + notice.getSubject());
        for (String s : List.of(notice.getSubject(), body)) {
            assertFalse(s.contains("Ladbrooke") || s.contains("Robin") || s.contains("sports coach"), "no child's name or details: " + s);
        }
        assertEquals(List.of(), fired(ok("rules", "run", "--area", "swindon", "--json").json()), "once");

        // §9.5, §10.1.5: the strategy discussion shares the completed screening, from the plugin's template
        ok("meeting", "schedule", "--type", "strategy-discussion", "--case", caseRef, "--at", today.plusDays(2) + "T10:00",
                "--venue", "Civic Offices");
        String agenda = ok("meeting", "agenda", "1", "--format", "text").out();
        assertFalse(agenda.contains("Nocasewood"));
        int block = agenda.indexOf("Screening: " + caseRef);
        assertTrue(block >= 0, agenda);
        String screening = agenda.substring(block);
        assertTrue(screening.contains("Swindon CSE screening (version 2)"), screening);
        assertTrue(screening.contains("Referral to the Local Authority Designated Officer (LADO)"), screening);
        assertFalse(screening.substring(0, Math.min(screening.length(), 600)).contains("Ladbrooke"), "the block names no child");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChildRegularlyMissingComesOntoTheNextMarpOnce() throws Exception {
        // §14: "Those children regularly missing and absent will be reviewed monthly at MARP"
        home = dir.resolve("marp");
        ok("init", "--area", "swindon");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, Object> referral = ok("referral", "add", "--area", "swindon", "--first-name", "Sam", "--family-name", "Marpleton",
                "--dob", today.minusYears(14).toString(), "--date", today.minusDays(40).toString(), "--details",
                "Missing overnight three times, found at a flat of concern.", "--referrer-name", "D. Worker", "--referrer-agency",
                "Example Academy", "--json").json();
        String child = String.valueOf(referral.get("child"));
        String caseRef = (String) referral.get("caseReference");
        ok("meeting", "schedule", "--type", "marp", "--at", today.plusDays(10) + "T10:00", "--venue", "Civic Offices");
        for (int days : new int[] {30, 20}) {
            ok("missing", "add", "--child", child, "--from", today.minusDays(days) + "T21:00", "--returned",
                    today.minusDays(days - 1) + "T09:00", "--no-interview");
        }
        assertEquals(List.of(), fired(ok("rules", "run", "--area", "swindon", "--json").json()), "twice in three months is not yet regular");
        ok("missing", "add", "--child", child, "--from", today.minusDays(10) + "T21:00", "--returned", today.minusDays(9) + "T09:00",
                "--no-interview");
        List<Map<String, Object>> fired = fired(ok("rules", "run", "--area", "swindon", "--json").json());
        assertEquals(List.of("regularly-missing " + caseRef), fired.stream().map(f -> f.get("rule") + " " + f.get("case")).toList());
        String agenda = ok("meeting", "agenda", "1", "--format", "text").out();
        int item = agenda.indexOf("Children regularly missing and absent");
        assertTrue(item >= 0 && agenda.indexOf(caseRef, item) > item, "on the MARP's item: " + agenda);
        assertEquals(List.of(), fired(ok("rules", "run", "--area", "swindon", "--json").json()), "once");
    }

    /** The text of a message's content, its parts' texts joined. */
    private static String text(Object content) throws Exception {
        if (content instanceof jakarta.mail.Multipart m) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < m.getCount(); i++) {
                b.append(text(m.getBodyPart(i).getContent())).append('\n');
            }
            return b.toString();
        }
        return String.valueOf(content);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fired(Map<String, Object> run) {
        return ((List<Map<String, Object>>) run.get("reports")).stream()
                .flatMap(r -> ((List<Map<String, Object>>) r.get("fired")).stream()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDecisionNotToReferAChildUnder13NeedsASeniorManagersApprovalKeptOnTheDecision() throws Exception {
        home = dir.resolve("decisions");
        ok("init", "--area", "swindon");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String young = (String) ok("referral", "add", "--area", "swindon", "--first-name", "Sam", "--family-name", "Ellery",
                "--dob", today.minusYears(12).toString(), "--date", today.minusDays(1).toString(), "--details", "Gifts from an unknown adult.",
                "--referrer-name", "D. Worker", "--referrer-agency", "Example Academy", "--json").json().get("caseReference");
        String older = (String) ok("referral", "add", "--area", "swindon", "--first-name", "Jo", "--family-name", "Ellery",
                "--dob", today.minusYears(15).toString(), "--date", today.minusDays(1).toString(), "--details", "Gifts from an unknown adult.",
                "--referrer-name", "D. Worker", "--referrer-agency", "Example Academy", "--json").json().get("caseReference");
        String[] notToRefer = {"decision", "add", "--kind", "not-to-refer", "--decision", "Not referred to FCP/MASH",
                "--reasons", "Concern explained by a family visit; school to monitor", "--by", "A. Lead, B. Nurse"};

        // §9.2: under 13, refused without a senior manager's documented approval, saying why
        Safeguard.Result refused = Safeguard.run(home, concat(notToRefer, "--case", young));
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("under 13") && refused.err().contains("§9.2"), refused.err());
        assertEquals(List.of(), ok("decision", "list", "--case", young, "--json").jsonList(), "nothing recorded");

        Map<String, Object> approved = ok(concat(notToRefer, "--case", young, "--approved-by", "C. Senior (Head of Service)", "--json")).json();
        assertEquals("C. Senior (Head of Service)", approved.get("approvedBy"), "the approval is kept on the decision");
        assertEquals("A. Lead, B. Nurse", approved.get("decidedBy"));
        Map<String, Object> listed = (Map<String, Object>) ok("decision", "list", "--case", young, "--json").jsonList().get(0);
        assertEquals("C. Senior (Head of Service)", listed.get("approvedBy"));

        // §9.7: 13 to 17, recorded with reasons and decision-makers, no approval needed
        Map<String, Object> teen = ok(concat(notToRefer, "--case", older, "--json")).json();
        assertEquals("not-to-refer", teen.get("kind"));
        assertEquals(null, teen.get("approvedBy"));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
