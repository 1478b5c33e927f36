package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A coordinator's case work end to end: referral, assessment, cases, plugin disabled and enabled. */
class CaseWorkIT {
    @TempDir
    Path dir;

    private Path init() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, Safeguard.run(home, "init", "--area", "lancashire").exit());
        return home;
    }

    private static Safeguard.Result refer(Path home, String family) throws Exception {
        return Safeguard.run(home, "referral", "add", "--referrer-name", "D. Worker", "--referrer-agency", "Example High School",
                "--date", "2026-11-02", "--family-name", family, "--first-name", "Alex", "--dob", "03/04/2011",
                "--ethnicity", "01", "--basis", "missing,older-relationship", "--signs", "absent-or-missing",
                "--details", "Two missing episodes this month.", "--json");
    }

    @Test
    void referralOpensACaseAndAFinalAssessmentBecomesItsCurrentRisk() throws Exception {
        Path home = init();
        Safeguard.Result referral = refer(home, "Example");
        assertEquals(0, referral.exit(), referral.toString());
        Map<String, Object> r = referral.json();
        assertEquals(true, r.get("caseOpened"));
        String child = String.valueOf(r.get("child"));
        String caseId = String.valueOf(r.get("case"));

        Safeguard.Result draft = Safeguard.run(home, "assess", "--instrument", "lancashire.cse2", "--child", child, "-a", "1=2", "--json");
        assertEquals(0, draft.exit(), draft.toString());
        assertEquals("DRAFT", ((Map<?, ?>) draft.json().get("stored")).get("status"));

        Safeguard.Result incompleteFinal = Safeguard.run(home, "assess", "--instrument", "lancashire.cse2", "--child", child, "-a", "1=2", "--final");
        assertEquals(1, incompleteFinal.exit());
        assertTrue(incompleteFinal.err().contains("cannot finalise"), incompleteFinal.err());

        String answers = "1=3,2=2,3=2,4=3,5=2,6=2,7=2,8=3,9=2,10=2,11=3";
        Safeguard.Result fin = Safeguard.run(home, "assess", "--instrument", "lancashire.cse2", "--child", child, "-a", answers, "--final", "--json");
        assertEquals(0, fin.exit(), fin.toString());
        assertEquals(26, ((Number) fin.json().get("score")).intValue());

        Safeguard.Result cases = Safeguard.run(home, "cases", "list", "--json");
        assertEquals(0, cases.exit(), cases.toString());
        Map<?, ?> row = (Map<?, ?>) cases.jsonList().get(0);
        assertEquals("AMBER", row.get("band"));
        assertEquals("MEDIUM", row.get("level"));
        assertEquals(1, ((Number) row.get("drafts")).intValue());

        Safeguard.Result shown = Safeguard.run(home, "case", "show", caseId, "--json");
        assertEquals(0, shown.exit(), shown.toString());
        assertEquals("Alex Example", shown.json().get("childName"));
        Safeguard.Result childShown = Safeguard.run(home, "child", "show", child, "--json");
        assertEquals("O1", childShown.json().get("ethnicity"), "the form's '01' is stored as O1");
    }

    @Test
    void aReferralIsReadBackOnItsFormListedAndInTheCasesChronology() throws Exception {
        Path home = init();
        Path file = dir.resolve("referral.json");
        Files.writeString(file, """
                {"referrerName": "D. Worker", "referrerAgency": "Example Youth Service", "dateCompleted": "2026-11-10",
                 "familyName": "Fictional", "firstName": "Sam", "dateOfBirth": "2010-12-20", "ethnicity": "M3",
                 "basisOfConcern": ["money-or-items", "changed-behaviour"], "details": "Unexplained gifts.",
                 "warningSigns": ["absent-or-missing"], "parentsAware": "no",
                 "agenciesInvolved": [{"name": "J. Nurse", "agencyAddress": "Example Health Centre", "telephone": "01234 567890"}]}
                """);
        assertEquals(0, Safeguard.run(home, "referral", "add", "--file", file.toString()).exit());
        assertEquals(0, Safeguard.run(home, "assess", "--instrument", "lancashire.cse2", "--child", "1", "-a", "1=2").exit());

        Safeguard.Result text = Safeguard.run(home, "referral", "show", "1");
        assertEquals(0, text.exit(), text.toString());
        for (String line : List.of("Referral R00001", "Family name: Fictional", "Ethnicity: White and Asian", "Basis of concerns:",
                "  - Unexplained money or items", "Agencies involved 1: Name: J. Nurse", "Are parent(s)/guardian aware of the report?: No",
                "Details of case/incident/intelligence: Unexplained gifts.", "Child: C00001", "Recorded by: ")) {
            assertTrue(text.out().contains(line), line + " in\n" + text.out());
        }

        Safeguard.Result json = Safeguard.run(home, "referral", "show", "R00001", "--json");
        assertEquals(0, json.exit(), json.toString());
        assertEquals("R00001", json.json().get("reference"));
        assertEquals("C00001", json.json().get("childReference"));
        Map<?, ?> ethnicity = (Map<?, ?>) ((Map<?, ?>) json.json().get("answers")).get("ethnicity");
        assertEquals("Ethnicity", ethnicity.get("label"));
        assertEquals(List.of("White and Asian"), ethnicity.get("values"));

        Path pdf = dir.resolve("referral.pdf");
        Safeguard.Result wrote = Safeguard.run(home, "referral", "show", "1", "--format", "pdf", "--out", pdf.toString());
        assertEquals(0, wrote.exit(), wrote.toString());
        try (PDDocument doc = PDDocument.load(Files.readAllBytes(pdf))) {
            String extracted = new PDFTextStripper().getText(doc);
            assertTrue(extracted.contains("R00001") && extracted.contains("J. Nurse"), extracted);
        }
        Safeguard.Result none = Safeguard.run(home, "referral", "show", "R00042");
        assertEquals(1, none.exit(), none.toString());
        assertTrue(none.err().contains("no referral has the id or reference 'R00042'"), none.err());

        Safeguard.Result list = Safeguard.run(home, "referral", "list");
        assertEquals(0, list.exit(), list.toString());
        List<String> lines = list.out().lines().toList();
        assertTrue(lines.get(0).startsWith("ID") && lines.get(0).contains("RECORDED BY"), list.out());
        assertTrue(lines.get(1).contains("R00001") && lines.get(1).contains("C00001") && lines.get(1).contains("2026-11-10"), list.out());

        Safeguard.Result shown = Safeguard.run(home, "case", "show", "1");
        assertEquals(0, shown.exit(), shown.toString());
        String chronology = shown.out().substring(shown.out().indexOf("Chronology"));
        assertTrue(chronology.contains("referral") && chronology.contains("[R00001]"), chronology);
        assertTrue(chronology.indexOf("referral") < chronology.indexOf("assessment"), chronology);
        List<?> events = (List<?>) Safeguard.run(home, "case", "show", "1", "--json").json().get("chronology");
        assertEquals("2026-11-10", ((Map<?, ?>) events.get(0)).get("at"));
        assertEquals("assessment", ((Map<?, ?>) events.get(1)).get("kind"));
    }

    @Test
    void disablingThePluginStopsNewWorkButRecordedAssessmentsStayReadable() throws Exception {
        Path home = init();
        Map<String, Object> r = refer(home, "Sample").json();
        String child = String.valueOf(r.get("child"));
        assertEquals(0, Safeguard.run(home, "assess", "--instrument", "lancashire.cse2", "--child", child,
                "-a", "1=4,2=4,3=4,4=4,5=4,6=4,7=4,8=4,9=4,10=4,11=4", "--final").exit());

        Safeguard.Result disabled = Safeguard.run(home, "plugins", "disable", "lancashire");
        assertEquals(0, disabled.exit(), disabled.toString());
        Safeguard.Result list = Safeguard.run(home, "plugins", "list", "--json");
        assertEquals("disabled", ((Map<?, ?>) list.jsonList().get(0)).get("state"));
        Safeguard.Result areas = Safeguard.run(home, "areas", "list");
        assertTrue(areas.out().contains("lancashire.area: not in force — its plugin 'lancashire' is not enabled in this home"), areas.out());
        assertTrue(areas.out().contains("safeguard plugins enable lancashire") && !areas.out().contains("never applied"), areas.out());

        Safeguard.Result refused = Safeguard.run(home, "assess", "--instrument", "lancashire.cse2", "-a", "1=1");
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("no instrument"), refused.err());

        Safeguard.Result shown = Safeguard.run(home, "case", "show", String.valueOf(r.get("case")), "--json");
        assertEquals(0, shown.exit(), shown.toString());
        Map<?, ?> assessment = (Map<?, ?>) ((List<?>) shown.json().get("assessments")).get(0);
        assertEquals(44, ((Number) assessment.get("score")).intValue());
        assertEquals("RED", assessment.get("band"));

        assertEquals(0, Safeguard.run(home, "plugins", "enable", "lancashire").exit());
        assertEquals(0, Safeguard.run(home, "assess", "--instrument", "lancashire.cse2", "-a", "1=1").exit());
    }

    @Test
    void referralFromAJsonFileAndAnInvalidReferralSavesNothing() throws Exception {
        Path home = init();
        Path file = dir.resolve("referral.json");
        Files.writeString(file, """
                {"referrerName": "D. Worker", "referrerAgency": "Example Youth Service", "dateCompleted": "2026-11-10",
                 "familyName": "Fictional", "firstName": "Sam", "dateOfBirth": "2010-12-20", "ethnicity": "M3",
                 "basisOfConcern": ["money-or-items", "changed-behaviour"], "details": "Unexplained gifts.",
                 "agenciesInvolved": [{"name": "J. Nurse", "agencyAddress": "Example Health Centre", "telephone": "01234 567890"}]}
                """);
        Safeguard.Result ok = Safeguard.run(home, "referral", "add", "--file", file.toString(), "--json");
        assertEquals(0, ok.exit(), ok.toString());

        Safeguard.Result bad = Safeguard.run(home, "referral", "add", "--referrer-name", "D. Worker", "--referrer-agency", "School",
                "--date", "2026-11-02", "--first-name", "Jordan", "--dob", "31/02/2011", "--ethnicity", "W4", "--basis", "missing",
                "--details", "x");
        assertEquals(1, bad.exit(), bad.toString());
        assertTrue(bad.err().contains("familyName: is required"), bad.err());
        assertTrue(bad.err().contains("'31/02/2011' is not a date"), bad.err());
        assertTrue(bad.err().contains("'W4'"), bad.err());
        assertFalse(bad.err().contains("\tat "), bad.err());
        assertEquals(1, Safeguard.run(home, "cases", "list", "--json").jsonList().size(), "nothing half-written");

        Files.writeString(file, "{ \"familyName\": ");
        Safeguard.Result broken = Safeguard.run(home, "referral", "add", "--file", file.toString());
        assertEquals(1, broken.exit());
        assertTrue(broken.err().contains("the JSON ends too early"), broken.err());
    }

    @Test
    void demoBuildsTheCoordinatorsViewAndNeverTouchesARealHome() throws Exception {
        Path demo = dir.resolve("demo");
        Safeguard.Result first = Safeguard.exec(List.of(Safeguard.BIN.toString(), "demo", "--home", demo.toString()), dir);
        assertEquals(0, first.exit(), first.toString());
        assertTrue(first.out().contains("MEDIUM/HIGH (RED) 44"), first.out());
        assertTrue(first.out().contains("not yet assessed"), first.out());
        assertTrue(first.out().contains("Return interview"), first.out());
        Safeguard.Result again = Safeguard.exec(List.of(Safeguard.BIN.toString(), "demo", "--home", demo.toString()), dir);
        assertEquals(0, again.exit(), again.toString());
        assertEquals(6, Safeguard.run(demo, "cases", "list", "--json").jsonList().size(), "a re-run replaces, never doubles");

        // where did the first child's details go? the full copies of the month's papers, and nothing else
        List<?> all = Safeguard.run(demo, "disclosures", "list", "--json").jsonList();
        List<?> firstChild = Safeguard.run(demo, "disclosures", "list", "--child", "C00001", "--since", "2020-01-01", "--json").jsonList();
        assertTrue(!firstChild.isEmpty() && firstChild.size() < all.size(), firstChild.size() + " of " + all.size());
        for (Object o : firstChild) {
            java.util.Map<?, ?> d = (java.util.Map<?, ?>) o;
            assertEquals("OPEN_AND_CONFIDENTIAL", d.get("parts"), d.toString());
            assertTrue(((List<?>) d.get("children")).contains("C00001"), d.toString());
        }
        Safeguard.Result table = Safeguard.run(demo, "disclosures", "list", "--child", "1");
        assertTrue(table.out().startsWith("ID   DISCLOSED"), table.out());
        Safeguard.Result unknown = Safeguard.run(demo, "disclosures", "list", "--child", "C09999");
        assertEquals(1, unknown.exit(), unknown.toString());

        Path real = init();
        Safeguard.Result refused = Safeguard.exec(List.of(Safeguard.BIN.toString(), "demo", "--home", real.toString()), dir);
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("did not make"), refused.err());
    }
}
