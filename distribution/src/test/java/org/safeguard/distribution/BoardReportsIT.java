package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code safeguard report activity} and {@code report panel} through the shipped distribution, on
 * a London home: a case through the MASE with actions on the activity plan's strands; the MASE
 * report as JSON (themes from the information form, the activity by strand, the planner) and with
 * a narrative as text; the activity report as an owner-only PDF; no child's name anywhere; an
 * unknown panel report or a backwards period exits 1 with one line.
 */
class BoardReportsIT {
    @TempDir
    Path dir;
    Path home;

    private Safeguard.Result ok(String... args) throws Exception {
        Safeguard.Result r = Safeguard.run(home, args);
        assertEquals(0, r.exit(), String.join(" ", args) + "\n" + r);
        return r;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMaseReportAndTheActivityReportOfALondonHome() throws Exception {
        home = dir.resolve("home");
        ok("init", "--area", "london");
        ok("referral", "add", "--area", "london", "--first-name", "Robin", "--family-name", "Quillreport", "--dob", "2010-05-14",
                "--date", "2026-11-02", "--details", "Seen getting into cars with older males.", "--referrer-name", "D. Worker",
                "--referrer-agency", "Example Academy");
        ok("case", "form", "1", "--form", "london.mase-info", "--set", "strategy-meeting-date=2026-11-03", "--set", "cris-number=1234567/26",
                "--set", "child-protection-followed=yes", "--set", "models=county-lines,gangs-and-groups", "--set", "gang-offending=yes");
        ok("case", "classify", "1", "--scheme", "london.police-category", "--value", "2", "--rationale", "Strategy meeting");
        ok("meeting", "schedule", "--type", "mase", "--case", "1", "--at", "2026-11-20 10:00", "--venue", "Civic Centre");
        ok("meeting", "attendance", "1", "--present", "DI A. Officer:police", "--present", "S. Manager:childrens-social-care");
        ok("actions", "add", "--meeting", "1", "--item", "2.4", "--description", "Awareness sessions for taxi drivers", "--owner", "L. Officer",
                "--agency", "licensing", "--due", "2026-11-28", "--strand", "Prevent");
        ok("actions", "add", "--meeting", "1", "--item", "2.4", "--description", "Train school designated leads", "--owner", "E. Lead",
                "--agency", "education", "--due", "2027-02-20", "--strand", "Prepare");
        ok("actions", "add", "--meeting", "1", "--item", "1.2", "--case", "1", "--description", "Return interview with Robin",
                "--owner", "S. Worker", "--agency", "childrens-social-care", "--due", "2026-11-27", "--strand", "Protect");

        Map<String, Object> panel = ok("report", "panel", "--area", "london", "--from", "2026-11-01", "--to", "2026-11-30",
                "--format", "json").json();
        assertEquals("mase", panel.get("report"));
        assertEquals(1, ((Number) panel.get("casesDiscussed")).intValue());
        Map<String, Object> models = ((List<Map<String, Object>>) panel.get("themes")).get(0);
        assertEquals(1, ((Number) ((Map<String, Object>) models.get("counts")).get("county-lines")).intValue(), models.toString());
        assertEquals(1, ((Number) ((Map<String, Object>) models.get("primary")).get("county-lines")).intValue(), models.toString());
        assertEquals(0, ((Number) ((Map<String, Object>) models.get("primary")).get("gangs-and-groups")).intValue(), "only the first is primary");
        List<Map<String, Object>> strands = (List<Map<String, Object>>) panel.get("strands");
        assertEquals(List.of("Prepare", "Prevent", "Protect", "Pursue"), strands.stream().map(s -> s.get("strand")).toList());
        assertEquals(1, ((Number) strands.get(1).get("overdue")).intValue(), "the taxi drivers' sessions were due on 28 November: " + strands);
        List<Map<String, Object>> planned = (List<Map<String, Object>>) panel.get("planned");
        assertEquals(List.of("Prepare"), planned.stream().map(a -> a.get("strand")).toList());
        assertEquals(Boolean.TRUE, planned.get(0).get("confidential"), "MASE's parts are both confidential: no description");
        assertEquals(null, planned.get(0).get("description"));
        Map<String, Object> onCase = ((List<Map<String, Object>>) panel.get("activity")).stream().filter(a -> a.get("case") != null)
                .findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, onCase.get("confidential"));
        assertEquals(null, onCase.get("description"), "agreed on a case in MASE's confidential part");

        Path narrative = dir.resolve("narrative.txt");
        Files.writeString(narrative, "County lines activity rose after the summer.\n\nTaxi ranks are the next focus.\n");
        String text = ok("report", "panel", "--area", "london", "--from", "2026-11-01", "--to", "2026-11-30", "--narrative",
                narrative.toString()).out();
        assertTrue(text.startsWith("MASE report to the LSCB CSE sub-group"), text);
        assertTrue(text.indexOf("County lines activity rose") < text.indexOf("Overview"), "the narrative comes first: " + text);
        assertFalse(text.contains("Quillreport") || text.contains("Robin"), text);

        Path pdf = dir.resolve("activity.pdf");
        Safeguard.Result written = ok("report", "activity", "--area", "london", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "pdf",
                "--out", pdf.toString());
        assertTrue(written.out().startsWith("Wrote " + pdf), written.out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        Map<String, Object> activity = ok("report", "activity", "--area", "london", "--from", "2026-11-01", "--to", "2026-12-31",
                "--format", "json").json();
        Map<String, Object> category = ((List<Map<String, Object>>) activity.get("breakdowns")).get(0);
        assertEquals("london.police-category", category.get("id"));
        List<Map<String, Object>> months = (List<Map<String, Object>>) category.get("months");
        assertEquals(1, ((Number) ((Map<String, Object>) months.get(0).get("counts")).get("unrecorded")).intValue(),
                "classified today, so not at November's end: " + months);
        assertEquals(1, ((Number) ((Map<String, Object>) months.get(1).get("counts")).get("2")).intValue(), months.toString());
        assertEquals(3, ((Number) ((Map<String, Object>) activity.get("actionCounts")).get("tracked")).intValue());

        Safeguard.Result unknown = Safeguard.run(home, "report", "panel", "--area", "london", "--report", "annual", "--from", "2026-11-01",
                "--to", "2026-11-30");
        assertEquals(1, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("declares no panel report 'annual' (it has: mase)"), unknown.err());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        Safeguard.Result backwards = Safeguard.run(home, "report", "activity", "--area", "london", "--from", "2026-11-30", "--to", "2026-11-01");
        assertEquals(1, backwards.exit(), backwards.toString());
        assertTrue(backwards.err().contains("before it starts"), backwards.err());
    }
}
