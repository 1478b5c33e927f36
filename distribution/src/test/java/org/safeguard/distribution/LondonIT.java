package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The London plugin through the shipped distribution, as a MASE coordinator and practitioners
 * would use it (London CSE Operating Protocol, 3rd edition): a referral on the common fields, the
 * police category and social care tier (§5), the MASE information form (Appendix F), the flags
 * derived from them (Appendix E), the MASE entry checks (§7), outcome codes on the victim and on a
 * suspect (Appendix E), the discharge rule (§7 "Positive interventions"), and the MASE agenda with
 * its VOLT case overview and the activity plan by strand (Appendix F).
 */
class LondonIT {
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

    /** Refused: exit 1, one line on standard error saying why. */
    private String refused(String... args) throws Exception {
        Safeguard.Result r = run(args);
        assertEquals(1, r.exit(), String.join(" ", args) + "\n" + r);
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        return r.err();
    }

    private Safeguard.Result refer(String family, String first) throws Exception {
        return ok("referral", "add", "--area", "london", "--first-name", first, "--family-name", family, "--dob", "2010-05-14",
                "--date", LocalDate.now(UK).minusDays(20).toString(), "--details", "Seen getting into cars with older males near the station.",
                "--referrer-name", "D. Worker", "--referrer-agency", "Example Academy", "--json");
    }

