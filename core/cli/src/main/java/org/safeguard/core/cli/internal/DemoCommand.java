package org.safeguard.core.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.app.Application;
import org.safeguard.core.app.CaseService;
import org.safeguard.core.app.MissingEpisodeService;
import org.safeguard.core.app.ReferralService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.runtime.Folders;
import org.safeguard.core.runtime.Home;
import org.safeguard.core.runtime.PluginInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code safeguard demo}: a home made from an area plugin's demonstration set — clearly
 * fictional children recorded through the same services as the real commands, a coordinator's
 * month on the area's meeting — then the coordinator's view. The set is the plugin's data; this
 * command names no area.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create a demonstration home (default ./safeguard-demo) from an area plugin's demonstration set: fictional "
                + "children with their referrals and assessments, and a coordinator's month on the area's meeting (invitation, "
                + "agenda and minutes sent to the home's outbox, actions carried to the next meeting). "
                + "Re-running replaces an earlier demo home; a home that is not a demo is never touched.")
final class DemoCommand implements Callable<Integer> {
    static final String MARKER = "demo-home";

    @ParentCommand
    Root root;

    @Option(names = "--home", paramLabel = "DIR", description = "Where to create the demo home (default ./safeguard-demo).")
    Path home;

    @Option(names = "--area", paramLabel = "ID", description = "The area whose demonstration to run (default: the only area plugin shipped).")
    String area;

    /** What the children of the set became: their cases, in the set's order. */
    record Recorded(String areaId, AreaDescriptor area, Demonstration set, String instrument, List<Long> cases, List<String> references,
                    Map<String, String> firstAnswers) {
    }

    @Override
    public Integer call() {
        Path where = home != null ? home : root.home != null ? root.home : Path.of("safeguard-demo");
        Home h = new Home(where);
        prepare(h);
        Session s = root.session(where);
        RequestContext ctx = s.ctx();
        String areaId = area != null ? area : onlyShipped(s.app(), ctx);
        s.app().homes().init(ctx, List.of(areaId));
        try {
            Files.writeString(h.conf().resolve(MARKER), "This home was made by 'safeguard demo' and is replaced when the demo runs again.\n");
        } catch (IOException e) {
            throw new SafeguardException("cannot mark the demo home: " + e.getMessage(), e);
        }
        Recorded done = record(s.app(), ctx, areaId);
        DemoMonth.Done month = done.set().meeting() == null ? null : DemoMonth.run(s, done, ctx.today());
        report(s, ctx, done, month);
        return 0;
    }

    /**
     * The area plugin the installation ships, when it ships one, or the one of several that ships
     * a demonstration set; else the caller must say which.
     */
    static String onlyShipped(Application app, RequestContext ctx) {
        List<String> shipped = app.plugins().shipped(ctx).stream().map(PluginInfo::id).toList();
        if (shipped.size() == 1) {
            return shipped.get(0);
        }
        List<String> demonstrated = app.plugins().demonstrated(ctx).stream().map(PluginInfo::id).toList();
        if (demonstrated.size() == 1) {
            return demonstrated.get(0);
        }
        throw new RefusedException("area-ambiguous", shipped.isEmpty() ? "no area plugin is shipped with this installation"
                : "several area plugins are shipped (" + String.join(", ", shipped) + ")");
    }

    /**
     * Records the set's children in the home through the services: each referral (which opens a
     * case), its assessments, its missing episodes. The set is checked whole first.
     */
    static Recorded record(Application app, RequestContext ctx, String areaId) {
        AreaDescriptor area = app.areas().resolve(ctx, areaId);
        Demonstration set = Demonstration.parse(areaId, app.areas().demonstration(ctx, areaId).orElseThrow(() ->
                new RefusedException("demonstration-needed", "the " + areaId + " plugin ships no demonstration set")));
        String instrument = set.instrument() != null ? set.instrument() : area.instrument().orElse(null);
        Demonstration.Days days = new Demonstration.Days(ctx.today(), null, null, List.of());
        Instant now = ctx.now().truncatedTo(ChronoUnit.MINUTES);
        List<Long> cases = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (Demonstration.Child c : set.children()) {
            ReferralService.Outcome o = recordChild(app, ctx, areaId, instrument, c, days, now);
            cases.add(o.onCase().id());
            references.add(o.onCase().reference());
        }
        Map<String, String> firstAnswers = set.children().stream().flatMap(c -> c.assessments().stream()).findFirst()
                .map(Demonstration.Assessment::answers).orElse(Map.of());
        return new Recorded(areaId, area, set, instrument, List.copyOf(cases), List.copyOf(references), firstAnswers);
    }

