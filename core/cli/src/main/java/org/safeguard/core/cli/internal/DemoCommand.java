package org.safeguard.core.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.app.ReferralService;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.model.MissingEpisode;
import org.safeguard.core.runtime.Folders;
import org.safeguard.core.runtime.Home;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code safeguard demo}: a home with the Lancashire area and clearly fictional children,
 * recorded through the same workflows as the real commands, then the coordinator's view.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create a demonstration home (default ./safeguard-demo) with the Lancashire area and fictional children, "
                + "referrals and CSE 2 assessments across the bands, and a coordinator's month on the Multi-Agency CSE Meeting "
                + "(invitation, agenda and minutes sent to the home's outbox, actions carried to the next meeting). "
                + "Re-running replaces an earlier demo home; a home that is not a demo is never touched.")
final class DemoCommand implements Callable<Integer> {
    static final String MARKER = "demo-home";
    private static final String AREA = "lancashire";
    private static final String CSE2 = "lancashire.cse2";

    @ParentCommand
    Root root;

    @Option(names = "--home", paramLabel = "DIR", description = "Where to create the demo home (default ./safeguard-demo).")
    Path home;

    /** One fictional child: names that are obviously not real people, and their CSE 2 answers (factor 1 to 11). */
    private record Fictional(String given, String family, String dob, String basis, String signs, String details, int[][] finals,
                             int[] draft) {
    }

    private static final List<Fictional> CHILDREN = List.of(
            new Fictional("Alex", "Example", "2011-05-14", "changed-behaviour", "technology",
                    "School reports new online contacts; preventative work offered.", new int[][] {{1, 1, 0, 1, 1, 0, 0, 1, 1, 1, 1}}, null),
            new Fictional("Jordan", "Sample", "2010-09-02", "missing,older-relationship", "absent-or-missing,gangs-older-crime",
                    "Two short missing episodes; seen getting into a car driven by an older adult.", new int[][] {{2, 1, 1, 2, 1, 1, 1, 2, 1, 2, 1}}, null),
            new Fictional("Sam", "Fictional", "2009-12-20", "missing,money-or-items,alcohol-drugs", "gifts-money,alcohol-drugs",
                    "New phone and clothes that carers cannot account for; alcohol use at weekends.",
                    new int[][] {{2, 2, 1, 2, 1, 2, 1, 2, 2, 2, 1}, {3, 2, 2, 3, 2, 3, 2, 3, 2, 2, 3}}, null),
            new Fictional("Casey", "Demonstration", "2010-03-08", "disclosure,missing", "absent-or-missing,sexual-health,distrust",
                    "Disclosure to a youth worker of being taken to parties by adults; frequent missing episodes.",
                    new int[][] {{4, 3, 3, 4, 3, 3, 3, 4, 3, 4, 4}}, null),
            new Fictional("Morgan", "Testcase", "2012-07-30", "preventative", "emotional-physical",
                    "Concerns raised by a sibling's social worker; assessment in progress.", new int[][] {}, new int[] {1, 2, 0, 2, -1, -1, 0, 1, -1, 1, 1}),
            new Fictional("Taylor", "Illustration", "2009-01-17", "incident,peers-exploited", "gangs-older-crime,gifts-money,sexual-health",
                    "Police intelligence links the young person to an address of concern; peers known to the CSE team.",
                    new int[][] {{4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4}}, null));

    @Override
    public Integer call() {
        Path where = home != null ? home : root.home != null ? root.home : Path.of("safeguard-demo");
        Home h = new Home(where);
        prepare(h);
        Session s = root.session(where);
        s.app().homes().init(s.ctx(), List.of(AREA));
        try {
            Files.writeString(h.conf().resolve(MARKER), "This home was made by 'safeguard demo' and is replaced when the demo runs again.\n");
        } catch (IOException e) {
            throw new SafeguardException("cannot mark the demo home: " + e.getMessage(), e);
        }
        LocalDate today = LocalDate.now();
        int n = 0;
        for (Fictional f : CHILDREN) {
            n++;
            Map<String, Object> referral = new LinkedHashMap<>();
            referral.put("referrerName", "D. Worker (fictional)");
            referral.put("referrerAgency", n % 2 == 0 ? "Example High School" : "Example Youth Service");
            referral.put("dateCompleted", today.minusDays(60 - n * 7L).toString());
            referral.put("familyName", f.family());
            referral.put("firstName", f.given());
            referral.put("dateOfBirth", f.dob());
            referral.put("ethnicity", List.of("W1", "M1", "A2", "B2", "O9", "W9").get(n - 1));
            referral.put("basisOfConcern", f.basis());
            referral.put("warningSigns", f.signs());
            referral.put("details", f.details());
            referral.put("parentsAware", n % 3 != 0 ? "yes" : "no");
            ReferralService.Outcome o = s.app().referrals().refer(s.ctx(), AREA, null, referral);
            for (int[] scores : f.finals()) {
                s.app().assessments().record(s.ctx(), CSE2, answers(scores), o.child().id(), AssessmentStatus.FINAL);
            }
            if (f.draft() != null) {
                s.app().assessments().record(s.ctx(), CSE2, answers(f.draft()), o.child().id(), AssessmentStatus.DRAFT);
            }
            if (f.given().equals("Casey")) {
                Instant back = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
                long child = o.child().id();
                s.store().useTransaction(s.actor, tx -> {
                    tx.missingEpisodes().add(child, back.minus(20, ChronoUnit.DAYS), back.minus(19, ChronoUnit.DAYS), "a city-centre address", true);
                    tx.missingEpisodes().add(child, back.minus(30, ChronoUnit.HOURS), back, "found by police at a takeaway", true);
                });
            }
        }
        List<Long> cases = s.app().cases().list(s.ctx(), false).stream().map(r -> r.onCase().id()).toList();
        report(s, DemoMonth.run(s, AREA, cases, today));
        return 0;
    }

