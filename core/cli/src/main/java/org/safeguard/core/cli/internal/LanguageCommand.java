package org.safeguard.core.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.language.Finding;
import org.safeguard.core.api.language.Label;
import org.safeguard.core.app.Warnings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code safeguard language check|labels}: the language check on a text, and the labels it
 * looks for. Findings are warnings: the command succeeds (exit 0) whether or not it finds any.
 */
@Command(name = "language", mixinStandardHelpOptions = true,
        description = "The language check: labels that minimise what is happening to a child, with suggested wording.",
        subcommands = {LanguageCommand.Check.class, LanguageCommand.Labels.class})
final class LanguageCommand extends GroupCommand {

    static Map<String, Object> toJson(Finding f) {
        return Output.obj("phrase", f.phrase(), "start", f.start(), "end", f.end(), "reason", f.reason(),
                "suggestion", f.suggestion(), "label", f.label().phrase(), "source", f.label().source());
    }

    /** One line of a saved field's warning on standard error: the field, the words found and what to write instead. */
    static String warning(Warnings.Warning w) {
        Finding f = w.finding();
        return "warning: " + w.field() + ": \"" + Output.line(f.phrase()) + "\" (" + f.label().source() + ") — suggested: "
                + f.suggestion() + "; saved as written";
    }

    /** Says, on standard error, when only the shared list applies: there is no home, so no area's list. */
    private static void noteWithoutHome(Session s) {
        if (!s.home.exists()) {
            s.err.println("safeguard: no home at " + s.home.root() + ": only the shared list is checked (an area's own list"
                    + " comes with its plugin, enabled in a home)");
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check a text for labels that minimise what is happening to a child: the shared list and the lists"
                    + " of the home's enabled area plugins.", "Each finding gives the words as written, their character offsets"
                    + " (start, and end exclusive), why the label is not used and a suggested wording. Exit 0 whether or not"
                    + " anything is found."})
    static final class Check implements Callable<Integer> {
        @ParentCommand LanguageCommand parent;
        @ArgGroup(exclusive = true, multiplicity = "1") Input input;
        @Option(names = "--json", description = "Print JSON: an object with a findings array.") boolean json;

        static final class Input {
            @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The text to check.") String text;
            @Option(names = "--file", required = true, paramLabel = "FILE", description = "A UTF-8 text file to check.") Path file;
        }

        @Override
        public Integer call() {
            Session s = parent.root.session();
            String text = input.text != null ? input.text : TextFiles.read(input.file);
            List<Finding> findings = s.app().language().check(s.ctx(), text);
            noteWithoutHome(s);
            if (json) {
                Output.json(s.out, Output.obj("findings", findings.stream().map(LanguageCommand::toJson).toList()));
                return 0;
            }
            if (findings.isEmpty()) {
                s.out.println("No labels found.");
                return 0;
            }
            for (Finding f : findings) {
                s.out.println(f.start() + "-" + f.end() + " \"" + Output.line(f.phrase()) + "\": " + f.reason());
                s.out.println("  suggested: " + f.suggestion() + " (" + f.label().source() + ")");
            }
            s.out.println(findings.size() + (findings.size() == 1 ? " label" : " labels") + " found; the text is yours to change.");
            return 0;
        }
    }

    @Command(name = "labels", mixinStandardHelpOptions = true,
            description = "The labels the check looks for, in the order it tries them: the enabled area plugins' lists, then the shared list.")
    static final class Labels implements Callable<Integer> {
        @ParentCommand LanguageCommand parent;
        @Option(names = "--json", description = "Print JSON: an object with a labels array.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<Label> labels = s.app().language().labels(s.ctx());
            noteWithoutHome(s);
            if (json) {
                Output.json(s.out, Output.obj("labels", labels.stream().map(l -> Output.obj("label", l.phrase(), "forms", l.forms(),
                        "reason", l.reason(), "suggestion", l.suggestion(), "source", l.source())).toList()));
                return 0;
            }
            String source = null;
            for (Label l : labels) {
                if (!l.source().equals(source)) {
                    source = l.source();
                    s.out.println(source + ":");
                }
                s.out.println("  " + l.phrase() + " — suggested: " + l.suggestion());
            }
            return 0;
        }
    }
}
