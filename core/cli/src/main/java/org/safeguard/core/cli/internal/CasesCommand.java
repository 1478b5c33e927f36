package org.safeguard.core.cli.internal;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard cases list}. */
@Command(name = "cases", mixinStandardHelpOptions = true, description = "List cases.",
        subcommands = {CasesCommand.ListCases.class})
final class CasesCommand extends GroupCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Cases with their child and current risk.")
    static final class ListCases implements Callable<Integer> {
        @ParentCommand
        CasesCommand parent;

        @Option(names = "--json", description = "Print JSON.") boolean json;
        @Option(names = "--all", description = "Include closed and discharged cases.") boolean all;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<CaseViews> rows = s.store().inTransaction(s.actor, tx -> {
                tx.audit().record("list", "case", null, "");
                return CaseViews.all(tx);
            }).stream().filter(r -> all || r.c().status().name().equals("OPEN")).toList();
            if (json) {
                Output.json(s.out, rows.stream().map(CaseViews::toJson).toList());
                return 0;
            }
            print(s, rows);
            return 0;
        }

        static void print(Session s, List<CaseViews> rows) {
            if (rows.isEmpty()) {
                s.out.println("No open cases.");
                return;
            }
            s.out.printf("%-4s %-10s %-12s %-7s %-24s %-4s %-10s %s%n", "ID", "CASE", "AREA", "CHILD", "NAME", "AGE", "OPENED", "CURRENT RISK");
            for (CaseViews r : rows) {
                Integer age = r.child().ageOn(java.time.LocalDate.now());
                s.out.printf("%-4d %-10s %-12s %-7s %-24s %-4s %-10s %s%s%n", r.c().id(), r.c().reference(), r.c().area(),
                        r.child().reference(), r.child().displayName(), age == null ? "" : age, r.c().opened(), r.risk(),
                        r.drafts() > 0 ? "  [" + r.drafts() + " draft" + (r.drafts() > 1 ? "s" : "") + "]" : "");
            }
        }
    }
}
