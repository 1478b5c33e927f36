package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped Lancashire rules and deadlines acting through the shipped command line: a dry run
 * changes nothing, each rule fires once, a met deadline does not fire its rule, notifications
 * are discreet (no child's name in a subject or a file name) and in the disclosure log, a case
 * waits for the next meeting to be scheduled, and `rules why` says why.
 */
class RulesIT {
    @TempDir
    Path dir;
    Path home;

    private Safeguard.Result ok(String... args) throws Exception {
        Safeguard.Result r = Safeguard.run(home, args);
        assertEquals(0, r.exit(), String.join(" ", args) + "\n" + r);
        return r;
    }

    private Map<String, Object> refer(String family) throws Exception {
        return ok("referral", "add", "--referrer-name", "D. Worker", "--referrer-agency", "Example High School",
                "--date", "2026-11-02", "--family-name", family, "--first-name", "Alex", "--dob", "03/04/2011",
                "--ethnicity", "01", "--basis", "missing,older-relationship", "--signs", "absent-or-missing",
                "--details", "Two missing episodes this month.", "--json").json();
    }

    private List<Path> outbox() throws Exception {
        try (Stream<Path> files = Files.list(home.resolve("outbox"))) {
            return files.sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fired(Map<String, Object> run) {
        return ((List<Map<String, Object>>) run.get("reports")).stream()
                .flatMap(r -> ((List<Map<String, Object>>) r.get("fired")).stream()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theShippedRulesFireOnceDiscreetlyAndADryRunChangesNothing() throws Exception {
        home = dir.resolve("home");
        ok("init", "--area", "lancashire");
        Map<String, Object> overdue = refer("Fernhill"); // referred 2 November, never assessed: the 24 hours have passed
        Map<String, Object> assessed = refer("Oakbridge");
        ok("assess", "--instrument", "lancashire.cse2", "--child", String.valueOf(assessed.get("child")), "-a",
                "1=4,2=4,3=4,4=4,5=4,6=4,7=4,8=4,9=4,10=4,11=4", "--final"); // RED; the deadline met, late
        String a = (String) overdue.get("caseReference");
        String b = (String) assessed.get("caseReference");

        Map<String, Object> dry = ok("rules", "run", "--dry-run", "--json").json();
        assertEquals(List.of("assessment-overdue " + a, "red-band-to-panel " + b),
                fired(dry).stream().map(f -> f.get("rule") + " " + f.get("case")).sorted().toList());
        assertEquals(List.of(), ok("rules", "firings", "--json").jsonList(), "a dry run records nothing");
        assertFalse(Files.exists(home.resolve("outbox")) && !outbox().isEmpty(), "and sends nothing");

        Safeguard.Result run = ok("rules", "run");
        assertTrue(run.out().contains("2 fired"), run.out());
        assertEquals(2, outbox().size(), outbox().toString());
        for (Path eml : outbox()) {
            String name = eml.getFileName().toString();
            String text = Files.readString(eml);
            jakarta.mail.internet.MimeMessage parsed;
            try (var in = Files.newInputStream(eml)) {
                parsed = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), in);
            }
            String subject = parsed.getSubject();
            for (String family : List.of("Fernhill", "Oakbridge")) {
                assertFalse(name.contains(family) || subject.contains(family) || text.contains(family), "no child's name: " + name + " " + subject);
            }
            assertTrue(subject.contains(a) || subject.contains(b), subject);
        }
        List<Object> notices = ok("disclosures", "list", "--json").jsonList().stream()
                .filter(d -> "rule-notice".equals(((Map<String, Object>) d).get("document"))).toList();
        assertEquals(2, notices.size(), "each notification is in the disclosure log");

        Map<String, Object> again = ok("rules", "run", "--json").json();
        assertEquals(List.of(), fired(again), "nothing fires twice");
        assertEquals(2, ok("rules", "firings", "--json").jsonList().size());
        assertEquals(2, outbox().size());

        Map<String, Object> showA = ok("case", "show", a, "--json").json();
        assertEquals("high", showA.get("priority"), "assessment-overdue raised it");
        assertEquals("overdue", ((List<Map<String, Object>>) showA.get("deadlines")).get(0).get("state"));
        Map<String, Object> showB = ok("case", "show", b, "--json").json();
        assertEquals("met", ((List<Map<String, Object>>) showB.get("deadlines")).get(0).get("state"), "a final assessment meets it");
        assertEquals("normal", showB.get("priority"), "a met deadline fires no rule");

        // no meeting was scheduled: the RED case waits for the first one scheduled, then goes on it once
        LocalDate next = LocalDate.now(ZoneId.of("Europe/London")).plusDays(14);
        String m = (String) ok("meeting", "schedule", "--type", "multi-agency-cse", "--at", next + "T10:00", "--venue", "County Hall",
                "--json").json().get("reference");
        String placed = ok("rules", "run").out();
        assertTrue(placed.contains("waiting case placed: " + b + ": added to " + m), placed);
        assertTrue(ok("meeting", "show", m).out().contains(b));
        assertFalse(ok("rules", "run").out().contains("waiting case placed"), "once");

        String why = ok("rules", "why", b).out();
        assertTrue(why.contains("holds    red-band-to-panel"), why);
        assertTrue(why.contains("yes case.band of lancashire.cse2 = RED"), why);
        assertTrue(ok("deadlines", "list", "--overdue").out().contains(a), "the overdue deadline is listed");
    }
}
