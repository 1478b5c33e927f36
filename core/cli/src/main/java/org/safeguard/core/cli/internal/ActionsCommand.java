package org.safeguard.core.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.app.ActionService;
import org.safeguard.core.app.MeetingService;
import org.safeguard.core.model.MeetingAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard actions list|add|done|cancel}: actions agreed at meetings, through the application's {@code ActionService}. */
@Command(name = "actions", mixinStandardHelpOptions = true, description = "Actions agreed at meetings.",
        subcommands = {ActionsCommand.ListActions.class, ActionsCommand.Add.class, ActionsCommand.Done.class, ActionsCommand.Cancel.class})
final class ActionsCommand extends GroupCommand {

    /** An action as JSON; its status (open, overdue, done, cancelled) on a day. */
    static Map<String, Object> toJson(MeetingAction a, LocalDate today) {
        return Output.obj("id", a.id(), "reference", a.reference(), "meeting", a.meetingId(), "item", a.item(), "case", a.caseId(),
                "description", a.description(), "owner", a.owner(), "agency", a.agency(), "due", a.due().toString(),
                "status", a.state(today), "strand", a.strand());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Actions: open, overdue, done, cancelled.")
    static final class ListActions implements Callable<Integer> {
        @ParentCommand ActionsCommand parent;
        @Option(names = "--json") boolean json;
        @Option(names = "--all", description = "Include done and cancelled actions.") boolean all;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            var ctx = s.ctx();
            List<MeetingAction> actions = s.app().actions().list(ctx, all);
            LocalDate today = ctx.today();
            if (json) {
                Output.json(s.out, actions.stream().map(a -> toJson(a, today)).toList());
                return 0;
            }
            if (actions.isEmpty()) {
                s.out.println("No open actions.");
                return 0;
            }
            s.out.printf("%-6s %-9s %-10s  %-40s %s%n", "ACTION", "STATE", "DUE", "ACTION AGREED", "OWNER (AGENCY)");
            actions.forEach(a -> s.out.printf("%-6s %-9s %-10s  %-40s %s (%s)%s%n", a.reference(), a.state(today), a.due(),
                    Output.line(a.description()), Output.line(a.owner()), a.agency(), a.strand() == null ? "" : " [" + a.strand() + "]"));
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record an action agreed at a meeting, against its agenda item.")
    static final class Add implements Callable<Integer> {
        @ParentCommand ActionsCommand parent;
        @Option(names = "--meeting", required = true, paramLabel = "ID", converter = Ids.Meeting.class, description = "The meeting: its number or reference (M00001).") Ids.Ref meeting;
        @Option(names = "--item", required = true, paramLabel = "N", description = "The agenda item, e.g. 2.2.") String item;
        @Option(names = "--description", required = true, paramLabel = "TEXT") String description;
        @Option(names = "--owner", required = true, paramLabel = "NAME") String owner;
        @Option(names = "--agency", required = true, paramLabel = "ID", description = "An agency id of the area definition.") String agency;
        @Option(names = "--due", required = true, paramLabel = "YYYY-MM-DD") String due;
        @Option(names = "--case", paramLabel = "ID", converter = Ids.Case.class, description = "A case on the meeting's panel: its number or reference, e.g. CSE-00004.") Ids.Ref onCase;
        @Option(names = "--strand", paramLabel = "NAME", description = "The strand of the area's activity plan it serves (the area definition's strands, e.g. Prevent).") String strand;
        @Option(names = "--json", description = "The action recorded, as JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            LocalDate day;
            try {
                day = LocalDate.parse(due.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("action not recorded", Problem.of("--due", "'" + due + "' is not a date (YYYY-MM-DD)"));
            }
            MeetingService.NewAction action = new MeetingService.NewAction(description, owner, agency, day,
                    onCase == null ? null : String.valueOf(Ids.id(s, onCase)), strand);
            ActionService.Added added = MeetingCommand.asOptions(() -> s.app().actions().add(s.ctx(), Ids.id(s, meeting), item, action));
            if (json) {
                Output.json(s.out, toJson(added.action(), s.ctx().today()));
                return 0;
            }
            s.out.println("Action " + added.action().reference() + " recorded against item " + item + " of " + added.meeting().reference()
                    + ", due " + added.action().due() + ".");
            return 0;
        }
    }

    @Command(name = "done", mixinStandardHelpOptions = true, description = "Mark an action done.")
    static final class Done implements Callable<Integer> {
        @ParentCommand ActionsCommand parent;
        @Parameters(paramLabel = "ACTION", converter = Ids.Action.class, description = "A00001, or its number.") Ids.Ref action;
        @Option(names = "--note") String note;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            MeetingAction a = s.app().actions().done(s.ctx(), Ids.id(s, action), note);
            s.out.println("Action " + a.reference() + " done.");
            return 0;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel an action, with a reason.")
    static final class Cancel implements Callable<Integer> {
        @ParentCommand ActionsCommand parent;
        @Parameters(paramLabel = "ACTION", converter = Ids.Action.class, description = "A00001, or its number.") Ids.Ref action;
        @Option(names = "--reason", required = true) String reason;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            MeetingAction a = s.app().actions().cancel(s.ctx(), Ids.id(s, action), reason);
            s.out.println("Action " + a.reference() + " cancelled.");
            return 0;
        }
    }
}