    /** Refuses to touch a home that is not a demo; clears an earlier demo. */
    private static void prepare(Home h) {
        if (!Files.exists(h.root())) {
            return;
        }
        if (Files.isRegularFile(h.conf().resolve(MARKER))) {
            Folders.deleteTree(h.root());
        } else if (h.exists()) {
            throw new SafeguardException(h.root() + " is a Safeguard home that the demo did not make; choose another folder with --home");
        }
    }

    private static Map<String, String> answers(int[] scores) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= 0) {
                m.put(String.valueOf(i + 1), String.valueOf(scores[i]));
            }
        }
        return m;
    }

    private void report(Session s, DemoMonth.Done month) {
        Instrument cse2 = s.app().assessments().instrument(s.ctx(), CSE2);
        List<org.safeguard.core.app.CaseService.Summary> rows = s.app().cases().list(s.ctx(), false);
        s.out.println("Safeguard demonstration — " + s.home.root());
        s.out.println("Area: Pan-Lancashire (plugin lancashire). All children below are fictional.");
        s.out.println();
        CasesCommand.ListCases.print(s, rows, s.ctx().today());
        s.out.println();
        Map<String, Integer> byBand = new TreeMap<>();
        rows.forEach(r -> byBand.merge(r.current().map(a -> a.band()).orElse("not yet assessed"), 1, Integer::sum));
        s.out.println("Cases by band: " + byBand.toString().replaceAll("[{}]", ""));
        List<MissingEpisode> due = s.store().inTransaction(s.actor, tx -> rows.stream()
                .flatMap(r -> tx.missingEpisodes().forChild(r.child().id()).stream())
                .filter(e -> e.returnInterviewDue() != null && e.returnInterviewHeld() == null).toList());
        for (MissingEpisode e : due) {
            String who = rows.stream().filter(r -> r.child().id() == e.childId()).findFirst().map(r -> r.child().reference()).orElse("?");
            boolean overdue = e.returnInterviewDue().isBefore(Instant.now());
            s.out.println("Return interview " + (overdue ? "OVERDUE since " : "due by ") + Dates.local(e.returnInterviewDue()) + " for " + who
                    + " (returned " + Dates.local(e.returned()) + ")");
        }
        cse2.warnings().forEach(w -> s.out.println("Note on CSE 2: " + w));
        s.out.println();
        reportMonth(s, month);
        s.out.println();
        String sg = "safeguard --home " + s.home.root();
        s.out.println("Next: " + sg + " case show 3");
        s.out.println("      " + sg + " meeting agenda " + month.next().id() + " --format pdf --out agenda.pdf");
        s.out.println("      " + sg + " assess --instrument " + CSE2 + " --answer 1=2 --answer 2=1 --json");
    }

    private static void reportMonth(Session s, DemoMonth.Done month) {
        Meeting held = month.held();
        long overdue = month.actions().stream().filter(a -> a.status() == MeetingAction.Status.OPEN && a.due().isBefore(LocalDate.now())).count();
        s.out.println("The coordinator's month: " + held.typeName());
        s.out.println("  " + held.reference() + " held " + Dates.local(held.startsAt()) + " at " + held.venue() + " with "
                + month.cases() + " cases on the panel; " + month.quorum().explain(s.meetings(AREA).area()) + ".");
        s.out.println("  Invitation, agenda and minutes sent: " + month.messages() + " messages in " + s.home.outbox()
                + " (safeguard disclosures list).");
        s.out.println("  Minutes imported from " + month.minutesFile() + ": " + month.actions().size() + " actions, "
                + overdue + " overdue (safeguard actions list).");
        s.out.println("  Next meeting " + month.next().reference() + " (id " + month.next().id() + ") on " + Dates.local(month.next().startsAt())
                + ": its agenda reviews " + month.actionsForReview() + " actions; send it with: safeguard meeting send "
                + month.next().id() + " --doc agenda");
    }
}
