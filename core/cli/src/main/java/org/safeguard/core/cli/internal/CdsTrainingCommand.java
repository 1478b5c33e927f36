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
import org.safeguard.core.runtime.Container;
import org.safeguard.core.runtime.Distribution;
import org.safeguard.core.runtime.Folders;
import org.safeguard.core.runtime.Home;
import org.safeguard.core.runtime.PluginInfo;
import org.safeguard.core.runtime.Plugins;
import org.safeguard.dsl.model.MeetingType;
import picocli.CommandLine.Command;

/**
 * Hidden: a representative run for the launcher's class-data-sharing archive. In a throwaway
 * home with every shipped plugin enabled it runs the commands people run most (a preview of
 * each instrument, a stored record, a list), so the archive holds the classes they load.
 * Writes nothing outside its temporary folder.
 */
@Command(name = "cds-training", hidden = true, description = "Used by bin/safeguard to build its start-up archive.")
final class CdsTrainingCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        Path tmp = Files.createTempDirectory("safeguard-training-");
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        try {
            Home home = new Home(tmp.resolve("home")).create();
            Distribution dist = Distribution.fromSystemProperty();
            List<String> init = new ArrayList<>(List.of("--home", home.root().toString(), "init"));
            for (PluginInfo p : new Plugins(home, dist).list()) {
                init.add("--area");
                init.add(p.id());
            }
            Cli.run(init.toArray(String[]::new), sink, sink);
            List<String> instruments;
            try (Container c = Container.start(home, dist, Container.Mode.COMMAND, false, line -> { })) {
                instruments = new ArrayList<>();
                for (Instrument in : c.instruments().all()) {
                    StringBuilder answers = new StringBuilder();
                    for (Factor f : in.factors()) {
                        answers.append(answers.length() == 0 ? "" : ",").append(f.number()).append('=').append(f.minScore());
                    }
                    instruments.add(in.id() + " " + answers);
                }
            }
            for (String spec : instruments) {
                String[] parts = spec.split(" ");
                Cli.run(new String[] {"--home", home.root().toString(), "assess", "--instrument", parts[0], "--answer", parts[1], "--json"}, sink, sink);
            }
            String h = home.root().toString();
            Cli.run(new String[] {"--home", h, "child", "add", "--family-name", "Training", "--given-name", "Run"}, sink, sink);
            Cli.run(new String[] {"--home", h, "cases", "list", "--json"}, sink, sink);
            meetingWork(h, sink);
            return 0;
        } finally {
            Folders.deleteTree(tmp);
        }
    }

    /**
     * A coordinator's commands on the first meeting type of the first area definition in force:
     * schedule, the agenda as text and HTML, the invitation sent to the throwaway outbox, lists.
     * Nothing when no area defines a meeting type.
     */
    private static void meetingWork(String home, PrintStream sink) {
        Optional<String> type;
        try (Root root = new Root(sink, sink)) {
            Session s = root.session(Path.of(home));
            type = s.areaDefinitions().load().stream().flatMap(l -> l.inForce().stream())
                    .flatMap(d -> d.meetings().stream()).map(MeetingType::id).findFirst();
        }
        if (type.isEmpty()) {
            return;
        }
        String at = LocalDate.now().plusDays(14) + "T10:00";
        Cli.run(new String[] {"--home", home, "meeting", "schedule", "--type", type.get(), "--at", at, "--venue", "Training room"}, sink, sink);
        Cli.run(new String[] {"--home", home, "meeting", "agenda", "1", "--format", "text"}, sink, sink);
        Cli.run(new String[] {"--home", home, "meeting", "agenda", "1", "--format", "html"}, sink, sink);
        Cli.run(new String[] {"--home", home, "meeting", "send", "1", "--doc", "invitation"}, sink, sink);
        Cli.run(new String[] {"--home", home, "meeting", "list", "--json"}, sink, sink);
        Cli.run(new String[] {"--home", home, "actions", "list"}, sink, sink);
    }
}
