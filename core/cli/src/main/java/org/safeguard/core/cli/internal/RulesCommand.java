package org.safeguard.core.cli.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.app.RuleService;
import org.safeguard.core.rules.RuleSweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard rules run|firings|why}: the area rules that act, through the application's {@code RuleService}. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "The area definitions' escalation rules: sweep them, list their firings, say why one holds.",
        subcommands = {RulesCommand.Run.class, RulesCommand.Firings.class, RulesCommand.Why.class})
final class RulesCommand extends GroupCommand {

    static Map<String, Object> toJson(RuleSweep.Fired f) {
        return Output.obj("area", f.area(), "rule", f.rule().id(), "title", f.rule().title(), "case", f.onCase().reference(),
                "caseId", f.onCase().id(), "occurrence", f.occurrence(), "at", f.at().toString(),
                "actions", f.done().stream().map(d -> Output.obj("action", d.action(), "outcome", d.outcome())).toList());
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Sweep the rules of every enabled area (or one): each rule fires once each time its condition comes to hold for a case.",
                    "--dry-run: say what would fire and why, and record and send nothing. --at: evaluate as of that local time (catching up, previews)."})
    static final class Run implements Callable<Integer> {
        @ParentCommand RulesCommand parent;
        @Option(names = "--area", paramLabel = "ID", description = "One area's rules only.") String area;
        @Option(names = "--dry-run", description = "Say what would fire; record and send nothing.") boolean dryRun;
        @Option(names = "--at", paramLabel = "YYYY-MM-DDTHH:MM", description = "Evaluate as of this local time (Europe/London).") String at;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Instant when = at == null ? null : Dates.localDateTime("at", at);
            RuleService.Swept swept = s.app().rules().run(s.ctx(), area, when, dryRun);
            if (json) {
                List<Object> reports = new ArrayList<>();
                for (RuleSweep.Report r : swept.reports()) {
                    reports.add(Output.obj("area", r.area(), "at", r.at().toString(), "dryRun", r.dryRun(), "cases", r.cases(),
                            "fired", r.fired().stream().map(RulesCommand::toJson).toList(), "stopped", r.stopped(), "placed", r.placed(),
                            "firedElsewhere", r.elsewhere()));
                }
                Output.json(s.out, Output.obj("reports", reports, "mail", swept.delivery() == null ? null : MailCommand.toJson(swept.delivery())));
                return 0;
            }
            if (swept.reports().isEmpty()) {
                s.out.println("No enabled area has a definition in force: no rules to sweep.");
            }
            for (RuleSweep.Report r : swept.reports()) {
                s.out.println("Area " + r.area() + " as of " + Dates.local(r.at()) + ": " + r.cases() + " open case" + (r.cases() == 1 ? "" : "s")
                        + ", " + r.fired().size() + (r.dryRun() ? " would fire" : " fired")
                        + (r.stopped() > 0 ? ", " + r.stopped() + " no longer holding" : "")
                        + (r.elsewhere() > 0 ? ", " + r.elsewhere() + " fired by another sweep" : "") + (r.dryRun() ? " (dry run: nothing recorded or sent)" : "") + ".");
                for (RuleSweep.Fired f : r.fired()) {
                    s.out.println("  " + f.rule().id() + " for " + f.onCase().reference() + (f.occurrence() > 1 ? " (occurrence " + f.occurrence() + ")" : "")
                            + " — " + Output.line(f.rule().title()));
                    f.done().forEach(d -> s.out.println("    " + Output.line(d.action()) + ": " + Output.line(d.outcome())));
                }
                r.placed().forEach(p -> s.out.println("  waiting case placed: " + p));
            }
            if (swept.delivery() != null) {
                s.out.println("Mail: " + swept.delivery() + ".");
            }
            return 0;
        }
    }

    @Command(name = "firings", mixinStandardHelpOptions = true, description = "Rule firings, newest first: when, which rule, which case, what each action did.")
    static final class Firings implements Callable<Integer> {
        @ParentCommand RulesCommand parent;
        @Option(names = "--case", paramLabel = "ID", converter = Ids.Case.class, description = "One case's firings.") Ids.Ref caseRef;
        @Option(names = "--rule", paramLabel = "RULE", description = "One rule's firings (its id in the area definition).") String rule;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Long caseId = caseRef == null ? null : Ids.id(s, caseRef);
            List<RuleService.Firing> found = s.app().rules().firings(s.ctx(), caseId, rule);
            if (json) {
                Output.json(s.out, found.stream().map(f -> Output.obj("id", f.id(), "area", f.area(), "rule", f.ruleId(), "title", f.title(),
                        "case", f.onCase().reference(), "caseId", f.onCase().id(), "occurrence", f.occurrence(), "at", f.at().toString(),
                        "recorded", f.recorded().toString(),
                        "actions", f.actions().stream().map(d -> Output.obj("action", d.action(), "outcome", d.outcome())).toList())).toList());
                return 0;
            }
            if (found.isEmpty()) {
                s.out.println("No rule has fired" + (caseRef == null ? "" : " for this case") + (rule == null ? "" : " for rule " + rule) + ".");
                return 0;
            }
            for (RuleService.Firing f : found) {
                s.out.println(Dates.local(f.at()) + "  " + f.ruleId() + " for " + f.onCase().reference()
                        + (f.occurrence() > 1 ? " (occurrence " + f.occurrence() + ")" : "") + " — " + Output.line(f.title()));
                f.actions().forEach(d -> s.out.println("    " + Output.line(d.action()) + ": " + Output.line(d.outcome())));
            }
            return 0;
        }
    }

    @Command(name = "why", mixinStandardHelpOptions = true, description = "For each rule of the case's area: whether it holds for the case now, and why.")
    static final class Why implements Callable<Integer> {
        @ParentCommand RulesCommand parent;
        @Parameters(paramLabel = "CASE", converter = Ids.Case.class, description = "The case: its number or reference.") Ids.Ref caseRef;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            RuleService.Explained e = s.app().rules().why(s.ctx(), Ids.id(s, caseRef));
            if (json) {
                Output.json(s.out, Output.obj("case", e.onCase().reference(), "area", e.onCase().area(), "at", e.at().toString(),
                        "rules", e.rules().stream().map(w -> Output.obj("rule", w.rule().id(), "title", w.rule().title(), "holds", w.holds(),
                                "parts", w.parts().stream().map(p -> Output.obj("condition", p.condition(), "holds", p.holds())).toList(),
                                "holdingBefore", w.standing().holding(), "occurrences", w.standing().occurrence())).toList()));
                return 0;
            }
            s.out.println("Case " + e.onCase().reference() + " in " + e.onCase().area() + ", as of " + Dates.local(e.at()) + ":");
            if (e.rules().isEmpty()) {
                s.out.println("  the area defines no rules");
            }
            for (RuleSweep.Why w : e.rules()) {
                s.out.println("  " + (w.holds() ? "holds    " : "does not ") + w.rule().id() + " — " + Output.line(w.rule().title())
                        + (w.standing().occurrence() > 0 ? " (fired " + w.standing().occurrence() + " time" + (w.standing().occurrence() == 1 ? "" : "s") + ")" : ""));
                w.parts().forEach(p -> s.out.println("      " + (p.holds() ? "yes " : "no  ") + p.condition()));
            }
            return 0;
        }
    }
}
