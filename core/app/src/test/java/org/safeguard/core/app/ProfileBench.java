package org.safeguard.core.app;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.safeguard.core.store.ProfileQueries;

/**
 * The Lancashire problem profile over a tracker of N referrals: generates the tracker (CSV: 80%
 * of referrals in the six months reported, the rest before; one child in four referred twice;
 * half as many persons of concern), imports it with {@code ImportService} (time and heap after
 * the import), then times {@code ReportService.profile} in the warm process (its cost beyond
 * start-up: median of 15 after 3 warm-ups) against the {@code sqlite3} shell running the very
 * same statements ({@link ProfileQueries#VICTIMS}, {@code BY_MONTH}, {@code OFFENDERS}) on the
 * same database file (median of 15 whole runs, less the median of 15 runs of {@code SELECT 1}:
 * its start-up); then times {@code ReportService.activity} over the same period the same way. Run by hand; figures go to docs/architecture.md, never asserted:
 * {@code java -cp <test class path> org.safeguard.core.app.ProfileBench 1000 100000}.
 */
public final class ProfileBench {
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    private ProfileBench() {
    }

    public static void main(String[] args) throws Exception {
        for (String a : args.length == 0 ? new String[] {"1000"} : args) {
            run(Integer.parseInt(a));
        }
    }

    private static void run(int n) throws Exception {
        Path dir = Files.createTempDirectory("profile-bench-");
        Random random = new Random(n);
        Path tracker = dir.resolve("tracker.csv");
        Path persons = dir.resolve("persons.csv");
        String[] outcomes = {"none", "none", "none", "s17", "s47", "s47", "s20", "s31", ""};
        String[] contacts = {"online", "online", "on-street", "third-party", "relationship", "position-of-trust", "other", ""};
        String[] ethnicity = {"W1", "W1", "W1", "W2", "W9", "A2", "A1", "B1", "M1"};
        String[] care = {"family-no-care", "family-no-care", "family-previous-care", "foster", "residential", "secure", "unknown"};
        try (Writer w = Files.newBufferedWriter(tracker, StandardCharsets.UTF_8)) {
            w.write(ProfileFromImportTest.HEADER);
            int child = 0;
            for (int i = 1; i <= n; i++) {
                if (i % 4 != 0) {
                    child++;
                }
                LocalDate day = i % 5 == 0 ? FROM.minusDays(1 + random.nextInt(300)) : FROM.plusDays(random.nextInt(181));
                w.write(String.join(",", "R" + i, "C" + child, "A. Worker", "School", day.toString(), "Family" + child, "Sam",
                        LocalDate.of(2010, 1, 1).plusDays(child % 1800).toString(), ethnicity[child % ethnicity.length],
                        care[child % care.length], "missing", "Bench referral " + i + ".", child % 10 == 0 ? "male" : "female",
                        outcomes[random.nextInt(outcomes.length)], random.nextInt(8) == 0 ? "yes" : "no",
                        String.valueOf(random.nextInt(6)), contacts[random.nextInt(contacts.length)]) + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(persons, StandardCharsets.UTF_8)) {
            w.write("sourceId,name,gender,ethnicity,dateOfBirth,referred,childSourceId\n");
            for (int i = 1; i <= n / 2; i++) {
                w.write(String.join(",", "P" + i, "Person " + i, i % 16 == 0 ? "female" : "male", ethnicity[i % ethnicity.length], "",
                        FROM.minusDays(60).plusDays(random.nextInt(240)).toString(), "") + "\n");
            }
        }
        try (AppFixture f = AppFixture.withArea(dir.resolve("home"), "lancashire")) {
            long t0 = System.nanoTime();
            ImportService.Result imported = f.app().imports().importFile(f.ctx(), ImportService.Kind.REFERRALS, null, tracker, false, null, null);
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            f.app().imports().importFile(f.ctx(), ImportService.Kind.PERSONS, null, persons, false, null, null);
            long peak = peakHeap();
            ReportService reports = f.app().reports();
            for (int i = 0; i < 3; i++) {
                reports.profile(f.ctx(), "lancashire", FROM, TO);
            }
            double[] ours = new double[15];
            for (int i = 0; i < ours.length; i++) {
                long s = System.nanoTime();
                reports.profile(f.ctx(), "lancashire", FROM, TO);
                ours[i] = (System.nanoTime() - s) / 1e6;
            }
            Path sql = dir.resolve("profile.sql");
            Files.writeString(sql, String.join(";\n", bind(ProfileQueries.VICTIMS), bind(ProfileQueries.BY_MONTH), bind(ProfileQueries.OFFENDERS))
                    + ";\n");
            Path db = f.home().database();
            double[] shell = new double[15];
            double[] startUp = new double[15];
            for (int i = 0; i < shell.length; i++) {
                shell[i] = sqlite(db, ".read " + sql);
                startUp[i] = sqlite(db, "SELECT 1;");
            }
            double m = median(ours);
            double s = median(shell) - median(startUp);
            System.out.printf("profile over %,d referrals (%,d imported in %.1f s, peak heap %,d MB):"
                            + " Safeguard %.1f ms (median of 15, warm), sqlite3 %.1f ms beyond its %.1f ms start-up; ratio %.2f%n",
                    n, imported.added(), importSeconds, peak / (1024 * 1024), m, s, median(startUp), m / s);
            // the activity report over the same six months: open cases by band and category at six month ends, the
            // deadlines of every open case worked out, the actions tracker
            for (int i = 0; i < 3; i++) {
                reports.activity(f.ctx(), "lancashire", FROM, TO);
            }
            double[] activity = new double[15];
            int open = 0;
            for (int i = 0; i < activity.length; i++) {
                long t = System.nanoTime();
                open = reports.activity(f.ctx(), "lancashire", FROM, TO).months().get(5).openAtEnd();
                activity[i] = (System.nanoTime() - t) / 1e6;
            }
            System.out.printf("activity report over %,d referrals (%,d cases open at the period's end): %.1f ms (median of 15, warm)%n",
                    n, open, median(activity));
        }
    }

    private static String bind(String statement) {
        return statement.replace(":area", "'lancashire'").replace(":from", "'" + FROM + "'").replace(":to", "'" + TO + "'")
                .replace(":path", "'$.lookedAfterStatus'").replace(":care", "'[\"foster\",\"residential\",\"secure\"]'")
                .replace(":white", "'[\"W1\",\"W2\",\"W9\"]'");
    }

    private static double sqlite(Path db, String command) throws IOException, InterruptedException {
        long s = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", "-batch", db.toString(), command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 failed: " + command);
        }
        return (System.nanoTime() - s) / 1e6;
    }

    private static long peakHeap() {
        long sum = 0;
        List<MemoryPoolMXBean> pools = new ArrayList<>(ManagementFactory.getMemoryPoolMXBeans());
        for (MemoryPoolMXBean pool : pools) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double median(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
