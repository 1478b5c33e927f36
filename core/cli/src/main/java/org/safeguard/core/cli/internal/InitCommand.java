package org.safeguard.core.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.area.AreaProvider;
import org.safeguard.core.runtime.Home;
import org.safeguard.core.runtime.PluginInfo;
import org.safeguard.core.runtime.Plugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard init}: creates a home and enables areas. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a home (database, conf/, areas/, plugins/, outbox/) and enable the named areas' plugins.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Option(names = "--area", paramLabel = "ID", description = "An area whose plugin to enable, e.g. lancashire. Repeatable.")
    List<String> areas = new ArrayList<>();

    @Override
    public Integer call() {
        Session s = root.session();
        List<String> done = initialise(s, areas);
        s.out.println("Safeguard home ready at " + s.home.root());
        s.out.println(done.isEmpty() ? "No area enabled yet: safeguard plugins list, then safeguard plugins enable <id>."
                : "Enabled: " + String.join(", ", done));
        if (!done.isEmpty()) {
            s.areaDefinitions().load().forEach(l -> s.out.println("Area definition " + AreasCommand.line(l)));
        }
        return 0;
    }

    /** Creates the home and enables areas; shared with the demo. Returns the areas enabled. */
    static List<String> initialise(Session s, List<String> areas) {
        // refuse an unknown area before anything is created, so a typo leaves no half-made home
        Plugins shipped = new Plugins(s.home, s.distribution());
        for (String id : areas) {
            if (shipped.find(id).isEmpty()) {
                List<String> known = shipped.list().stream().map(PluginInfo::id).toList();
                throw new org.safeguard.core.api.NotFoundException("no area plugin '" + id + "'"
                        + org.safeguard.core.api.Suggestions.closest(id, known).map(x -> " — did you mean '" + x + "'?")
                        .orElse(" (available: " + String.join(", ", known) + ")"));
            }
        }
        Home home = s.home.create();
        s.store().useTransaction(s.actor, tx -> tx.audit().record("init", "home", null, ""));
        Plugins plugins = new Plugins(home, s.distribution());
        List<String> enabled = new ArrayList<>();
        for (String id : areas) {
            PluginInfo p = plugins.enable(id);
            s.store().useTransaction(s.actor, tx -> tx.audit().record("enable", "plugin", null, "plugin=" + p.id()));
            enabled.add(p.id() + " " + p.version());
        }
        if (!areas.isEmpty()) {
            writeDefaultDefinitions(s, areas);
        }
        return enabled;
    }

    /** A plugin ships its area's default definition; it is written once and then the administrator's. */
    static void writeDefaultDefinitions(Session s, List<String> areas) {
        for (String id : areas) {
            AreaProvider provider = s.container().areas().find(id).orElse(null);
            if (provider == null) {
                throw new SafeguardException("plugin " + id + " is enabled but offers no area named '" + id + "'");
            }
            Path file = s.home.areas().resolve(id + ".area");
            provider.defaultDefinition().ifPresent(text -> {
                if (!Files.exists(file)) {
                    try {
                        Files.writeString(file, text);
                    } catch (IOException e) {
                        throw new SafeguardException("cannot write " + file + ": " + e.getMessage(), e);
                    }
                }
            });
        }
    }
}
