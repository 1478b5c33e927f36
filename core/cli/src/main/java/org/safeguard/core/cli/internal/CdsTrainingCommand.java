package org.safeguard.core.cli.internal;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.safeguard.core.api.instrument.Factor;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.app.Application;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.runtime.Folders;
import org.safeguard.core.runtime.PluginInfo;
import org.safeguard.dsl.model.MeetingType;
import picocli.CommandLine.Command;

/**
 * Hidden: a representative run for the launcher's class-data-sharing archive. In a throwaway
 * home with every shipped plugin enabled it runs the commands people run most (a preview of
 * each instrument, a stored record, a list, a coordinator's meeting commands), so the archive
 * holds the classes they load. What to run is asked of the application's services, like any
 * front end. Writes nothing outside its temporary folder.
 */
@Command(name = "cds-training", hidden = true, description = "Used by bin/safeguard to build its start-up archive.")
final class CdsTrainingCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        Path tmp = Files.createTempDirectory("safeguard-training-");
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        try {
            String h = tmp.resolve("home").toString();
            List<String> init = new ArrayList<>(List.of("--home", h, "init"));
            try (Root root = new Root(sink, sink)) {
                Session s = root.session(Path.of(h));
                for (PluginInfo p : s.app().plugins().shipped(s.ctx())) {
                    init.add("--area");
                    init.add(p.id());
                }
            }
            Cli.run(init.toArray(String[]::new), sink, sink);
            Plan plan = plan(h, sink);
            for (String[] preview : plan.previews()) {
                Cli.run(new String[] {"--home", h, "assess", "--instrument", preview[0], "--answer", preview[1], "--json"}, sink, sink);
            }
            Cli.run(new String[] {"--home", h, "child", "add", "--family-name", "Training", "--given-name", "Run"}, sink, sink);
            Cli.run(new String[] {"--home", h, "cases", "list", "--json"}, sink, sink);
            plan.meetingType().ifPresent(type -> meetingWork(h, type, plan.today(), sink));
            return 0;
        } finally {
            Folders.deleteTree(tmp);
        }
    }

    /**
     * What to run in the initialised home: a preview of every enabled instrument with each
     * factor at its lowest score, and the first meeting type of the first area definition in
     * force (none when no area defines one).
     */
    private record Plan(List<String[]> previews, Optional<String> meetingType, LocalDate today) {
    }

    private static Plan plan(String home, PrintStream sink) {
        try (Root root = new Root(sink, sink)) {
            Session s = root.session(Path.of(home));
            Application app = s.app();
            RequestContext ctx = s.ctx();
            List<String[]> previews = new ArrayList<>();
            for (var offered : app.assessments().instruments(ctx)) {
                Instrument in = offered.instrument();
                StringBuilder answers = new StringBuilder();
                for (Factor f : in.factors()) {
                    answers.append(answers.length() == 0 ? "" : ",").append(f.number()).append('=').append(f.minScore());
                }
                previews.add(new String[] {in.id(), answers.toString()});
            }
            Optional<String> type = app.areas().list(ctx).stream().flatMap(l -> l.inForce().stream())
                    .flatMap(d -> d.meetings().stream()).map(MeetingType::id).findFirst();
            return new Plan(previews, type, ctx.today());
        }
    }

    /** A coordinator's commands: schedule, the agenda as text and HTML, the invitation sent to the throwaway outbox, lists. */
    private static void meetingWork(String home, String type, LocalDate today, PrintStream sink) {
        String at = today.plusDays(14) + "T10:00";
        Cli.run(new String[] {"--home", home, "meeting", "schedule", "--type", type, "--at", at, "--venue", "Training room"}, sink, sink);
        Cli.run(new String[] {"--home", home, "meeting", "agenda", "1", "--format", "text"}, sink, sink);
        Cli.run(new String[] {"--home", home, "meeting", "agenda", "1", "--format", "html"}, sink, sink);
        Cli.run(new String[] {"--home", home, "meeting", "send", "1", "--doc", "invitation"}, sink, sink);
        Cli.run(new String[] {"--home", home, "meeting", "list", "--json"}, sink, sink);
        Cli.run(new String[] {"--home", home, "actions", "list"}, sink, sink);
    }
}
