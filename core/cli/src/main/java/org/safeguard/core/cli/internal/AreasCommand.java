package org.safeguard.core.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.runtime.AreaDefinitions;
import org.safeguard.dsl.AreaLanguage;
import org.safeguard.dsl.CheckResult;
import org.safeguard.dsl.Diagnostic;
import org.safeguard.dsl.model.AreaDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard areas check|list|show}: the area definition files. */
@Command(name = "areas", mixinStandardHelpOptions = true, description = "Check, list and show area definitions (areas/*.area).",
        subcommands = {AreasCommand.Check.class, AreasCommand.ListAreas.class, AreasCommand.Show.class})
final class AreasCommand extends GroupCommand {

    static Map<String, Object> diagnostic(Diagnostic d) {
        return Output.obj("severity", d.severity().name().toLowerCase(), "code", d.code(), "file", d.file(), "line", d.line(),
                "column", d.column(), "message", d.message(), "hint", d.hint());
    }

    static String summary(AreaDefinition d) {
        return "area " + d.id() + " (" + d.name() + "): " + d.meetings().size() + " meeting type" + (d.meetings().size() == 1 ? "" : "s")
                + ", " + d.deadlines().size() + " deadline" + (d.deadlines().size() == 1 ? "" : "s")
                + ", " + d.rules().size() + " rule" + (d.rules().size() == 1 ? "" : "s");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check area files against the enabled plugins without applying them.",
                    "Exit 0 when every file is valid, 1 when any has errors — usable in an administrator's CI."})
    static final class Check implements Callable<Integer> {
        @ParentCommand
        AreasCommand parent;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Area definition files.")
        List<Path> files = new ArrayList<>();

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<Object> results = new ArrayList<>();
            boolean allValid = true;
            for (Path file : files) {
                CheckResult r = s.app().areas().check(s.ctx(), file);
                allValid &= !r.hasErrors();
                if (json) {
                    results.add(Output.obj("file", file.toString(), "valid", !r.hasErrors(),
                            "area", r.definition().map(AreaDefinition::id).orElse(null),
                            "diagnostics", r.diagnostics().stream().map(AreasCommand::diagnostic).toList(), "omitted", r.omitted()));
                } else {
                    s.out.print(r.format());
                    s.out.println(file + ": " + (r.hasErrors() ? "not valid — nothing applied"
                            : "valid, " + summary(r.definition().orElseThrow())));
                }
            }
            if (json) {
                Output.json(s.out, results);
            }
            return allValid ? 0 : Cli.REFUSED;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The home's area files: applied, or in error with the last good version kept in force.")
    static final class ListAreas implements Callable<Integer> {
        @ParentCommand
        AreasCommand parent;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<AreaDefinitions.Loaded> loaded = s.app().areas().list(s.ctx());
            if (json) {
                Output.json(s.out, loaded.stream().map(l -> Output.obj("file", l.file().getFileName().toString(),
                        "area", l.inForce().map(AreaDefinition::id).orElse(null), "applied", l.applied(),
                        "inForce", l.inForce().isPresent(), "lastGood", l.lastGood() == null ? null : l.lastGood().toString(),
                        "errors", l.latest().diagnostics().stream().filter(d -> d.severity().name().equals("ERROR")).count())).toList());
                return 0;
            }
            if (loaded.isEmpty()) {
                s.out.println("No area files in " + s.home.areas() + ".");
            }
            loaded.forEach(l -> s.out.println(line(l)));
            return 0;
        }
    }

    /** One line of {@code areas list}; also what {@code serve} prints after a reload. */
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    static String line(AreaDefinitions.Loaded l) {
        String name = l.file().getFileName().toString();
        if (l.applied()) {
            return name + ": applied — " + summary(l.inForce().orElseThrow());
        }
        Optional<String> plugin = l.latest().diagnostics().stream().filter(d -> d.code().equals("unknown-plugin"))
                .map(d -> QUOTED.matcher(d.message())).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst();
        if (plugin.isPresent() && l.inForce().isEmpty()) {
            return name + ": not in force — its plugin '" + plugin.get() + "' is not enabled in this home (the file"
                    + (l.lastGood() == null ? "" : " and its last good version of " + l.lastGood()) + " are kept); enable it with: "
                    + "safeguard plugins enable " + plugin.get();
        }
        if (l.inForce().isPresent()) {
            return name + ": HAS ERRORS — the last good version (" + l.lastGood() + ") stays in force; see: safeguard areas check " + l.file();
        }
        return name + ": HAS ERRORS and no good version was ever applied; see: safeguard areas check " + l.file();
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "The definition in force for an area, as the system understood it.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        AreasCommand parent;

        @Parameters(paramLabel = "ID", description = "The area id, as 'areas list' shows it.")
        String id;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            AreaDefinitions.Loaded l = s.app().areas().find(s.ctx(), id);
            AreaDefinition d = l.inForce().orElseThrow(() -> new RefusedException("area-definition-never-valid",
                    l.file().getFileName() + " has errors and no good version was ever applied; see: safeguard areas check " + l.file()));
            if (!l.applied()) {
                s.err.println("safeguard: " + l.file().getFileName() + " has errors; showing the last good version (" + l.lastGood() + ")");
            }
            s.out.print(AreaLanguage.print(d));
            return 0;
        }
    }
}
