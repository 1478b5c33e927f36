package org.safeguard.core.cli.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.MissingEpisode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard missing add|return|interview|list}: a child's missing episodes and the return interviews. */
@Command(name = "missing", mixinStandardHelpOptions = true, description = "Missing episodes and return interviews.",
        subcommands = {MissingCommand.Add.class, MissingCommand.Return.class, MissingCommand.Interview.class, MissingCommand.ListEpisodes.class})
final class MissingCommand extends GroupCommand {

    /** A moment as people type it, in UK local time; a missing episode is recorded after the fact, so never in the future. */
    /** A moment that has happened, typed in UK local time. */
    static Instant when(String option, String value) {
        return Dates.pastLocalDateTime(option, value);
    }

    /** Where the return interview stands, as a word for JSON: held, not-required, awaiting-return, due, overdue. */
    static String interviewState(MissingEpisode e, Instant now) {
        if (e.returnInterviewHeld() != null) {
            return "held";
        }
        if (!e.returnInterviewRequired()) {
            return "not-required";
        }
        if (e.open()) {
            return "awaiting-return";
        }
        return e.returnInterviewDue().isBefore(now) ? "overdue" : "due";
    }

    /** The same, for people. */
    static String interview(MissingEpisode e, Instant now) {
        return switch (interviewState(e, now)) {
            case "held" -> "return interview held " + Dates.local(e.returnInterviewHeld());
            case "not-required" -> "no return interview required";
            case "awaiting-return" -> "still missing";
            case "overdue" -> "return interview OVERDUE since " + Dates.local(e.returnInterviewDue());
            default -> "return interview due by " + Dates.local(e.returnInterviewDue());
        };
    }

    static Map<String, Object> toJson(MissingEpisode e, Child c, Instant now) {
        return Output.obj("id", e.id(), "child", e.childId(), "childReference", c.reference(), "started", e.started().toString(),
                "returned", e.returned() == null ? null : e.returned().toString(), "whereFound", e.whereFound(),
                "returnInterviewRequired", e.returnInterviewRequired(),
                "returnInterviewDue", e.returnInterviewDue() == null ? null : e.returnInterviewDue().toString(),
                "returnInterviewHeld", e.returnInterviewHeld() == null ? null : e.returnInterviewHeld().toString(),
                "returnInterview", interviewState(e, now));
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a missing episode: when the child went missing and, once known, when they returned.")
    static final class Add implements Callable<Integer> {
        @ParentCommand MissingCommand parent;
        @Option(names = "--child", required = true, paramLabel = "ID", description = "The child's id.") long child;
        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DDTHH:MM", description = "When the child went missing, local time.") String from;
        @Option(names = "--returned", paramLabel = "YYYY-MM-DDTHH:MM", description = "When the child returned or was found, local time.") String returned;
        @Option(names = "--found", paramLabel = "TEXT", description = "Where the child was found (with --returned).") String found;
        @Option(names = "--no-interview", description = "No return interview is required. By default one is, within 72 hours of the return.") boolean noInterview;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Instant start = when("from", from);
            Instant back = when("returned", returned);
            if (found != null && back == null) {
                throw InvalidInputException.of("refused", Problem.of("found", "where the child was found goes with --returned"));
            }
            if (back != null && back.isBefore(start)) {
                throw InvalidInputException.of("refused", Problem.of("returned", "'" + returned + "' is before the start of the episode (--from " + from + ")"));
            }
            var added = s.store().inTransaction(s.actor, tx -> {
                Child c = tx.children().require(child);
                return Map.entry(c, tx.missingEpisodes().add(child, start, back, found, !noInterview));
            });
            MissingEpisode e = added.getValue();
            if (json) {
                Output.json(s.out, toJson(e, added.getKey(), Instant.now()));
            } else {
                s.out.println("Missing episode " + e.id() + " recorded for " + added.getKey().reference() + ": " + interview(e, Instant.now())
                        + (e.open() ? "; record the return with: safeguard missing return " + e.id() + " --at YYYY-MM-DDTHH:MM" : "") + ".");
            }
            return 0;
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true, description = "Record the return of a child still missing; the return interview is due within 72 hours.")
    static final class Return implements Callable<Integer> {
        @ParentCommand MissingCommand parent;
        @Parameters(paramLabel = "ID", description = "The missing episode's id (safeguard missing list).") long id;
        @Option(names = "--at", required = true, paramLabel = "YYYY-MM-DDTHH:MM", description = "When the child returned or was found, local time.") String at;
        @Option(names = "--found", paramLabel = "TEXT", description = "Where the child was found.") String found;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Instant back = when("at", at);
            MissingEpisode e = s.store().inTransaction(s.actor, tx -> tx.missingEpisodes().recordReturn(id, back, found));
            s.out.println("Return recorded for missing episode " + e.id() + ": " + interview(e, Instant.now()) + ".");
            return 0;
        }
    }

