package org.safeguard.core.cli.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.app.DeadlineService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard deadlines list}: the deadlines of open cases, through the application's {@code DeadlineService}. */
@Command(name = "deadlines", mixinStandardHelpOptions = true, description = "The deadlines of open cases, as the area definitions write them.",
        subcommands = {DeadlinesCommand.ListDeadlines.class})
final class DeadlinesCommand extends GroupCommand {

    /** A deadline as JSON: id, title, due (an instant), dueDate (the last local date allowed), state, and when met. */
    static Map<String, Object> toJson(DeadlineService.Entry e) {
        return Output.obj("id", e.id(), "title", e.title(), "due", e.due().toString(), "dueDate", e.dueDate().toString(),
                "state", e.state().word(), "met", e.met() == null ? null : e.met().toString(), "late", e.late(),
                "metBy", e.metBy().isEmpty() ? null : e.metBy());
    }

    /** A deadline on one line: its state, title, when due and, once met, when. */
    static String line(DeadlineService.Entry e) {
        String due = "due " + Dates.local(e.due()) + " (by the end of " + e.dueDate() + ")";
        return String.format("%-7s %s [%s] — %s%s", e.state().word(), Output.line(e.title()), e.id(), due,
                e.met() == null ? (e.metBy().isEmpty() ? "; nothing recorded meets it" : "; met by " + e.metBy())
                        : "; met " + Dates.local(e.met()) + (e.late() ? ", late" : ""));
    }

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*(h|hours?|d|days?|w|weeks?)");

    /** {@code 72h}, {@code 3d}, {@code 2w}, {@code 10 days}, or ISO 8601 ({@code P3D}, {@code PT72H}). */
    static Duration duration(String option, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2).charAt(0)) {
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
        }
        try {
            return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("refused", new Problem(option, "'" + Output.line(text) + "' is not a time: write e.g. 72h, 3d, 2w or P3D", null));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Open, met and overdue deadlines of open cases, soonest due first. A deadline has passed when it is due and not met.")
    static final class ListDeadlines implements Callable<Integer> {
        @ParentCommand DeadlinesCommand parent;
        @Option(names = "--area", paramLabel = "ID", description = "One area's cases only.") String area;
        @Option(names = "--overdue", description = "Only deadlines due and not met.") boolean overdue;
        @Option(names = "--due-within", paramLabel = "DURATION", description = "Only open deadlines due within this time from now: 72h, 3d, 2w.") String dueWithin;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Duration within = dueWithin == null ? null : duration("due-within", dueWithin);
            List<DeadlineService.Entry> entries = s.app().deadlines().list(s.ctx(), new DeadlineService.Filter(area, overdue, within));
            if (json) {
                Output.json(s.out, entries.stream().map(e -> {
                    Map<String, Object> m = Output.obj("case", e.onCase().reference(), "caseId", e.onCase().id(), "area", e.onCase().area());
                    m.putAll(toJson(e));
                    return m;
                }).toList());
                return 0;
            }
            if (entries.isEmpty()) {
                s.out.println(overdue ? "No deadline is overdue." : "No deadlines.");
                return 0;
            }
            entries.forEach(e -> s.out.println(e.onCase().reference() + "  " + line(e)));
            return 0;
        }
    }
}
