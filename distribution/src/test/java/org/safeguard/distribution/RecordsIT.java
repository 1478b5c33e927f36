package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the panel learns about a child, recorded and read back from the command line: missing
 * episodes and return interviews, persons of concern, locations, decisions, classification,
 * closing a case, and the audit trail of it all.
 */
class RecordsIT {
    /** A family name that appears nowhere else, so a test can tell if the child's details leak into an error. */
    private static final String FAMILY = "Quarrendon";

    @TempDir
    Path dir;

    private Path home;
    private String child;
    private String caseId;

    private void referAChild() throws Exception {
        home = dir.resolve("home");
        assertEquals(0, Safeguard.run(home, "init", "--area", "lancashire").exit());
        Safeguard.Result referral = Safeguard.run(home, "referral", "add", "--referrer-name", "D. Worker", "--referrer-agency",
                "Example High School", "--date", "2026-11-02", "--family-name", FAMILY, "--first-name", "Alex", "--dob", "03/04/2011",
                "--ethnicity", "01", "--basis", "missing,older-relationship", "--signs", "absent-or-missing",
                "--details", "Two missing episodes this month.", "--json");
        assertEquals(0, referral.exit(), referral.toString());
        child = String.valueOf(referral.json().get("child"));
        caseId = String.valueOf(referral.json().get("case"));
    }

    private Safeguard.Result ok(String... args) throws Exception {
        Safeguard.Result r = Safeguard.run(home, args);
        assertEquals(0, r.exit(), r.toString());
        return r;
    }

    /** Refused: exit 1, one line on standard error naming the problem, no stack trace, nothing of the child's. */
    private Safeguard.Result refused(String expected, String... args) throws Exception {
        Safeguard.Result r = Safeguard.run(home, args);
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().startsWith("safeguard: "), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one clear line: " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("internal error"), r.err());
        assertFalse(r.err().contains(FAMILY) || r.err().contains("Alex"), "no child's details on standard error: " + r.err());
        return r;
    }

    private static Map<?, ?> only(List<Object> rows, String key, Object value) {
        List<Map<?, ?>> found = rows.stream().<Map<?, ?>>map(o -> (Map<?, ?>) o).filter(m -> value.equals(String.valueOf(m.get(key)))).toList();
        assertEquals(1, found.size(), key + "=" + value + " in " + rows);
        return found.get(0);
    }

