package org.safeguard.core.cli.internal;

import java.util.List;
import java.util.concurrent.Callable;
import org.safeguard.core.runtime.PluginInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard plugins list|enable|disable}. */
@Command(name = "plugins", mixinStandardHelpOptions = true, description = "List, enable and disable area plugins.",
        subcommands = {PluginsCommand.ListPlugins.class, PluginsCommand.Enable.class, PluginsCommand.Disable.class})
final class PluginsCommand extends GroupCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Installed and available plugins.")
    static final class ListPlugins implements Callable<Integer> {
        @ParentCommand
        PluginsCommand parent;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<PluginInfo> list = s.app().plugins().list(s.ctx());
            if (json) {
                Output.json(s.out, list.stream().map(p -> Output.obj("id", p.id(), "name", p.name(), "version", p.version(),
                        "state", p.state())).toList());
            } else if (list.isEmpty()) {
                s.out.println("No plugins installed or shipped.");
            } else {
                s.out.printf("%-14s %-10s %-22s %s%n", "PLUGIN", "STATE", "VERSION", "NAME");
                list.forEach(p -> s.out.printf("%-14s %-10s %-22s %s%n", p.id(), p.state(), p.version(), p.name()));
            }
            return 0;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a plugin (installing a shipped one into this home).")
    static final class Enable implements Callable<Integer> {
        @ParentCommand
        PluginsCommand parent;

        @Parameters(paramLabel = "ID", description = "The plugin id, as 'plugins list' shows it.")
        String id;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            PluginInfo p = s.app().plugins().enable(s.ctx(), id);
            s.out.println("Plugin " + p.id() + " " + p.version() + " enabled.");
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable a plugin: no new work with its instruments or forms; what was recorded stays readable.")
    static final class Disable implements Callable<Integer> {
        @ParentCommand
        PluginsCommand parent;

        @Parameters(paramLabel = "ID", description = "The plugin id.")
        String id;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            PluginInfo p = s.app().plugins().disable(s.ctx(), id);
            s.out.println("Plugin " + p.id() + " disabled. Recorded assessments stay readable; no new work starts with it.");
            return 0;
        }
    }
}
