package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The Stockport plugin through the shipped distribution, on the issue's command-line contract
 * (Stockport LSCB Sexual Exploitation Policy and Procedure): a referral on the common fields, risk
 * levels 1 to 3 moving both ways (§11), the strategy-meeting criteria with what is met and what
 * is recommended (§14), the decision to convene recorded by a person, the strategy meeting
 * inviting police and children's services with a family member restricted to the open part, the
 * safety plan, disruption plan and exit strategy (§14 "Outcome"), and minutes refused until every
 * case has all three — then sent, with the confidential part never reaching a parent; the case's
 * step on the §14.1 flowchart on {@code case show}; and no discharge before the §13 decision on
 * the referral to social care is recorded.
 */
class StockportIT {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @TempDir
    Path dir;
    Path home;

    private Safeguard.Result run(String... args) throws Exception {
        return Safeguard.run(home, args);
    }

    private Safeguard.Result ok(String... args) throws Exception {
        Safeguard.Result r = run(args);
        assertEquals(0, r.exit(), String.join(" ", args) + "\n" + r);
        return r;
    }

    private String refused(String... args) throws Exception {
        Safeguard.Result r = run(args);
        assertEquals(1, r.exit(), String.join(" ", args) + "\n" + r);
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        return r.err();
    }

    private Map<String, Object> refer(String family, String first, LocalDate on) throws Exception {
        return ok("referral", "add", "--area", "stockport", "--first-name", first, "--family-name", family, "--dob", "2010-05-14",
                "--date", on.toString(), "--details", "Seen getting into cars driven by unknown adults near the station.",
                "--referrer-name", "D. Worker", "--referrer-agency", "Example Academy", "--json").json();
    }

    private Map<String, Object> criteria(String... answers) throws Exception {
        List<String> args = new ArrayList<>(List.of("assess", "--instrument", "stockport.strategy-criteria", "--json"));
        for (String a : answers) {
            args.addAll(List.of("--answer", a));
        }
        return ok(args.toArray(String[]::new)).json();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReferralsThreeDeadlinesAreWrittenInTheAreaFileAndMetByWhatItNames() throws Exception {
        home = dir.resolve("deadlines");
        ok("init", "--area", "stockport");
        // Monday 2 November 2026: no bank holiday in the seven working days that follow
        String caseRef = (String) refer("Thistlewood", "Sam", LocalDate.of(2026, 11, 2)).get("caseReference");
        Map<String, Map<String, Object>> byId = new java.util.LinkedHashMap<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) ok("case", "show", caseRef, "--json").json().get("deadlines")) {
            byId.put((String) d.get("id"), d);
        }
        assertEquals(List.of("social-care-decision", "initial-assessment", "strategy-meeting"), List.copyOf(byId.keySet()));
        // §13: 24 hours from the referral's day; 7 working days; §14: 10 days
        assertEquals("2026-11-03T00:00:00Z", byId.get("social-care-decision").get("due"));
        assertEquals("2026-11-02", byId.get("social-care-decision").get("dueDate"));
        assertEquals("2026-11-12T00:00:00Z", byId.get("initial-assessment").get("due"));
        assertEquals("2026-11-11", byId.get("initial-assessment").get("dueDate"));
        assertEquals("2026-11-12T00:00:00Z", byId.get("strategy-meeting").get("due"));
        assertEquals("2026-11-11", byId.get("strategy-meeting").get("dueDate"));
        byId.values().forEach(d -> assertEquals("overdue", d.get("state"), d.toString()));
        assertTrue(byId.values().stream().allMatch(d -> d.get("title") instanceof String t && !t.isBlank()));