    @SuppressWarnings("unchecked")
    private List<String> flags(String caseRef) throws Exception {
        List<Map<String, Object>> flags = (List<Map<String, Object>>) ok("case", "show", caseRef, "--json").json().get("flags");
        flags.forEach(f -> assertFalse(String.valueOf(f.get("reason")).isBlank(), "each flag says why it holds: " + f));
        return flags.stream().map(f -> (String) f.get("code")).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLondonCaseFromReferralToDischargeOnTheProtocolsTerms() throws Exception {
        home = dir.resolve("home");
        ok("init", "--area", "london");
        Map<String, Object> referral = refer("Quillfeather", "Robin").json();
        assertEquals(true, referral.get("caseOpened"), "only the common fields: the London form's others are optional");
        assertEquals("MASE-00001", referral.get("caseReference"));

        // §5: police category 0–3 and social care tier 1–4, each change kept with its rationale
        assertEquals(List.of("ES"), flags("MASE-00001"), "ES on every London case; no LA/LB/LC while uncategorised");
        ok("case", "classify", "MASE-00001", "--scheme", "london.police-category", "--value", "0", "--rationale", "Vulnerable; no grooming seen yet");
        assertEquals(List.of("ES"), flags("MASE-00001"), "category 0 (vulnerable child) carries no LA/LB/LC");
        ok("case", "classify", "MASE-00001", "--scheme", "london.police-category", "--value", "2", "--rationale", "Gifts and overnight stays");
        ok("case", "classify", "MASE-00001", "--scheme", "london.csc-tier", "--value", "3", "--rationale", "Referred to children's social care");
        assertEquals(List.of("ES", "LB"), flags("MASE-00001"));
        assertTrue(refused("case", "classify", "MASE-00001", "--scheme", "london.police-category", "--value", "4", "--rationale", "x")
                .contains("'4' is not in"));
        assertTrue(refused("case", "classify", "MASE-00001", "--scheme", "london.csc-tier", "--value", "0", "--rationale", "x")
                .contains("'0' is not in"));
        assertTrue(refused("case", "classify", "MASE-00001", "--scheme", "lancashire.cse-categories", "--value", "1", "--rationale", "x")
                .contains("not a classification scheme of area london"), "another area's scheme is refused");

        // §7: a case goes before the MASE only with a strategy meeting, a CRIS number and child protection procedures followed
        LocalDate today = LocalDate.now(UK);
        String earlier = today.minusDays(7) + "T10:00";
        String next = today.plusDays(21) + "T10:00";
        String missing = refused("meeting", "schedule", "--type", "mase", "--at", earlier, "--venue", "Civic Centre, Room 3", "--case", "MASE-00001");
        for (String item : List.of("strategy meeting", "CRIS number", "child protection procedures")) {
            assertTrue(missing.contains(item), "'" + item + "' named: " + missing);
        }
        assertEquals(0, ok("meeting", "list", "--json").jsonList().size(), "the refused schedule left no meeting behind");

        // Appendix F: the MASE information form; a misspelt model is refused with a suggestion
        assertTrue(refused("case", "form", "MASE-00001", "--form", "london.mase-info", "--set", "models=onlin").contains("online"));
        Map<String, Object> v1 = ok("case", "form", "MASE-00001", "--form", "london.mase-info", "--set", "models=online,peer-on-peer",
                "--set", "group-offending=yes", "--set", "gang-offending=no", "--set", "cris-number=1234567/26", "--json").json();
        assertEquals(1, ((Number) v1.get("version")).intValue());
        assertEquals(List.of("ES", "GE", "LB", "EU"), flags("MASE-00001"), "in Appendix E's order; no GA: gang offending is no");
        String stillMissing = refused("meeting", "schedule", "--type", "mase", "--at", earlier, "--venue", "Civic Centre, Room 3",
                "--case", "MASE-00001");
        assertFalse(stillMissing.contains("CRIS number"), stillMissing);
        assertTrue(stillMissing.contains("strategy meeting") && stillMissing.contains("child protection procedures"), stillMissing);

        Map<String, Object> v2 = ok("case", "form", "MASE-00001", "--form", "london.mase-info", "--set", "strategy-meeting-date="
                + today.minusDays(15), "--set", "child-protection-followed=yes", "--json").json();
        assertEquals(2, ((Number) v2.get("version")).intValue(), "a change is a new version");
        assertEquals("1234567/26", ((Map<String, Object>) v2.get("answers")).get("cris-number"), "the new version keeps the earlier answers");
        assertEquals(false, ok("case", "form", "MASE-00001", "--form", "london.mase-info", "--set", "child-protection-followed=yes", "--json")
                .json().get("recorded"), "nothing changed, nothing recorded");
        ok("meeting", "schedule", "--type", "mase", "--at", earlier, "--until", today.minusDays(7) + "T12:00", "--venue", "Civic Centre, Room 3",
                "--case", "MASE-00001");

        // a second child without the form is refused from the panel by `meeting cases --add` too
        refer("Brackenridge", "Ash");
        String second = refused("meeting", "cases", "M00001", "--add", "MASE-00002");
        assertTrue(second.contains("MASE-00002") && second.contains("CRIS number"), second);

        // the meeting's actions, each on a strand of the activity plan (§7 "Governance")
        Path minutes = dir.resolve("minutes.json");
        Files.writeString(minutes, """
                {"attendance": [{"name": "DI A. Officer", "agency": "police", "status": "present"},
                                {"name": "S. Manager", "agency": "childrens-social-care", "status": "present"}],
                 "items": [{"item": "1.3", "notes": "Disruption options discussed.",
                            "actions": [{"description": "Serve an abduction warning notice", "owner": "DI A. Officer", "agency": "police",
                                         "due": "%s", "case": "MASE-00001", "strand": "pursue"},
                                        {"description": "Deliver the healthy relationships session at the academy", "owner": "S. Manager",
                                         "agency": "childrens-social-care", "due": "%s", "strand": "Prevent"}]}]}
                """.formatted(today.plusDays(10), today.plusDays(20)));
        Files.writeString(dir.resolve("bad-strand.json"), Files.readString(minutes).replace("\"pursue\"", "\"persue\""));
        assertTrue(refused("meeting", "minutes", "M00001", "--import", dir.resolve("bad-strand.json").toString())
                .contains("did you mean 'Pursue'"), "an unknown strand is refused with the area's");
        ok("meeting", "minutes", "M00001", "--import", minutes.toString());
        List<Object> actions = ok("actions", "list", "--json").jsonList();
        assertEquals(List.of("Pursue", "Prevent"), actions.stream().map(a -> ((Map<?, ?>) a).get("strand")).toList(),
                "stored as the definition spells them");

        // Appendix E outcome codes: MI on the victim, FP/FO/FQ on a suspect linked to the child
        Map<String, Object> person = ok("person", "add", "--name", "Jordan Ashgrove", "--json").json();
        String personId = String.valueOf(person.get("id"));
        assertTrue(refused("case", "outcome", "MASE-00001", "--code", "FQ", "--note", "Charged").contains("name the person"),
                "FQ without a person is refused");
        assertTrue(refused("case", "outcome", "MASE-00001", "--code", "FQ", "--person", personId, "--note", "Charged")
                .contains("not linked"), "a person not linked to the child is refused");
        ok("person", "link", personId, "--child", String.valueOf(referral.get("child")), "--relationship", "Adult seen with the child");
        assertTrue(refused("case", "outcome", "MASE-00001", "--code", "MI", "--person", personId, "--note", "x")
                .contains("victim"), "MI with a person is refused");
        assertTrue(refused("case", "outcome", "MASE-00001", "--code", "XX", "--note", "x").contains("MI"), "an unknown code lists the codes");
        ok("case", "outcome", "MASE-00001", "--code", "FP", "--person", personId, "--note", "Abduction warning notice served");

        // §7: no discharge without a positive intervention for the victim
        assertTrue(refused("case", "close", "MASE-00001", "--how", "discharged", "--reason", "Panel agreed")
                .contains("positive intervention (MI)"));
        ok("case", "outcome", "MASE-00001", "--code", "MI", "--note", "Engaging with the specialist CSE service");
        List<Map<String, Object>> outcomes = (List<Map<String, Object>>) ok("case", "show", "MASE-00001", "--json").json().get("outcomes");
        assertEquals(List.of("FP", "MI"), outcomes.stream().map(o -> o.get("code")).toList());
        assertEquals(Long.valueOf(personId), ((Number) outcomes.get(0).get("person")).longValue());
        assertNull(outcomes.get(1).get("person"), "MI is the victim's");
        for (String key : List.of("date", "author", "note")) {
            assertTrue(outcomes.get(1).get(key) != null, key + " on every outcome: " + outcomes.get(1));
        }

        // Appendix F: the next MASE's agenda — VOLT per case, the activity plan by strand
        ok("meeting", "schedule", "--type", "mase", "--at", next, "--venue", "Civic Centre, Room 3", "--case", "MASE-00001");
        String agenda = ok("meeting", "agenda", "M00002", "--format", "text").out();
        for (String block : List.of("Victim", "Offender", "Location", "Themes", "LB", "EU", "Jordan Ashgrove", "1234567/26")) {
            assertTrue(agenda.contains(block), "'" + block + "' in the VOLT overview:\n" + agenda);
        }
        int plan = agenda.indexOf("Panel activity plan");
        assertTrue(plan > 0, agenda);
        String activity = agenda.substring(plan);
        int prepare = activity.indexOf("Prepare:");
        int prevent = activity.indexOf("Prevent:");
        int protect = activity.indexOf("Protect:");
        int pursue = activity.indexOf("Pursue:");
        assertTrue(prepare >= 0 && prepare < prevent && prevent < protect && protect < pursue, "every strand, in the area's order:\n" + activity);
        assertTrue(activity.indexOf("healthy relationships") > prevent && activity.indexOf("healthy relationships") < protect, activity);
        assertTrue(activity.indexOf("abduction warning notice") > pursue, activity);

        ok("case", "close", "MASE-00001", "--how", "discharged", "--reason", "Panel agreed a successful outcome");
    }
}
