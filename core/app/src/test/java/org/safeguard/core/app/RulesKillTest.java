package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.runtime.Distribution;
import org.safeguard.core.runtime.Home;
import org.safeguard.core.store.NewChild;
import org.safeguard.core.store.NewReferral;

/**
 * A sweep killed with SIGKILL part-way through its firings, in a process of its own, and run
 * again: every case's rule fires exactly once, with everything its actions did and one notice,
 * and the audit trail still verifies. The kill comes once the database shows some firings and
 * fewer than all, so it lands inside the sweep.
 */
class RulesKillTest {
    private static final int CASES = 600;

    @TempDir
    Path tmp;

    /** The child process: one sweep of the home's Lancashire rules, as {@code safeguard rules run} does. */
    public static void main(String[] args) {
        try (Application app = Application.open(new Home(Path.of(args[0])), new Distribution(Path.of(args[1])), Application.Mode.COMMAND,
                false, Application.Events.lines(l -> { }))) {
            app.rules().run(app.signIn(AppFixture.ACTOR, Clock.systemUTC()), "lancashire", null, false);
        }
    }

    @Test
    void aSweepKilledMidWayAndRunAgainFiresEachOccurrenceOnce() throws Exception {
        try (AppFixture f = AppFixture.withArea(tmp, "lancashire")) {
            AreaDescriptor area = AreaDescriptor.builder("lancashire", "Pan-Lancashire").caseReferences("CSE-%05d").build();
            f.store(tx -> {
                for (int i = 0; i < CASES; i++) {
                    long child = tx.children().add(NewChild.named("Kill" + i, "Sam", LocalDate.of(2011, 1, 1))).id();
                    long c = tx.cases().open(child, area, LocalDate.of(2026, 11, 2)).id();
                    // referred on 2 November and never assessed: "assessment-overdue" holds for every case
                    tx.referrals().add(c, child, new NewReferral("lancashire.cse1", "1", "D. Worker", "Example High School",
                            LocalDate.of(2026, 11, 2), List.of("missing"), List.of(), null, "Referral.", Map.of()));
                }
                return null;
            });
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), RulesKillTest.class.getName(), f.home().root().toString(),
                    AppFixture.distributionRoot().toAbsolutePath().toString()).redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("child.log").toFile()).start();
            long fired = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && System.nanoTime() < deadline) {
                fired = f.store(tx -> tx.ruleLedger().firings(null, null, CASES + 1).size());
                if (fired >= 20) {
                    break;
                }
                Thread.sleep(20);
            }
            p.destroyForcibly(); // SIGKILL on Linux
            p.waitFor(30, TimeUnit.SECONDS);
            long atKill = f.store(tx -> tx.ruleLedger().firings(null, null, CASES + 1).size());
            assertTrue(atKill > 0 && atKill < CASES, "killed inside the sweep: " + atKill + " of " + CASES + " fired");

            var again = f.app().rules().run(f.ctx(), "lancashire", null, false);
            assertEquals(CASES - atKill, again.reports().get(0).fired().size(), "the re-run fires only what had not fired");
            List<org.safeguard.core.store.RuleLedger.Firing> all = f.store(tx -> tx.ruleLedger().firings(null, null, CASES * 2));
            assertEquals(CASES, all.size());
            assertEquals(CASES, all.stream().map(x -> x.caseId()).distinct().count(), "once per case");
            assertTrue(all.stream().allMatch(x -> x.actions().size() == 2), "each firing with what both its actions did");
            for (var x : all) {
                assertEquals(1, f.store(tx -> tx.disclosures().forDocument("rule-notice", x.id())).size(), "one notice for firing " + x.id());
            }
            assertTrue(f.store(tx -> tx.cases().open("lancashire")).stream().allMatch(c -> c.priority().equals("high")));
            assertTrue(f.store(tx -> tx.audit().verify(null, null)).problems().isEmpty(), "the audit trail verifies");
        }
    }
}