        ok("decision", "add", "--case", caseRef, "--kind", "social-care-decision", "--decision", "Assessment by the locality team",
                "--reasons", "Concerns meet the threshold for assessment (§13)");
        LocalDate yesterday = LocalDate.now(UK).minusDays(1);
        ok("meeting", "schedule", "--type", "se-strategy", "--case", caseRef, "--at", yesterday + "T10:00", "--until", yesterday + "T12:00",
                "--venue", "Safeguarding Children's Unit");
        Map<String, String> states = new java.util.LinkedHashMap<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) ok("case", "show", caseRef, "--json").json().get("deadlines")) {
            states.put((String) d.get("id"), (String) d.get("state"));
        }
        assertEquals(Map.of("social-care-decision", "met", "initial-assessment", "overdue", "strategy-meeting", "met"), states,
                "a decision of the kind and a strategy meeting held with the case meet theirs; nothing yet meets the assessment's");
        List<Map<String, Object>> overdue = (List<Map<String, Object>>) (List<?>) ok("deadlines", "list", "--overdue", "--json").jsonList();
        assertEquals(List.of("initial-assessment"), overdue.stream().map(d -> d.get("id")).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDecisionWhetherToReferToThePoliceRunsForASexuallyActiveChildUnder18Only() throws Exception {
        // §14.1, "Concerns about a sexually active person under 18": the decision to refer to the police
        // within 24 hours of the referral, recorded either way; written in stockport.area with a `when`
        home = dir.resolve("police");
        ok("init", "--area", "stockport");
        Map<String, Object> active = ok("referral", "add", "--area", "stockport", "--first-name", "Sam", "--family-name", "Thistlewood",
                "--dob", "2010-05-14", "--date", "2026-11-02", "--details", "Seen getting into cars driven by unknown adults.",
                "--referrer-name", "D. Worker", "--referrer-agency", "Example Academy", "--signs", "sexually-active,truancy", "--json").json();
        Map<String, Object> other = ok("referral", "add", "--area", "stockport", "--first-name", "Ali", "--family-name", "Wrenfield",
                "--dob", "2010-05-14", "--date", "2026-11-02", "--details", "Missing from school with older young people.",
                "--referrer-name", "D. Worker", "--referrer-agency", "Example Academy", "--signs", "truancy", "--json").json();
        String caseRef = (String) active.get("caseReference");
        Map<String, Map<String, Object>> byId = new java.util.LinkedHashMap<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) ok("case", "show", caseRef, "--json").json().get("deadlines")) {
            byId.put((String) d.get("id"), d);
        }
        Map<String, Object> police = byId.get("police-referral-decision");
        assertEquals("2026-11-03T00:00:00Z", police.get("due"), byId.toString());
        assertEquals("overdue", police.get("state"));
        List<Object> others = ((List<Map<String, Object>>) ok("case", "show", (String) other.get("caseReference"), "--json").json()
                .get("deadlines")).stream().map(d -> d.get("id")).collect(java.util.stream.Collectors.toList());
        assertEquals(List.of("social-care-decision", "initial-assessment", "strategy-meeting"), others, "no indicator: not running");
        ok("decision", "add", "--case", caseRef, "--kind", "refer-to-police", "--decision", "Not referred to the police",
                "--reasons", "Discussed with the designated officer; single-agency support offered (§14.1)");
        for (Map<String, Object> d : (List<Map<String, Object>>) ok("case", "show", caseRef, "--json").json().get("deadlines")) {
            if (d.get("id").equals("police-referral-decision")) {
                assertEquals("met", d.get("state"), "recorded either way: a decision not to refer meets it too");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStockportCaseFromReferralToTheStrategyMeetingsMinutes() throws Exception {
        home = dir.resolve("home");
        ok("init", "--area", "stockport");
        LocalDate today = LocalDate.now(UK);
        Map<String, Object> referral = refer("Quillfeather", "Robin", today.minusDays(3));
        assertEquals(true, referral.get("caseOpened"), "only the common fields open a case");
        String caseRef = (String) referral.get("caseReference");

        // §11: levels 1 to 3, a move in either direction kept with its rationale
        ok("case", "classify", caseRef, "--scheme", "stockport.risk-level", "--value", "3", "--rationale", "Contact with known perpetrators");
        ok("case", "classify", caseRef, "--scheme", "stockport.risk-level", "--value", "2", "--rationale", "Engaging; fewer missing episodes");
        assertTrue(refused("case", "classify", caseRef, "--scheme", "stockport.risk-level", "--value", "4", "--rationale", "x").contains("'4'"));
        List<Map<String, Object>> history = (List<Map<String, Object>>) ok("case", "show", caseRef, "--json").json().get("classifications");
        assertEquals(List.of("3", "2"), history.stream().map(h -> h.get("value")).toList(), "§11: movement is not one-way; both kept");

        // §14.1: the case's path, on case show
        assertEquals("concerns", ((Map<String, Object>) ok("case", "show", caseRef, "--json").json().get("path")).get("step"),
                "§14.1: at level 2 the concerns are discussed, with advice from the unit");
        ok("case", "classify", caseRef, "--scheme", "stockport.risk-level", "--value", "3", "--rationale", "Missing again overnight");
        assertEquals("level-3", ((Map<String, Object>) ok("case", "show", caseRef, "--json").json().get("path")).get("step"),
                "§14.1: concerns at level 3 lead to a CSE strategy meeting");

        // §14: which criteria are met, and a recommendation that differs between none and some met
        Map<String, Object> none = criteria("repeatedly-missing=no", "suspicious-location=no", "unexplained-gifts=no",
                "additional-vulnerability=no", "age-of-child=no");
        assertEquals(List.of(), none.get("met"));
        Map<String, Object> some = criteria("repeatedly-missing=yes", "unexplained-gifts=yes", "age-of-child=no");
        assertEquals(List.of("repeatedly-missing", "unexplained-gifts"), some.get("met"));
        assertTrue(String.valueOf(some.get("recommendation")).toLowerCase().contains("convening"), some.toString());
        assertNotEquals(none.get("recommendation"), some.get("recommendation"));
        Map<String, Object> unanswered = criteria("repeatedly-missing=no");
        assertNotEquals(some.get("recommendation"), unanswered.get("recommendation"), "nothing met yet is not a recommendation to convene");

        // the decision to convene is a person's, with reasons, in the decision log
        ok("decision", "add", "--case", caseRef, "--kind", "convene-strategy-meeting", "--decision", "Convene a strategy meeting",
                "--reasons", "Repeatedly missing; unexplained gifts (§14 criteria)");

        // §14: the strategy meeting invites police and children's services; a family member is restricted unasked
        Map<String, Object> second = refer("Brackenridge", "Ash", today.minusDays(2));
        String secondRef = (String) second.get("caseReference");
        Map<String, Object> meeting = ok("meeting", "schedule", "--type", "se-strategy", "--case", caseRef + "," + secondRef,
                "--at", today.minusDays(1) + "T10:00", "--until", today.minusDays(1) + "T12:00",
                "--venue", "Safeguarding Children's Unit", "--json").json();
        String m = (String) meeting.get("reference");
        String shown = ok("meeting", "show", m).out();
        assertTrue(shown.contains("(police)") && shown.contains("(childrens-services)"), shown);
        String invited = ok("meeting", "invite", m, "--agency", "family", "--name", "A. Parent", "--email", "parent@example.org").out();
        assertTrue(invited.contains("restricted"), invited);

        // the plans: a kind and route of the area's, each a version with owner and review date
        assertTrue(refused("plan", "add", "--case", caseRef, "--kind", "exit", "--text", "TAC").contains("tac"),
                "an exit strategy names its route");
        assertTrue(refused("plan", "add", "--case", caseRef, "--kind", "safty", "--text", "x").contains("safety"));
        ok("plan", "add", "--case", caseRef, "--kind", "safety", "--text", "Safe adults agreed; phone checks each evening",
                "--owner", "Social worker", "--review", today.plusDays(28).toString());
        Map<String, Object> exit = ok("plan", "add", "--case", caseRef, "--kind", "exit", "--route", "tac",
                "--text", "Team Around the Child meeting with a coordinated support plan", "--json").json();
        assertEquals("tac", exit.get("route"));

        Path minutes = dir.resolve("minutes.json");
        Files.writeString(minutes, """
                {"attendance": [{"name": "DS A. Officer", "agency": "police", "status": "present"},
                                {"name": "S. Manager", "agency": "childrens-services", "status": "present"}],
                 "items": [{"item": "1.1", "notes": "Purpose explained; parents told of the confidential part."}]}
                """);
        ok("meeting", "minutes", m, "--import", minutes.toString());
        String notYet = refused("meeting", "send", m, "--doc", "minutes");
        assertTrue(notYet.contains(caseRef + ": no disruption plan"), notYet);
        assertFalse(notYet.contains(caseRef + ": no safety plan"), notYet);
        assertTrue(notYet.contains(secondRef + ": no safety plan, no disruption plan, no exit strategy"), notYet);

        ok("plan", "add", "--case", caseRef, "--kind", "disruption", "--text", "Child abduction warning notice served on the adult identified",
                "--owner", "DS A. Officer");
        ok("plan", "add", "--case", secondRef, "--kind", "safety", "--text", "Agreed safe places after school");
        ok("plan", "add", "--case", secondRef, "--kind", "disruption", "--text", "Patrols at the address of concern");
        ok("plan", "add", "--case", secondRef, "--kind", "exit", "--route", "child-protection-conference",
                "--text", "Recommend a child protection conference");
        ok("plan", "add", "--case", secondRef, "--kind", "safety", "--text", "Agreed safe places after school and at weekends");
        List<Object> plans = ok("plan", "list", "--case", secondRef, "--json").jsonList();
        assertEquals(4, plans.size(), "every version is kept");
        List<Map<String, Object>> inForce = (List<Map<String, Object>>) ok("case", "show", secondRef, "--json").json().get("plans");
        assertEquals(List.of("safety", "disruption", "exit"), inForce.stream().map(p -> p.get("kind")).toList());
        assertEquals(2, ((Number) inForce.get(0).get("version")).intValue(), "the latest version is in force");
        assertTrue(ok("case", "show", secondRef).out().contains("Exit strategy v1 to Child protection route"));

        ok("meeting", "send", m, "--doc", "minutes");
        assertTrue(ok("case", "show", caseRef).out().contains("Path: Team Around the Child"), "§14.1: the exit route is the path's step");

        // §13: the decision on the referral to social care, recorded either way, before a discharge
        assertTrue(refused("case", "close", secondRef, "--how", "discharged", "--reason", "Plan in place")
                .contains("referral to social care"));
        ok("decision", "add", "--case", secondRef, "--kind", "refer-to-social-care", "--decision", "Referred to children's social care",
                "--reasons", "Consent refused by the young person; risk of significant harm overrides it (§13)");
        ok("case", "close", secondRef, "--how", "discharged", "--reason", "Plan in place");
        List<MeetingsIT.Mail> toParent = new ArrayList<>();
        List<MeetingsIT.Mail> toPolice = new ArrayList<>();
        try (Stream<Path> files = Files.list(home.resolve("outbox"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".eml")).toList()) {
                MeetingsIT.Mail mail = MeetingsIT.Mail.read(f);
                if (mail.to().contains("parent@example.org")) {
                    toParent.add(mail);
                } else if (mail.to().contains("ppiu.stockport@")) {
                    toPolice.add(mail);
                }
            }
        }
        assertEquals(1, toParent.size());
        assertEquals(1, toPolice.size());
        MeetingsIT.Mail parent = toParent.get(0);
        assertTrue(parent.text().contains("Agreed safe places after school and at weekends"), "the open part's safety plan:\n" + parent.text());
        for (String confidential : List.of("Patrols at the address", "abduction warning notice served", "Confidential part")) {
            assertFalse(parent.text().contains(confidential) || parent.html().contains(confidential),
                    "§14: parents never receive the confidential part: " + confidential);
        }
        assertTrue(toPolice.get(0).text().contains("Patrols at the address"), "the police copy carries the disruption plan");
        for (MeetingsIT.Mail mail : List.of(parent, toPolice.get(0))) {
            assertFalse(mail.message().getSubject().contains("Robin") || mail.message().getSubject().contains("Quillfeather"),
                    "no child's name in an email subject");
        }
        ok("audit", "verify");
    }
}
