package org.safeguard.core.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.app.DecisionService;
import org.safeguard.core.model.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard decision add|list}: the decision log of a case. Append-only: a decision is never edited, a new one is recorded. */
@Command(name = "decision", mixinStandardHelpOptions = true, description = "The decision log: decisions on a case, with reasons and who made them.",
        subcommands = {DecisionCommand.Add.class, DecisionCommand.ListDecisions.class})
final class DecisionCommand extends GroupCommand {

    static Map<String, Object> toJson(Decision d) {
        return Output.obj("id", d.id(), "case", d.caseId(), "kind", d.kind(), "decision", d.decision(), "reasons", d.reasons(),
                "decidedBy", d.decidedBy(), "decidedOn", d.decidedOn().toString(), "recordedBy", d.recordedBy(), "recorded", d.recorded().toString(), "approvedBy", d.approvedBy());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Record a decision on a case (to refer or not, to share or not, to discharge …) with its reasons.",
                    "The log is append-only: to change a decision, record the new one."})
    static final class Add implements Callable<Integer> {
        @ParentCommand DecisionCommand parent;
        @Option(names = "--case", required = true, paramLabel = "ID", converter = Ids.Case.class, description = "The case: its number or reference.") Ids.Ref caseId;
        @Option(names = "--kind", required = true, paramLabel = "TEXT", description = "What was decided about, e.g. share, refer, discharge.") String kind;
        @Option(names = "--decision", required = true, paramLabel = "TEXT", description = "What was decided.") String decision;
        @Option(names = "--reasons", required = true, paramLabel = "TEXT", description = "Why.") String reasons;
        @Option(names = "--by", paramLabel = "NAME", description = "The accountable decision-maker(s) (default: you, by your login).") String by;
        @Option(names = "--on", paramLabel = "DATE", description = "When it was decided, YYYY-MM-DD or DD/MM/YYYY (default: today).") String on;
        @Option(names = "--approved-by", paramLabel = "NAME", description = "Who approved it (a senior manager's documented approval); some areas require one for some decisions.") String approvedBy;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            DecisionService.Recorded added = s.app().decisions().add(s.ctx(), Ids.id(s, caseId),
                    new DecisionService.NewDecision(kind, decision, reasons, by, Dates.parse("on", on), approvedBy));
            Decision d = added.decision();
            if (json) {
                Output.json(s.out, toJson(d));
            } else {
                s.out.println("Decision " + d.id() + " recorded on " + added.onCase().reference() + " (" + d.kind() + ", " + d.decidedOn()
                        + ", decided by " + d.decidedBy() + (d.approvedBy() == null ? "" : ", approved by " + d.approvedBy()) + ").");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The decisions recorded on a case, in the order they were recorded.")
    static final class ListDecisions implements Callable<Integer> {
        @ParentCommand DecisionCommand parent;
        @Option(names = "--case", required = true, paramLabel = "ID", converter = Ids.Case.class, description = "The case: its number or reference.") Ids.Ref caseId;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<Decision> decisions = s.app().decisions().forCase(s.ctx(), Ids.id(s, caseId));
            if (json) {
                Output.json(s.out, decisions.stream().map(DecisionCommand::toJson).toList());
                return 0;
            }
            if (decisions.isEmpty()) {
                s.out.println("No decisions recorded on case " + caseId + ".");
            }
            decisions.forEach(d -> s.out.println(d.id() + "  " + d.decidedOn() + "  " + d.kind() + ": " + d.decision() + " — " + d.reasons()
                    + " (" + d.decidedBy() + (d.approvedBy() == null ? "" : "; approved by " + d.approvedBy()) + ")"));
            return 0;
        }
    }
}
