package org.safeguard.core.cli.internal;

import com.fasterxml.jackson.jr.ob.JSON;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard actions list|done|cancel}: actions agreed at meetings. */
@Command(name = "actions", mixinStandardHelpOptions = true, description = "Actions agreed at meetings.",
        subcommands = {ActionsCommand.ListActions.class, ActionsCommand.Add.class, ActionsCommand.Done.class, ActionsCommand.Cancel.class})
final class ActionsCommand extends GroupCommand {

    static Map<String, Object> toJson(MeetingAction a) {
        return Output.obj("id", a.id(), "reference", a.reference(), "meeting", a.meetingId(), "item", a.item(), "case", a.caseId(),
                "description", a.description(), "owner", a.owner(), "agency", a.agency(), "due", a.due().toString(),
                "status", a.state(LocalDate.now()));
    }

    /** An action as people write it: its reference (A00001) or its number. */
    static long id(String action) {
        String digits = action.strip().replaceFirst("^[Aa]", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("refused", Problem.of("action", "'" + action + "' is not an action (write A00001, or its number)"));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Actions: open, overdue, done, cancelled.")
    static final class ListActions implements Callable<Integer> {
        @ParentCommand ActionsCommand parent;
        @Option(names = "--json") boolean json;
        @Option(names = "--all", description = "Include done and cancelled actions.") boolean all;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<MeetingAction> actions = s.store().inTransaction(s.actor, tx -> tx.actions().list()).stream()
                    .filter(a -> all || a.status() == MeetingAction.Status.OPEN).toList();
            if (json) {
                Output.json(s.out, actions.stream().map(ActionsCommand::toJson).toList());
                return 0;
            }
            if (actions.isEmpty()) {
                s.out.println("No open actions.");
            }
            LocalDate today = LocalDate.now();
            actions.forEach(a -> s.out.printf("%-6s %-9s due %s  %-40s %s (%s)%n", a.reference(), a.state(today), a.due(),
                    a.description(), a.owner(), a.agency()));
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record an action agreed at a meeting, against its agenda item.")
    static final class Add implements Callable<Integer> {
        @ParentCommand ActionsCommand parent;
        @Option(names = "--meeting", required = true, paramLabel = "ID") long meeting;
        @Option(names = "--item", required = true, paramLabel = "N", description = "The agenda item, e.g. 2.2.") String item;
        @Option(names = "--description", required = true, paramLabel = "TEXT") String description;
        @Option(names = "--owner", required = true, paramLabel = "NAME") String owner;
        @Option(names = "--agency", required = true, paramLabel = "ID", description = "An agency id of the area definition.") String agency;
        @Option(names = "--due", required = true, paramLabel = "YYYY-MM-DD") String due;
        @Option(names = "--case", paramLabel = "REFERENCE", description = "A case on the meeting's panel, e.g. CSE-00004.") String caseReference;

        @Override
        public Integer call() throws Exception {
            Session s = parent.root.session();
            Meeting m = MeetingCommand.require(s, meeting);
            var service = s.meetings(m.area());
            String json = JSON.std.asString(Map.of("items", List.of(Output.obj("item", item,
                    "actions", List.of(Output.obj("description", description, "owner", owner, "agency", agency, "due", due, "case", caseReference))))));
            MeetingAction added = MeetingCommand.asOptions(() -> s.store().inTransaction(s.actor, tx -> {
                service.amendMinutes(tx, tx.meetings().require(meeting), json);
                List<MeetingAction> all = tx.actions().forMeeting(meeting);
                return all.get(all.size() - 1);
            }));
            s.out.println("Action " + added.reference() + " recorded against item " + item + " of " + m.reference() + ", due " + added.due() + ".");
            return 0;
        }
    }

    @Command(name = "done", mixinStandardHelpOptions = true, description = "Mark an action done.")
    static final class Done implements Callable<Integer> {
        @ParentCommand ActionsCommand parent;
        @Parameters(paramLabel = "ACTION", description = "A00001, or its number.") String action;
        @Option(names = "--note") String note;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            MeetingAction a = s.store().inTransaction(s.actor, tx -> tx.actions().close(id(action), MeetingAction.Status.DONE, note));
            s.out.println("Action " + a.reference() + " done.");
            return 0;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel an action, with a reason.")
    static final class Cancel implements Callable<Integer> {
        @ParentCommand ActionsCommand parent;
        @Parameters(paramLabel = "ACTION", description = "A00001, or its number.") String action;
        @Option(names = "--reason", required = true) String reason;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            MeetingAction a = s.store().inTransaction(s.actor, tx -> tx.actions().close(id(action), MeetingAction.Status.CANCELLED, reason));
            s.out.println("Action " + a.reference() + " cancelled.");
            return 0;
        }
    }
}