    @Test
    void missingEpisodesAreRecordedInUkTimeAndTheReturnInterviewFallsDue72HoursAfterTheReturn() throws Exception {
        referAChild();
        // 10 July is summer time: 22:00 in England is 21:00 UTC
        Map<String, Object> summer = ok("missing", "add", "--child", child, "--from", "2026-07-10T22:00", "--returned", "2026-07-11 09:30",
                "--found", "A takeaway in the town centre", "--json").json();
        assertEquals("2026-07-10T21:00:00Z", summer.get("started"));
        assertEquals("2026-07-14T08:30:00Z", summer.get("returnInterviewDue"));
        assertEquals("overdue", summer.get("returnInterview"));
        String summerId = String.valueOf(summer.get("id"));

        Map<String, Object> open = ok("missing", "add", "--child", child, "--from", "2026-11-20T20:00", "--json").json();
        assertEquals("awaiting-return", open.get("returnInterview"));
        assertNull(open.get("returnInterviewDue"));
        String openId = String.valueOf(open.get("id"));
        refused("record the return of episode " + openId + " first", "missing", "interview", openId, "--held", "2026-11-21T10:00");
        ok("missing", "return", openId, "--at", "2026-11-21T08:00", "--found", "At a friend's address");
        refused("already has a return recorded", "missing", "return", openId, "--at", "2026-11-21T09:00");

        ok("missing", "interview", summerId, "--held", "2026-07-15T10:00");
        refused("is already recorded", "missing", "interview", summerId, "--held", "2026-07-16T10:00");
        ok("missing", "add", "--child", child, "--from", "2026-11-01T18:00", "--returned", "2026-11-01T23:00", "--no-interview");

        refused("returned: '2026-11-19T10:00' is before the start of the episode", "missing", "add", "--child", child,
                "--from", "2026-11-19T12:00", "--returned", "2026-11-19T10:00");
        refused("from: '19/11/2026' is not a date and time (write YYYY-MM-DDTHH:MM, local time)", "missing", "add", "--child", child,
                "--from", "19/11/2026");
        refused("is in the future", "missing", "add", "--child", child, "--from", "2099-01-01T10:00");
        refused("no child with id 99", "missing", "add", "--child", "99", "--from", "2026-11-19T12:00");
        refused("a child is missing once at a time", "missing", "add", "--child", child, "--from", "2026-11-20T22:00",
                "--returned", "2026-11-20T23:00");

        List<Object> episodes = ok("missing", "list", "--child", child, "--json").jsonList();
        assertEquals(3, episodes.size(), "nothing refused was stored");
        assertEquals(summerId, String.valueOf(((Map<?, ?>) episodes.get(0)).get("id")), "oldest first");
        Map<?, ?> held = only(episodes, "id", summerId);
        assertEquals("held", held.get("returnInterview"));
        assertEquals("2026-07-15T09:00:00Z", held.get("returnInterviewHeld"));
        assertEquals("A takeaway in the town centre", held.get("whereFound"));
        Map<?, ?> returned = only(episodes, "id", openId);
        assertEquals("2026-11-21T08:00:00Z", returned.get("returned"));
        assertEquals("2026-11-24T08:00:00Z", returned.get("returnInterviewDue"));
        assertEquals(Instant.parse("2026-11-24T08:00:00Z").isBefore(Instant.now()) ? "overdue" : "due", returned.get("returnInterview"));
        assertEquals("At a friend's address", returned.get("whereFound"));
        assertEquals("not-required", only(episodes, "returnInterviewRequired", "false").get("returnInterview"));

        String text = ok("missing", "list").out();
        assertTrue(text.startsWith("ID   CHILD   MISSING FROM"), "a list says what its columns are: " + text);
        assertTrue(text.contains("2026-07-10 22:00 → 2026-07-11 09:30  return interview held 2026-07-15 10:00"), text);
        assertTrue(text.contains("no return interview required"), text);

        // the case says where each interview stands in the same words as the list
        List<?> onCase = (List<?>) ok("case", "show", caseId, "--json").json().get("missingEpisodes");
        assertEquals(episodes, onCase, "case show and missing list agree, episode by episode");
        String caseText = ok("case", "show", caseId).out();
        assertTrue(caseText.contains("#" + summerId + " 2026-07-10 22:00 → 2026-07-11 09:30; return interview held 2026-07-15 10:00"), caseText);
        assertTrue(caseText.contains("no return interview required"), caseText);
        assertFalse(caseText.contains("(not yet held)"), caseText);
    }

    @Test
    void personsAndLocationsLinkedToAChildFillTheCaseNotesOfItsMeeting() throws Exception {
        referAChild();
        Map<String, Object> person = ok("person", "add", "--name", "Example Adult", "--alias", "Ex", "--alias", "E.A.",
                "--dob", "1990-01-31", "--gang", "Example Crew", "--json").json();
        assertEquals("P00001", person.get("reference"));
        refused("dob: '31/02/1990' is not a date", "person", "add", "--name", "Another Adult", "--dob", "31/02/1990");
        ok("person", "link", "P00001", "--child", child, "--relationship", "Seen collecting the child in a car");
        refused("person of concern P00001 is already linked to child C0000" + child, "person", "link", "1", "--child", child,
                "--relationship", "again");
        refused("no person of concern has the id or reference 'P00007'", "person", "link", "P00007", "--child", child, "--relationship", "x");

        List<Object> persons = ok("person", "list", "--child", child, "--json").jsonList();
        assertEquals(1, persons.size());
        Map<?, ?> p = (Map<?, ?>) persons.get(0);
        assertEquals("Example Adult", p.get("name"));
        assertEquals(List.of("Ex", "E.A."), p.get("aliases"));
        assertEquals("1990-01-31", p.get("dateOfBirth"));
        assertEquals("Example Crew", p.get("gangAffiliation"));

        Map<String, Object> place = ok("location", "add", "--kind", "Hotspot", "--description", "Takeaway on Example Street",
                "--postcode", "pr1 1aa", "--json").json();
        assertEquals("hotspot", place.get("kind"));
        String location = String.valueOf(place.get("id"));
        refused("kind: 'hotspt' is not a kind of location (victim-address, offender-address, incident, hotspot, found-when-missing, other)"
                + " (did you mean 'hotspot'?)", "location", "add", "--kind", "hotspt", "--description", "Somewhere");
        ok("location", "add", "--kind", "offender-address", "--description", "Flat above the takeaway");
        ok("location", "link", location, "--child", child);
        ok("location", "link", "2", "--person", "P00001");
        refused("location " + location + " is already linked to child", "location", "link", location, "--child", child);

        List<Object> forChild = ok("location", "list", "--child", child, "--json").jsonList();
        assertEquals(1, forChild.size());
        assertEquals("Takeaway on Example Street", ((Map<?, ?>) forChild.get(0)).get("description"));
        assertEquals("PR1 1AA", ((Map<?, ?>) forChild.get(0)).get("postcode"));
        List<Object> forPerson = ok("location", "list", "--person", "P00001", "--json").jsonList();
        assertEquals("offender-address", ((Map<?, ?>) forPerson.get(0)).get("kind"));

        ok("meeting", "schedule", "--type", "multi-agency-cse", "--at", "2026-12-03T10:00", "--venue", "County Hall", "--case", caseId);
        String agenda = ok("meeting", "agenda", "1", "--format", "text").out();
        int notes = agenda.indexOf("CSE 3 case notes: CSE-0000" + caseId);
        assertTrue(notes >= 0, agenda);
        String caseNotes = agenda.substring(notes);
        assertTrue(caseNotes.contains("Example Adult"), caseNotes);
        assertTrue(caseNotes.contains("Takeaway on Example Street"), caseNotes);
        assertFalse(caseNotes.contains("Flat above the takeaway"), "only the child's own locations: " + caseNotes);
    }

