package org.safeguard.core.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeguard.core.runtime.PluginInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard init}: creates a home and enables areas. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a home (database, conf/, areas/, plugins/, outbox/) and enable the named areas' plugins.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Option(names = "--area", paramLabel = "ID", description = "An area whose plugin to enable, as 'plugins list' shows it. Repeatable.")
    List<String> areas = new ArrayList<>();

    @Override
    public Integer call() {
        Session s = root.session();
        List<PluginInfo> done = s.app().homes().init(s.ctx(), areas);
        s.out.println("Safeguard home ready at " + s.home.root());
        s.out.println("You (" + s.ctx().actor() + ") are an administrator of this home; add the people who use it with "
                + "'safeguard users add LOGIN --role coordinator|practitioner|auditor'.");
        s.out.println(done.isEmpty() ? "No area enabled yet: safeguard plugins list, then safeguard plugins enable <id>."
                : "Enabled: " + String.join(", ", done.stream().map(p -> p.id() + " " + p.version()).toList()));
        if (!done.isEmpty()) {
            s.app().areas().list(s.ctx()).forEach(l -> s.out.println("Area definition " + AreasCommand.line(l)));
        }
        return 0;
    }
}