    @Command(name = "interview", mixinStandardHelpOptions = true, description = "Record that the return interview was held.")
    static final class Interview implements Callable<Integer> {
        @ParentCommand MissingCommand parent;
        @Parameters(paramLabel = "ID", description = "The missing episode's id (safeguard missing list).") long id;
        @Option(names = "--held", required = true, paramLabel = "YYYY-MM-DDTHH:MM", description = "When the interview was held, local time.") String held;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Instant at = when("held", held);
            MissingEpisode e = s.store().inTransaction(s.actor, tx -> {
                MissingEpisode before = tx.missingEpisodes().require(id);
                if (before.returnInterviewHeld() != null) {
                    throw new SafeguardException("the return interview of missing episode " + id + " is already recorded (held "
                            + Dates.local(before.returnInterviewHeld()) + ")");
                }
                if (before.returned() != null && at.isBefore(before.returned())) {
                    throw InvalidInputException.of("refused", Problem.of("held", "'" + held + "' is before the return ("
                            + Dates.local(before.returned()) + ")"));
                }
                return tx.missingEpisodes().recordInterview(id, at);
            });
            boolean late = e.returnInterviewDue() != null && at.isAfter(e.returnInterviewDue());
            s.out.println("Return interview recorded for missing episode " + e.id() + (late ? ", after it was due (" + Dates.local(e.returnInterviewDue()) + ")" : "") + ".");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Missing episodes, with where each return interview stands.")
    static final class ListEpisodes implements Callable<Integer> {
        @ParentCommand MissingCommand parent;
        @Option(names = "--child", paramLabel = "ID", description = "Only this child's episodes.") Long child;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<Map.Entry<MissingEpisode, Child>> rows = s.store().inTransaction(s.actor, tx -> {
                List<Child> children = child == null ? tx.children().list() : List.of(tx.children().require(child));
                tx.audit().record("list", "missing_episode", null, child == null ? "" : "child=" + child);
                List<Map.Entry<MissingEpisode, Child>> out = new ArrayList<>();
                children.forEach(c -> tx.missingEpisodes().forChild(c.id()).forEach(e -> out.add(Map.entry(e, c))));
                out.sort(Comparator.comparing((Map.Entry<MissingEpisode, Child> r) -> r.getKey().started()).thenComparing(r -> r.getKey().id()));
                return out;
            });
            Instant now = Instant.now();
            if (json) {
                Output.json(s.out, rows.stream().map(r -> toJson(r.getKey(), r.getValue(), now)).toList());
                return 0;
            }
            if (rows.isEmpty()) {
                s.out.println("No missing episodes recorded.");
            }
            rows.forEach(r -> {
                MissingEpisode e = r.getKey();
                s.out.printf("%-4d %-7s %s → %-16s  %s%s%n", e.id(), r.getValue().reference(), Dates.local(e.started()),
                        e.returned() == null ? "" : Dates.local(e.returned()), interview(e, now),
                        e.whereFound() == null ? "" : "; found: " + e.whereFound());
            });
            return 0;
        }
    }
}
