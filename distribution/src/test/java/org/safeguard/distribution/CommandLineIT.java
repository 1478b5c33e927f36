package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line end to end: the shipped distribution, its container, bundles and plugin. */
class CommandLineIT {
    @TempDir
    static Path dir;
    static Path home;

    @BeforeAll
    static void initialise() throws Exception {
        home = dir.resolve("home");
        Safeguard.Result r = Safeguard.run(home, "init", "--area", "lancashire");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Enabled: lancashire"), r.toString());
    }

    /** Eleven answers 0–4 adding up to {@code total}. */
    static String answersFor(int total) {
        StringBuilder sb = new StringBuilder();
        int left = total;
        for (int factor = 1; factor <= 11; factor++) {
            int score = Math.min(4, left);
            left -= score;
            sb.append(factor == 1 ? "" : ",").append(factor).append('=').append(score);
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "total {0} is {2} ({1})")
    @CsvSource({"0,GREEN,LOW", "11,GREEN,LOW", "12,AMBER,LOW/MEDIUM", "22,AMBER,LOW/MEDIUM", "23,AMBER,MEDIUM",
            "33,AMBER,MEDIUM", "34,RED,MEDIUM/HIGH", "44,RED,MEDIUM/HIGH"})
    void previewScoresEveryBandBoundary(int total, String band, String level) throws Exception {
        Safeguard.Result r = Safeguard.run(home, "assess", "--instrument", "lancashire.cse2", "--answer", answersFor(total), "--json");
        assertEquals(0, r.exit(), r.toString());
        Map<String, Object> json = r.json();
        assertEquals(true, json.get("complete"));
        assertEquals(total, ((Number) json.get("score")).intValue());
        assertEquals(band, json.get("band"));
        assertEquals(level, json.get("level"));
        assertEquals(44, ((Number) json.get("maxScore")).intValue());
        assertEquals("sop-h.1", json.get("version"));
        assertNull(json.get("stored"), "a preview stores nothing");
    }

    @Test
    void incompletePreviewHasNoBandAndNamesTheMissingFactors() throws Exception {
        Safeguard.Result r = Safeguard.run(home, "assess", "--instrument", "lancashire.cse2", "-a", "1=4", "-a", "drug-use=4", "--json");
        assertEquals(0, r.exit(), r.toString());
        Map<String, Object> json = r.json();
        assertEquals(false, json.get("complete"));
        assertNull(json.get("band"));
        assertNull(json.get("level"));
        assertNull(json.get("score"));
        assertEquals(8, ((Number) json.get("partialScore")).intValue());
        assertEquals(9, ((List<?>) json.get("missing")).size());
        assertTrue(((List<?>) json.get("missing")).contains("sexual-exploitation"));
    }

    @Test
    void debugOutputGoesToStandardErrorSoJsonStaysJson() throws Exception {
        Safeguard.Result r = Safeguard.run(home, "--debug", "assess", "--instrument", "lancashire.cse2", "-a", "1=4", "--json");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("lancashire.cse2", r.json().get("instrument"), "standard output is the JSON document alone: " + r.out());
        assertTrue(r.err().contains("WIRE"), "the resolver's wiring is shown when debugging, on standard error: " + r.err());
    }

    @Test
    void badAnswersAreRefusedWithOneClearLineEachAndNoStackTrace() throws Exception {
        Safeguard.Result r = Safeguard.run(home, "assess", "--instrument", "lancashire.cse2", "-a", "1=5", "-a", "drugs-use=2", "-a", "2=x");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("score 5 is out of range for factor 1 (Missing): 0–4"), r.err());
        assertTrue(r.err().contains("did you mean 'drug-use'?"), r.err());
        assertTrue(r.err().contains("'x' is not a score"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownInstrumentSuggestsTheLikelyOneAndUsageErrorsExitTwo() throws Exception {
        Safeguard.Result unknown = Safeguard.run(home, "assess", "--instrument", "lancashire.cse3", "-a", "1=1");
        assertEquals(1, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("did you mean 'lancashire.cse2'?"), unknown.err());
        Safeguard.Result usage = Safeguard.run(home, "assess", "-a", "1=1");
        assertEquals(2, usage.exit(), usage.toString());
        assertTrue(usage.err().contains("--instrument"), usage.err());
        Safeguard.Result noSuchCommand = Safeguard.run(home, "asess");
        assertEquals(2, noSuchCommand.exit());
        assertTrue(noSuchCommand.err().contains("assess"), noSuchCommand.err());
    }

    @Test
    void auditVerifySaysTheTrailIsIntactAndPrintsAHeadThatAnchorsALaterCheck() throws Exception {
        assertEquals(0, Safeguard.run(home, "child", "add", "--family-name", "Verifytest", "--given-name", "Robin", "--dob", "2011-03-04").exit());
        Safeguard.Result v = Safeguard.run(home, "audit", "verify");
        assertEquals(0, v.exit(), v.toString());
        assertTrue(v.out().startsWith("Intact: "), v.out());
        String head = v.out().lines().filter(l -> l.startsWith("Head: ")).findFirst().orElseThrow().substring("Head: ".length());
        Safeguard.Result anchored = Safeguard.run(home, "audit", "verify", "--anchor", head, "--json");
        assertEquals(0, anchored.exit(), anchored.toString());
        assertEquals(Boolean.TRUE, anchored.json().get("intact"));
        Safeguard.Result wrong = Safeguard.run(home, "audit", "verify", "--anchor", head.substring(0, head.indexOf(':') + 1) + "0".repeat(64));
        assertEquals(1, wrong.exit(), wrong.toString());
        assertTrue(wrong.out().contains("NOT INTACT: audit entry"), wrong.out());
        Safeguard.Result malformed = Safeguard.run(home, "audit", "verify", "--anchor", "12");
        assertEquals(1, malformed.exit(), malformed.toString());
        assertTrue(malformed.err().contains("is not ID:SEAL"), malformed.err());
    }

    @Test
    void versionAndHelpWork() throws Exception {
        Safeguard.Result v = Safeguard.run(home, "--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("safeguard 0."), v.out());
        Safeguard.Result h = Safeguard.run(home, "referral", "add", "--help");
        assertEquals(0, h.exit());
        assertTrue(h.out().contains("--family-name"), h.out());
    }

    @Test
    void controlCharactersAreRefusedNamingTheOptionAndAStoredOneIsPrintedAsAVisibleEscape() throws Exception {
        Path escHome = dir.resolve("escapes");
        assertEquals(0, Safeguard.run(escHome, "init", "--area", "lancashire").exit());
        Safeguard.Result refused = Safeguard.run(escHome, "child", "add", "--family-name", "Okafor\u001b[2J", "--given-name", "Amara\u202e");
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("family-name: contains a control character (U+001B)"), refused.err());
        assertTrue(refused.err().contains("given-name: contains a bidirectional override (U+202E)"), refused.err());
        Safeguard.Result added = Safeguard.run(escHome, "child", "add", "--family-name", "Okafor", "--given-name", "Amara", "--json");
        assertEquals(0, added.exit(), added.toString());
        String id = String.valueOf(added.json().get("id"));
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/sqlite3")), "sqlite3 stores a value as an older release or another route could");
        Safeguard.Result stored = Safeguard.exec(List.of("/usr/bin/sqlite3", escHome.resolve("safeguard.db").toString(),
                "UPDATE child SET given_name = 'Amara' || char(27) || '[2J' || char(13) || char(10) || 'C00009  FAKE' || char(8238) WHERE id = "
                        + id), escHome);
        assertEquals(0, stored.exit(), stored.toString());
        for (String[] command : new String[][] {{"child", "list"}, {"child", "show", id}}) {
            Safeguard.Result shown = Safeguard.run(escHome, command);
            assertEquals(0, shown.exit(), shown.toString());
            assertTrue(shown.out().contains("Amara\\u001b[2J\\u000d\\u000aC00009  FAKE\\u202e"), shown.out());
            assertFalse(shown.out().contains("\u001b") || shown.out().contains("\r") || shown.out().contains("\u202e"), shown.out());
        }
        Safeguard.Result json = Safeguard.run(escHome, "child", "show", id, "--json");
        assertFalse(json.out().contains("\u001b") || json.out().contains("\r"), json.out());
    }

    @Test
    void databaseIsOwnerOnly() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("safeguard.db"))));
    }

    @Test
    void listsThePluginAndItsInstrument() throws Exception {
        Safeguard.Result plugins = Safeguard.run(home, "plugins", "list", "--json");
        assertEquals(0, plugins.exit(), plugins.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) plugins.jsonList().get(0);
        assertEquals("lancashire", p.get("id"));
        Safeguard.Result show = Safeguard.run(home, "instruments", "show", "lancashire.cse2");
        assertEquals(0, show.exit(), show.toString());
        assertTrue(show.out().contains("band HIGH (45–54) cannot be reached: the highest possible total is 44"), show.out());
        assertTrue(show.out().contains("locally written"), "the printed form's defects are shown openly");
    }
}