    /** One child of a set: the referral (which opens a case), its assessments, its missing episodes. */
    static ReferralService.Outcome recordChild(Application app, RequestContext ctx, String areaId, String instrument, Demonstration.Child c,
                                               Demonstration.Days days, Instant now) {
        ReferralService.Outcome o = app.referrals().refer(ctx, areaId, null, Demonstration.resolveMap(c.referral(), days));
        long child = o.child().id();
        for (Demonstration.Assessment a : c.assessments()) {
            if (instrument == null) {
                throw new RefusedException("demonstration-needs-instrument", "the demonstration set of area " + areaId
                        + " has assessments but names no instrument, and the area has none");
            }
            app.assessments().record(ctx, instrument, a.answers(), child, a.isFinal() ? AssessmentStatus.FINAL : AssessmentStatus.DRAFT);
        }
        for (Demonstration.Missing m : c.missing()) {
            Optional<MissingEpisodeService.Return> back = Optional.ofNullable(m.returnedHoursAgo())
                    .map(hours -> new MissingEpisodeService.Return(now.minus(hours, ChronoUnit.HOURS), m.whereFound()));
            app.missingEpisodes().report(ctx, child, now.minus(m.missingHoursAgo(), ChronoUnit.HOURS), back, m.returnInterview());
        }
        return o;
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

    private void report(Session s, RequestContext ctx, Recorded done, DemoMonth.Done month) {
        List<CaseService.Summary> rows = s.app().cases().list(ctx, false);
        s.out.println("Safeguard demonstration — " + s.home.root());
        s.out.println("Area: " + done.area().name() + " (plugin " + done.areaId() + "). All children below are fictional.");
        if (!done.set().about().isBlank()) {
            s.out.println(done.set().about());
        }
        s.out.println();
        CasesCommand.ListCases.print(s, rows, ctx.today());
        s.out.println();
        Map<String, Integer> byBand = new TreeMap<>();
        rows.forEach(r -> byBand.merge(r.current().map(a -> a.band()).orElse("not yet assessed"), 1, Integer::sum));
        s.out.println("Cases by band: " + byBand.toString().replaceAll("[{}]", ""));
        for (MissingEpisodeService.Episode e : s.app().missingEpisodes().list(ctx, null)) {
            if (e.interview() == MissingEpisodeService.Interview.DUE || e.interview() == MissingEpisodeService.Interview.OVERDUE) {
                s.out.println("Return interview " + (e.interview() == MissingEpisodeService.Interview.OVERDUE ? "OVERDUE since " : "due by ")
                        + Dates.local(e.episode().returnInterviewDue()) + " for " + e.child().reference()
                        + " (returned " + Dates.local(e.episode().returned()) + ")");
            }
        }
        if (done.instrument() != null) {
            Instrument instrument = s.app().assessments().instrument(ctx, done.instrument());
            instrument.warnings().forEach(w -> s.out.println("Note on " + instrument.title() + ": " + w));
        }
        s.out.println();
        if (month != null) {
            DemoMonth.report(s, month, ctx.today());
            s.out.println();
        }
        String sg = "safeguard --home " + s.home.root();
        List<Long> cases = done.cases();
        s.out.println("Next: " + sg + " case show " + cases.get(Math.min(2, cases.size() - 1)));
        if (month != null) {
            s.out.println("      " + sg + " meeting agenda " + month.next().id() + " --format pdf --out agenda.pdf");
        }
        if (done.instrument() != null && !done.firstAnswers().isEmpty()) {
            StringBuilder answers = new StringBuilder();
            done.firstAnswers().entrySet().stream().limit(2)
                    .forEach(a -> answers.append(" --answer ").append(a.getKey()).append('=').append(a.getValue()));
            s.out.println("      " + sg + " assess --instrument " + done.instrument() + answers + " --json");
        }
    }
}
