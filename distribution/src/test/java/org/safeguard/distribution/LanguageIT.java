package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language check through the shipped distribution: {@code language check --text|--file
 * [--json]} with the shared list and the home's enabled areas' lists, exit 0 whether or not
 * anything is found, and a saved field that warns on standard error while it is stored exactly as
 * written.
 */
class LanguageIT {
    private static final String SALLY_FIRST = "She is a streetwise young woman who from day one has been a persistent absconder."
            + " She chooses to associate with older friends in the town centre. Sally is known to be sexually active and is"
            + " promiscuous. We think she is prostituting herself to get money for drugs and new clothes.";
    private static final String SALLY_SECOND = "From day one we have been concerned about her going missing and she is thought to be"
            + " a very vulnerable child. Sally is known to be spending time with older men in the town centre. We feel that she is"
            + " at risk of, or already being abused through child sexual exploitation.";

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void checksATextOrAFileAndPrintsEachFindingWithItsOffsetsReasonAndSuggestion() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, Safeguard.run(home, "init", "--area", "swindon").exit());

        Safeguard.Result first = Safeguard.run(home, "language", "check", "--text", SALLY_FIRST, "--json");
        assertEquals(0, first.exit(), first.toString());
        List<Map<String, Object>> findings = (List<Map<String, Object>>) first.json().get("findings");
        assertEquals(List.of("streetwise", "absconder", "chooses to", "promiscuous", "prostituting herself"),
                findings.stream().map(f -> f.get("phrase")).toList());
        for (Map<String, Object> f : findings) {
            int start = ((Number) f.get("start")).intValue();
            int end = ((Number) f.get("end")).intValue();
            assertEquals(f.get("phrase"), SALLY_FIRST.substring(start, end), "character offsets, end exclusive");
            assertFalse(((String) f.get("reason")).isBlank());
            assertFalse(((String) f.get("suggestion")).isBlank());
        }

        Safeguard.Result second = Safeguard.run(home, "language", "check", "--text", SALLY_SECOND, "--json");
        assertEquals(0, second.exit(), second.toString());
        assertEquals(List.of(), second.json().get("findings"));

        Safeguard.Result fine = Safeguard.run(home, "language", "check", "--text", "The historical records and the consent form.");
        assertEquals(0, fine.exit());
        assertEquals("No labels found.\n", fine.out());

        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "A historic\nallegation; her boyfriends.\n");
        Safeguard.Result text = Safeguard.run(home, "language", "check", "--file", file.toString());
        assertEquals(0, text.exit(), text.toString());
        assertTrue(text.out().startsWith("2-10 \"historic\": "), text.out());
        assertTrue(text.out().contains("  suggested: non-recent (Safeguard's shared list)"), text.out());
        assertTrue(text.out().contains("\"boyfriends\": in a CSE situation"), text.out());
        assertTrue(text.out().endsWith("2 labels found; the text is yours to change.\n"), text.out());

        assertEquals(1, Safeguard.run(home, "language", "check", "--file", dir.resolve("missing.txt").toString()).exit());
        assertEquals(2, Safeguard.run(home, "language", "check").exit(), "a text or a file is needed");
        assertEquals(2, Safeguard.run(home, "language", "check", "--text", "a", "--file", file.toString()).exit(), "not both");
    }

    @Test
    void withNoHomeTheSharedListIsCheckedAndSaid() throws Exception {
        Safeguard.Result r = Safeguard.run(dir.resolve("none"), "language", "check", "--text", "a persistent absconder, streetwise", "--json");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(1, ((List<?>) r.json().get("findings")).size(), "Swindon's absconder needs its plugin: " + r.out());
        assertTrue(r.err().contains("only the shared list is checked"), r.err());
        assertFalse(Files.exists(dir.resolve("none")), "no home was made");
    }

    @Test
    void aSavedDecisionWarnsOnStandardErrorAndIsStoredAsWritten() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, Safeguard.run(home, "init", "--area", "lancashire").exit());
        Safeguard.Result referral = Safeguard.run(home, "referral", "add", "--referrer-name", "D. Worker", "--referrer-agency",
                "Example High School", "--date", "2026-11-02", "--family-name", "Okafor", "--first-name", "Alex", "--dob", "03/04/2011",
                "--ethnicity", "01", "--basis", "missing,older-relationship", "--signs", "absent-or-missing",
                "--details", "Seen with her boyfriend.", "--json");
        assertEquals(0, referral.exit(), referral.toString());
        assertTrue(referral.err().contains("warning: lancashire.cse1 details: \"boyfriend\""), referral.err());
        String caseId = String.valueOf(referral.json().get("case"));

        String decision = "She is  streetwise and consenting";
        Safeguard.Result added = Safeguard.run(home, "decision", "add", "--case", caseId, "--kind", "refer", "--decision", decision,
                "--reasons", "Historic concerns", "--json");
        assertEquals(0, added.exit(), added.toString());
        assertEquals(decision, added.json().get("decision"), "saved as written");
        List<String> lines = added.err().lines().toList();
        assertEquals(3, lines.size(), added.err());
        assertTrue(lines.get(0).startsWith("safeguard: warning: decision: \"streetwise\" (Safeguard's shared list) — suggested: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("safeguard: warning: decision: \"consenting\" (Pan-Lancashire CSE SOP §14)"), lines.get(1));
        assertTrue(lines.get(2).startsWith("safeguard: warning: reasons: \"Historic\""), lines.get(2));
        assertTrue(lines.stream().allMatch(l -> l.endsWith("; saved as written") && !l.contains("Okafor") && !l.contains("Alex")));

        Safeguard.Result listed = Safeguard.run(home, "decision", "list", "--case", caseId, "--json");
        assertEquals(decision, ((Map<?, ?>) listed.jsonList().get(0)).get("decision"));
        assertEquals("", listed.err(), "reading warns of nothing");
    }
}