    @Test
    void decisionsAreLoggedWithReasonsClassificationIsCheckedAgainstTheAreaCodesAndACaseIsClosedOnce() throws Exception {
        referAChild();
        Map<String, Object> shared = ok("decision", "add", "--case", caseId, "--kind", "share", "--decision", "Share the CSE 3 notes with the school",
                "--reasons", "The school sees the child every day", "--json").json();
        assertEquals(Safeguard.LOGIN, shared.get("decidedBy"), "by defaults to the acting user");
        assertEquals(LocalDate.now().toString(), shared.get("decidedOn"));
        ok("decision", "add", "--case", caseId, "--kind", "refer", "--decision", "Refer to the MASE", "--reasons", "Two missing episodes",
                "--by", "C. Chair", "--on", "20/11/2026");
        refused("reasons: is empty", "decision", "add", "--case", caseId, "--kind", "refer", "--decision", "x", "--reasons", "  ");
        refused("on: 2099-01-01 is in the future", "decision", "add", "--case", caseId, "--kind", "refer", "--decision", "x",
                "--reasons", "y", "--on", "2099-01-01");
        refused("no case with id 42", "decision", "add", "--case", "42", "--kind", "refer", "--decision", "x", "--reasons", "y");
        List<Object> decisions = ok("decision", "list", "--case", caseId, "--json").jsonList();
        assertEquals(2, decisions.size());
        Map<?, ?> second = (Map<?, ?>) decisions.get(1);
        assertEquals("Refer to the MASE", second.get("decision"));
        assertEquals("C. Chair", second.get("decidedBy"));
        assertEquals("2026-11-20", second.get("decidedOn"));
        assertEquals(Safeguard.LOGIN, second.get("recordedBy"));

        ok("case", "classify", caseId, "--scheme", "lancashire.cse-categories", "--value", "category 2", "--rationale", "Evidence of targeting");
        String same = ok("case", "classify", caseId, "--scheme", "lancashire.cse-categories", "--value", "2", "--rationale", "Again").out();
        assertTrue(same.contains("already 2"), same);
        refused("value: '4' is not in CSE categories (1, 2, 3)", "case", "classify", caseId, "--scheme", "lancashire.cse-categories",
                "--value", "4", "--rationale", "x");
        refused("(did you mean 'lancashire.cse-categories'?)", "case", "classify", caseId, "--scheme", "lancashire.cse-category",
                "--value", "1", "--rationale", "x");
        refused("'lancashire.ethnicity' is not a classification scheme of area lancashire", "case", "classify", caseId,
                "--scheme", "lancashire.ethnicity", "--value", "W1", "--rationale", "x");
        refused("comes from a final assessment", "case", "classify", caseId, "--scheme", "lancashire.cse2", "--value", "HIGH", "--rationale", "x");
        ok("case", "classify", caseId, "--scheme", "lancashire.cse-categories", "--value", "3", "--rationale", "Exploitation by several adults");
        List<?> history = (List<?>) ok("case", "show", caseId, "--json").json().get("classifications");
        assertEquals(2, history.size(), "the same value twice is one entry: " + history);
        // the references the lists print are taken wherever an id is
        String reference = (String) ok("case", "show", caseId, "--json").json().get("reference");
        assertEquals(history, ok("case", "show", reference.toLowerCase(java.util.Locale.ROOT), "--json").json().get("classifications"));
        refused("no case has the id or reference 'CSE-09999'", "case", "show", "CSE-09999");
        Map<?, ?> latest = (Map<?, ?>) history.get(1);
        assertEquals("3", latest.get("value"));
        assertEquals("2", latest.get("previous"));
        assertEquals(Safeguard.LOGIN, latest.get("author"));

        refused("how: 'transferred' is not one of closed, discharged", "case", "close", caseId, "--reason", "x", "--how", "transferred");
        refused("on: 2026-10-01 is before the case was opened (2026-11-02)", "case", "close", caseId, "--reason", "x", "--on", "2026-10-01");
        ok("case", "close", caseId, "--reason", "Risk reduced; support in place", "--how", "Discharged", "--on", "2026-11-20");
        Map<String, Object> closed = ok("case", "show", caseId, "--json").json();
        assertEquals("DISCHARGED", closed.get("status"));
        assertEquals("2026-11-20", closed.get("closed"));
        refused("case CSE-0000" + caseId + " is already discharged", "case", "close", caseId, "--reason", "again");
        refused("only an open case is classified", "case", "classify", caseId, "--scheme", "lancashire.cse-categories", "--value", "1",
                "--rationale", "x");
    }

