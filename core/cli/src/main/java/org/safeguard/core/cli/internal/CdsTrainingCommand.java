package org.safeguard.core.cli.internal;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeguard.core.api.instrument.Factor;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.runtime.Container;
import org.safeguard.core.runtime.Distribution;
import org.safeguard.core.runtime.Home;
import org.safeguard.core.runtime.PluginInfo;
import org.safeguard.core.runtime.Plugins;
import org.safeguard.core.runtime.internal.Files2;
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
            Cli.run(new String[] {"--home", home.root().toString(), "child", "add", "--family-name", "Training", "--given-name", "Run"}, sink, sink);
            Cli.run(new String[] {"--home", home.root().toString(), "cases", "list", "--json"}, sink, sink);
            return 0;
        } finally {
            Files2.deleteTree(tmp);
        }
    }
}
