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
import org.safeguard.core.sheets.SheetFormat;
import org.safeguard.core.sheets.SheetWriter;
import org.safeguard.core.sheets.Sheets;

/**
 * A tracker imported through the shipped command — as an XLSX workbook with date cells, then
 * again unchanged — and the problem profile printed as JSON and written as a PDF: the command
 * line's contract (`import referrals|persons|missing --area ID --file FILE [--dry-run]
 * [--skip-bad FILE]`, `report profile --area ID --from --to --format --out`).
 */
class ImportReportIT {
    private static final List<String> HEADER = List.of("sourceId", "childSourceId", "referrerName", "referrerAgency", "dateCompleted",
            "familyName", "firstName", "dateOfBirth", "ethnicity", "lookedAfterStatus", "basisOfConcern", "details", "gender",
            "socialCareOutcome", "camhsContact", "missingEpisodes", "initialContact");

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void anXlsxTrackerImportsOnceAndItsProfileIsCounted() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, Safeguard.run(home, "init", "--area", "lancashire").exit());
        Path xlsx = dir.resolve("tracker.xlsx");
        try (SheetWriter w = Sheets.create(xlsx, SheetFormat.XLSX, "Tracker", HEADER)) {
            w.row(List.of("X1", "K1", "A. Worker", "School", "2026-01-10", "One", "Amy", "2011-04-03", "W1", "foster", "missing",
                    "Seen near the station.", "female", "s47", "yes", "3", "online"));
            w.row(List.of("X2", "K1", "A. Worker", "School", "2026-02-10", "One", "Amy", "2011-04-03", "W1", "foster", "missing",
                    "Missing again.", "female", "s47", "no", "4", "online"));
            w.row(List.of("X3", "K2", "B. Nurse", "Health", "2026-03-10", "Two", "Bea", "2010-05-05", "A2", "family-no-care", "missing",
                    "Gifts from unknown adults.", "male", "none", "no", "0", "on-street"));
            w.row(List.of("X4", "K3", "B. Nurse", "Health", "2025-12-10", "Three", "Cal", "2010-05-05", "W1", "family-no-care", "missing",
                    "Before the period.", "female", "s31", "yes", "9", "online"));
            w.commit();
        }
        Safeguard.Result dry = Safeguard.run(home, "import", "referrals", "--area", "lancashire", "--file", xlsx.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.toString());
        assertTrue(dry.out().contains("4 to add"), dry.out());
        Safeguard.Result first = Safeguard.run(home, "import", "referrals", "--area", "lancashire", "--file", xlsx.toString(), "--json");
        assertEquals(0, first.exit(), first.toString());
        assertEquals(4, ((Number) first.json().get("added")).intValue());
        Safeguard.Result again = Safeguard.run(home, "import", "referrals", "--area", "lancashire", "--file", xlsx.toString(), "--json");
        assertEquals(0, ((Number) again.json().get("added")).intValue());
        assertEquals(4, ((Number) again.json().get("unchanged")).intValue());

        Path persons = dir.resolve("persons.csv");
        Files.writeString(persons, "sourceId,name,gender,ethnicity,dateOfBirth,referred,childSourceId\nQ1,Person,female,A2,,2026-02-01,K1\n",
                StandardCharsets.UTF_8);
        assertEquals(0, Safeguard.run(home, "import", "persons", "--area", "lancashire", "--file", persons.toString()).exit());

        Safeguard.Result json = Safeguard.run(home, "report", "profile", "--area", "lancashire", "--from", "2026-01-01", "--to", "2026-06-30",
                "--format", "json");
        assertEquals(0, json.exit(), json.toString());
        Map<String, Object> p = json.json();
        assertEquals(3, ((Number) p.get("victimReferrals")).intValue(), "X4 is before the period");
        assertEquals(Map.of("none", 1, "s17", 0, "s47", 2, "s20", 0, "s31", 0), p.get("socialCareOutcomes"));
        assertEquals(0.333, ((Number) p.get("camhsShare")).doubleValue());
        assertEquals(0.667, ((Number) p.get("repeatMissingShare")).doubleValue());
        assertEquals(0.667, ((Number) p.get("inCareShare")).doubleValue());
        assertEquals(1, ((Number) p.get("childrenReferredMoreThanOnce")).intValue());
        assertEquals(0.667, ((Number) p.get("repeatReferralShare")).doubleValue());
        assertEquals(0.667, ((Number) p.get("femaleShare")).doubleValue());
        assertEquals(0.667, ((Number) p.get("whiteShare")).doubleValue());
        assertEquals(1, ((Number) p.get("offenderReferrals")).intValue());
        assertEquals(1.0, ((Number) p.get("femaleOffenderShare")).doubleValue());
        assertEquals(Map.of("A2", 1), p.get("offenderEthnicity"));
        assertEquals(2, ((Number) ((Map<String, Object>) p.get("initialContact")).get("online")).intValue());

        Path pdf = dir.resolve("profile.pdf");
        Safeguard.Result written = Safeguard.run(home, "report", "profile", "--area", "lancashire", "--from", "2026-01-01", "--to",
                "2026-06-30", "--format", "pdf", "--out", pdf.toString());
        assertEquals(0, written.exit(), written.toString());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)));
        String text = Safeguard.run(home, "report", "profile", "--area", "lancashire", "--from", "2026-01-01", "--to", "2026-06-30").out();
        assertFalse(text.contains("Amy") || text.contains("Bea"), "the profile names no child");

        assertEquals(1, Safeguard.run(home, "report", "profile", "--area", "lancashire", "--from", "2026-06-30", "--to", "2026-01-01").exit());
        assertEquals(1, Safeguard.run(home, "import", "referrals", "--area", "lancashire", "--file", dir.resolve("none.csv").toString()).exit());
        assertEquals(1, Safeguard.run(home, "report", "profile", "--area", "lancashire", "--from", "2026-01-01", "--to", "2026-06-30",
                "--format", "pdf").exit(), "a PDF needs --out");
    }

    @Test
    void aBadRowStopsTheImportUnlessSetAside() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, Safeguard.run(home, "init", "--area", "lancashire").exit());
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, String.join(",", HEADER) + "\n"
                + "B1,K1,A. Worker,School,2026-01-10,One,Amy,2011-04-03,W1,foster,missing,Seen.,female,s48,,1,online\n"
                + "B2,K2,A. Worker,School,2026-01-11,Two,Bea,2010-05-05,W1,foster,missing,Seen.,female,none,no,1,online\n",
                StandardCharsets.UTF_8);
        Safeguard.Result refused = Safeguard.run(home, "import", "referrals", "--area", "lancashire", "--file", csv.toString());
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.out().startsWith("row 2, socialCareOutcome: 's48' is not a social care outcome"), refused.out());
        Path aside = dir.resolve("aside.xlsx");
        Safeguard.Result skipped = Safeguard.run(home, "import", "referrals", "--area", "lancashire", "--file", csv.toString(), "--skip-bad",
                aside.toString());
        assertEquals(0, skipped.exit(), skipped.toString());
        assertTrue(skipped.out().contains("1 added, 0 unchanged, 1 refused"), skipped.out());
        try (var r = Sheets.open(aside)) {
            assertEquals("problems", r.header().get(r.header().size() - 1));
            var row = r.next();
            assertEquals("B1", row.get(0));
            assertFalse(r.hasNext());
        }
    }
}
