package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code safeguard export} through the shipped distribution: a Lancashire home's cases as CSV and
 * referrals as XLSX, each file owner-only with the formula-like narrative neutralised and no
 * child's name in it, each export in the disclosure log concerning the child; refusals exit 1
 * and write nothing, a missing required option is a usage error (2).
 */
class ExportIT {
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
    void exportsCasesAsCsvAndReferralsAsXlsxOwnerOnlyNeutralisedAndInTheDisclosureLog() throws Exception {
        home = dir.resolve("home");
        ok("init", "--area", "lancashire");
        Map<String, Object> referral = ok("referral", "add", "--referrer-name", "D. Worker", "--referrer-agency", "Example High School",
                "--date", "2026-11-02", "--family-name", "Exportwood", "--first-name", "Alex", "--dob", "03/04/2011",
                "--ethnicity", "01", "--basis", "missing,older-relationship", "--signs", "absent-or-missing",
                "--details", "=1+1 seen at a flat of concern", "--json").json();
        String child = String.valueOf(referral.get("child"));

        Path csv = dir.resolve("cases.csv");
        Safeguard.Result cases = ok("export", "cases", "--area", "lancashire", "--format", "csv", "--out", csv.toString(), "--json");
        assertEquals(1, ((Number) cases.json().get("rows")).intValue(), cases.out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(csv)));
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("reference,child,status,opened"), text);
        assertFalse(text.contains("Exportwood"), "children by reference only: " + text);

        Path xlsx = dir.resolve("referrals.xlsx");
        Safeguard.Result referrals = ok("export", "referrals", "--area", "lancashire", "--format", "xlsx", "--out", xlsx.toString());
        assertTrue(referrals.out().startsWith("Exported 1 referral of lancashire to "), referrals.out());
        assertTrue(referrals.out().contains("Recorded in the disclosure log as disclosure "), referrals.out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(xlsx)));
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            StringBuilder xml = new StringBuilder();
            for (ZipEntry e : zip.stream().filter(z -> z.getName().startsWith("xl/")).toList()) {
                try (InputStream in = zip.getInputStream(e)) {
                    xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            String all = xml.toString().replace("&apos;", "'").replace("&#39;", "'");
            assertTrue(all.contains("'=1+1 seen at a flat of concern"), "the narrative is neutralised");
            assertFalse(all.contains("<f>") || all.contains("<f "), "no formula cell");
            assertFalse(all.contains("Exportwood"), "no child's name without --with-names");
        }

        List<Map<String, Object>> log = (List<Map<String, Object>>) (Object) ok("disclosures", "list", "--child", child, "--json").jsonList();
        List<Map<String, Object>> exports = log.stream().filter(d -> "export".equals(d.get("document"))).toList();
        assertEquals(2, exports.size(), log.toString());
        assertEquals(Safeguard.LOGIN, exports.get(0).get("recipient"));
        assertEquals("SENT", exports.get(0).get("outcome"));

        Path none = dir.resolve("none.csv");
        assertEquals(1, Safeguard.run(home, "export", "cases", "--area", "nowhere", "--format", "csv", "--out", none.toString()).exit());
        Safeguard.Result format = Safeguard.run(home, "export", "cases", "--area", "lancashire", "--format", "ods", "--out", none.toString());
        assertEquals(1, format.exit(), format.toString());
        assertTrue(format.err().contains("format"), format.err());
        assertEquals(1, Safeguard.run(home, "export", "people", "--area", "lancashire", "--format", "csv", "--out", none.toString()).exit());
        assertEquals(2, Safeguard.run(home, "export", "cases", "--area", "lancashire", "--format", "csv").exit(), "--out is required");
        assertFalse(Files.exists(none));
    }
}
