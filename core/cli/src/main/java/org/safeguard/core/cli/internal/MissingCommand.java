package org.safeguard.core.cli.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.app.MissingEpisodeService.Episode;
import org.safeguard.core.app.MissingEpisodeService;
import org.safeguard.core.model.MissingEpisode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard missing add|return|interview|list}: a child's missing episodes and the return interviews. */
@Command(name = "missing", mixinStandardHelpOptions = true, description = "Missing episodes and return interviews.",
        subcommands = {MissingCommand.Add.class, MissingCommand.Return.class, MissingCommand.Interview.class, MissingCommand.ListEpisodes.class})
final class MissingCommand extends GroupCommand {

    /** Where the return interview stands, as a word for JSON: held, not-required, awaiting-return, due, overdue. */
    static String interviewState(Episode e) {
        return e.interview().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The same, for people. */
    static String interview(Episode r) {
        MissingEpisode e = r.episode();
        return switch (r.interview()) {
            case HELD -> "return interview held " + Dates.local(e.returnInterviewHeld());
            case NOT_REQUIRED -> "no return interview required";
            case AWAITING_RETURN -> "still missing";
            case OVERDUE -> "return interview OVERDUE since " + Dates.local(e.returnInterviewDue());
            case DUE -> "return interview due by " + Dates.local(e.returnInterviewDue());
        };
    }

    /** One episode on a line, as {@code case show} lists a child's episodes: the same words as {@code missing list}. */
    static String line(Episode r) {
        MissingEpisode e = r.episode();
        return "#" + e.id() + " " + Dates.local(e.started()) + " → " + (e.returned() == null ? "" : Dates.local(e.returned()) + "; ")
                + interview(r) + (e.whereFound() == null ? "" : "; found: " + e.whereFound());
    }

    static Map<String, Object> toJson(Episode r) {
        MissingEpisode e = r.episode();
        return Output.obj("id", e.id(), "child", e.childId(), "childReference", r.child().reference(), "started", e.started().toString(),
                "returned", e.returned() == null ? null : e.returned().toString(), "whereFound", e.whereFound(),
                "returnInterviewRequired", e.returnInterviewRequired(),
                "returnInterviewDue", e.returnInterviewDue() == null ? null : e.returnInterviewDue().toString(),
                "returnInterviewHeld", e.returnInterviewHeld() == null ? null : e.returnInterviewHeld().toString(),
                "returnInterview", interviewState(r));
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a missing episode: when the child went missing and, once known, when they returned.")
    static final class Add implements Callable<Integer> {
        @ParentCommand MissingCommand parent;
        @Option(names = "--child", required = true, paramLabel = "ID", converter = Ids.Child.class, description = "The child: its number or reference (C00003).") Ids.Ref child;
        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DDTHH:MM", description = "When the child went missing, local time.") String from;
        @Option(names = "--returned", paramLabel = "YYYY-MM-DDTHH:MM", description = "When the child returned or was found, local time.") String returned;
        @Option(names = "--found", paramLabel = "TEXT", description = "Where the child was found (with --returned).") String found;
        @Option(names = "--no-interview", description = "No return interview is required. By default one is, within 72 hours of the return.") boolean noInterview;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Instant start = Dates.localDateTime("from", from);
            Instant back = Dates.localDateTime("returned", returned);
            if (found != null && back == null) {
                throw InvalidInputException.of("refused", Problem.of("found", "where the child was found goes with --returned"));
            }
            Episode e;
            try {
                e = s.app().missingEpisodes().report(s.ctx(), Ids.id(s, child), start,
                        Optional.ofNullable(back).map(at -> new MissingEpisodeService.Return(at, found)), !noInterview);
            } catch (InvalidInputException refused) {
                throw withFromHint(refused);
            }
            if (json) {
                Output.json(s.out, toJson(e));
            } else {
                s.out.println("Missing episode " + e.episode().id() + " recorded for " + e.child().reference() + ": " + interview(e)
                        + (e.episode().open() ? "; record the return with: safeguard missing return " + e.episode().id() + " --at YYYY-MM-DDTHH:MM" : "") + ".");
            }
            return 0;
        }

        /** A return before the start names the start as it was typed, with its option. */
        private InvalidInputException withFromHint(InvalidInputException refused) {
            List<Problem> problems = refused.problems().stream().map(p -> p.subject().equals("returned") && p.message().endsWith("before the start of the episode")
                    ? new Problem(p.subject(), "'" + returned + "' is before the start of the episode (--from " + from + ")", p.suggestion())
                    : p).toList();
            return new InvalidInputException("refused", problems);
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true, description = "Record the return of a child still missing; the return interview is due within 72 hours.")
    static final class Return implements Callable<Integer> {
        @ParentCommand MissingCommand parent;
        @Parameters(paramLabel = "ID", converter = Ids.Episode.class, description = "The missing episode's number (safeguard missing list).") Ids.Ref id;
        @Option(names = "--at", required = true, paramLabel = "YYYY-MM-DDTHH:MM", description = "When the child returned or was found, local time.") String at;
        @Option(names = "--found", paramLabel = "TEXT", description = "Where the child was found.") String found;
        @Option(names = "--json", description = "The episode as recorded, as JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Episode e = s.app().missingEpisodes().recordReturn(s.ctx(), Ids.id(s, id), new MissingEpisodeService.Return(Dates.localDateTime("at", at), found));
            if (json) {
                Output.json(s.out, toJson(e));
                return 0;
            }
            s.out.println("Return recorded for missing episode " + e.episode().id() + ": " + interview(e) + ".");
            return 0;
        }
    }

    @Command(name = "interview", mixinStandardHelpOptions = true, description = "Record that the return interview was held.")
    static final class Interview implements Callable<Integer> {
        @ParentCommand MissingCommand parent;
        @Parameters(paramLabel = "ID", converter = Ids.Episode.class, description = "The missing episode's number (safeguard missing list).") Ids.Ref id;
        @Option(names = "--held", required = true, paramLabel = "YYYY-MM-DDTHH:MM", description = "When the interview was held, local time.") String held;
        @Option(names = "--json", description = "The episode as recorded, as JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Episode e = s.app().missingEpisodes().recordInterview(s.ctx(), Ids.id(s, id), Dates.localDateTime("held", held));
            if (json) {
                Output.json(s.out, toJson(e));
                return 0;
            }
            s.out.println("Return interview recorded for missing episode " + e.episode().id()
                    + (e.interviewLate() ? ", after it was due (" + Dates.local(e.episode().returnInterviewDue()) + ")" : "") + ".");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Missing episodes, with where each return interview stands.")
    static final class ListEpisodes implements Callable<Integer> {
        @ParentCommand MissingCommand parent;
        @Option(names = "--child", paramLabel = "ID", converter = Ids.Child.class, description = "Only this child's episodes (its number or reference).") Ids.Ref child;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<Episode> rows = s.app().missingEpisodes().list(s.ctx(), Ids.idOrNull(s, child));
            if (json) {
                Output.json(s.out, rows.stream().map(MissingCommand::toJson).toList());
                return 0;
            }
            if (rows.isEmpty()) {
                s.out.println("No missing episodes recorded.");
                return 0;
            }
            s.out.printf("%-4s %-7s %-16s   %-16s  %s%n", "ID", "CHILD", "MISSING FROM", "RETURNED", "RETURN INTERVIEW");
            rows.forEach(r -> {
                MissingEpisode e = r.episode();
                s.out.printf("%-4d %-7s %s → %-16s  %s%s%n", e.id(), r.child().reference(), Dates.local(e.started()),
                        e.returned() == null ? "" : Dates.local(e.returned()), interview(r),
                        e.whereFound() == null ? "" : "; found: " + e.whereFound());
            });
            return 0;
        }
    }
}