    @Test
    void theAuditTrailShowsTheRecordsMadeAndRecordsThatItWasRead() throws Exception {
        referAChild();
        String episode = String.valueOf(ok("missing", "add", "--child", child, "--from", "2026-11-20T20:00", "--json").json().get("id"));
        ok("missing", "return", episode, "--at", "2026-11-21T08:00");
        ok("person", "add", "--name", "Example Adult");
        ok("person", "link", "1", "--child", child, "--relationship", "Older associate");
        ok("location", "add", "--kind", "incident", "--description", "Car park behind the station");
        ok("location", "link", "1", "--child", child);
        ok("decision", "add", "--case", caseId, "--kind", "share", "--decision", "Share with the school", "--reasons", "Daily contact");
        ok("person", "list", "--child", child);

        Safeguard.Result trail = ok("audit", "list", "--json");
        List<Object> entries = trail.jsonList();
        for (String made : List.of("add missing_episode", "return missing_episode", "add person_of_concern", "link person_of_concern",
                "add location", "link location", "add decision", "list person_of_concern")) {
            assertTrue(entries.stream().map(o -> (Map<?, ?>) o).anyMatch(e -> made.equals(e.get("action") + " " + e.get("entity"))
                    && Safeguard.LOGIN.equals(e.get("actor"))), made + " in " + entries);
        }
        Map<?, ?> last = (Map<?, ?>) entries.get(entries.size() - 1);
        assertEquals("list audit", last.get("action") + " " + last.get("entity"), "reading the trail is audited, newest last");
        assertFalse(trail.out().contains("Example Adult") || trail.out().contains("Car park") || trail.out().contains(FAMILY),
                "the trail names records, never their details");

        List<Object> ofEpisode = ok("audit", "list", "--entity", "missing", "--id", episode, "--json").jsonList();
        assertEquals(List.of("add", "return"), ofEpisode.stream().map(o -> ((Map<?, ?>) o).get("action")).toList());

        List<Object> two = ok("audit", "list", "--limit", "2", "--json").jsonList();
        assertEquals(2, two.size());
        assertEquals("list", ((Map<?, ?>) two.get(0)).get("action"), "the previous read of the trail is on it");
        assertEquals("entity=missing_episode id=" + episode, ((Map<?, ?>) two.get(0)).get("details"));

        refused("entity: 'chlid' is not a kind of record", "audit", "list", "--entity", "chlid", "--id", child);
        refused("--entity and --id go together", "audit", "list", "--entity", "child");
        refused("limit: '0' is not a positive number", "audit", "list", "--limit", "0");
        String text = ok("audit", "list", "--limit", "1").out();
        assertTrue(text.contains(Safeguard.LOGIN) && text.contains("list") && text.contains("audit"), text);
        assertTrue(text.startsWith("ID     AT                ACTOR"), text);
    }
}
