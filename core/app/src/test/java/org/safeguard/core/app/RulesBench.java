package org.safeguard.core.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.store.NewChild;
import org.safeguard.core.store.NewReferral;

/**
 * Times a sweep of the Lancashire rules over N open cases in a real home (SQLite, the shipped
 * plugin): a dry run (every rule evaluated for every case, nothing written), the first real sweep
 * (1 case in 100 at RED fires "red-band-to-panel" and waits for a meeting) and a steady sweep
 * (nothing has changed: nothing fires). Start-up and the bulk setting-up are outside the figures.
 * Run by hand; figures are reported in docs/architecture.md ("Measurements"), never asserted:
 * {@code java -cp <test class path> org.safeguard.core.app.RulesBench 1000 10000 100000}.
 */
public final class RulesBench {
    private RulesBench() {
    }

    public static void main(String[] args) throws Exception {
        for (String a : args.length == 0 ? new String[] {"1000"} : args) {
            run(Integer.parseInt(a));
        }
    }

    private static void run(int n) throws Exception {
        Path dir = Files.createTempDirectory("rules-bench-");
        try (AppFixture f = AppFixture.withArea(dir, "lancashire")) {
            LocalDate today = LocalDate.ofInstant(AppFixture.START, RequestContext.ZONE);
            AreaDescriptor area = AreaDescriptor.builder("lancashire", "Pan-Lancashire").caseReferences("CSE-%05d").build();
            long t0 = System.nanoTime();
            List<Long> red = new ArrayList<>();
            f.store(tx -> {
                for (int i = 0; i < n; i++) {
                    long child = tx.children().add(NewChild.named("Bench" + i, "Sam", LocalDate.of(2011, 1, 1).plusDays(i % 1500))).id();
                    long c = tx.cases().open(child, area, today).id();
                    // received today: the initial assessment is not yet due, so no rule holds for most cases
                    tx.referrals().add(c, child, new NewReferral("lancashire.cse1", "1", "D. Worker", "Example High School", today,
                            List.of("missing"), List.of(), null, "Bench referral.", Map.of()));
                    if (i % 100 == 0) {
                        red.add(child);
                    }
                }
                return null;
            });
            for (long child : red) {
                f.app().assessments().record(f.ctx(), "lancashire.cse2", AssessmentServiceTest.answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4), child,
                        AssessmentStatus.FINAL);
            }
            double setup = (System.nanoTime() - t0) / 1e9;
            RuleService rules = f.app().rules();
            rules.run(f.ctx(), "lancashire", null, true); // the engine, the plugin and the query plans, outside the figures
            double dry = time(() -> rules.run(f.ctx(), "lancashire", null, true));
            long[] fired = {0};
            double first = time(() -> fired[0] = rules.run(f.ctx(), "lancashire", null, false).reports().get(0).fired().size());
            double steady = time(() -> rules.run(f.ctx(), "lancashire", null, false));
            double steady2 = time(() -> rules.run(f.ctx(), "lancashire", null, false));
            Runtime rt = Runtime.getRuntime();
            System.out.printf("%,d open cases (setup %.1f s): dry run %.0f ms; first sweep %.0f ms (%d fired); steady sweep %.0f / %.0f ms;"
                    + " heap in use %.0f MB%n", n, setup, dry, first, fired[0], steady, steady2, (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
        } finally {
            org.safeguard.core.runtime.Folders.deleteTree(dir);
        }
    }

    private static double time(Runnable r) {
        long s = System.nanoTime();
        r.run();
        return (System.nanoTime() - s) / 1e6;
    }
}
