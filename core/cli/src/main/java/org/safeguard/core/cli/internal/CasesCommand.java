package org.safeguard.core.cli.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeguard.core.app.CaseService;
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
            var ctx = s.ctx();
            List<CaseService.Summary> rows = s.app().cases().list(ctx, all);
            if (json) {
                Output.json(s.out, rows.stream().map(r -> CaseViews.toJson(r, ctx.today())).toList());
                return 0;
            }
            print(s, rows, ctx.today());
            return 0;
        }

        static void print(Session s, List<CaseService.Summary> rows, LocalDate today) {
            if (rows.isEmpty()) {
                s.out.println("No open cases.");
                return;
            }
            s.out.printf("%-4s %-10s %-12s %-7s %-24s %-4s %-10s %s%n", "ID", "CASE", "AREA", "CHILD", "NAME", "AGE", "OPENED", "CURRENT RISK");
            for (CaseService.Summary r : rows) {
                Integer age = r.child().ageOn(today);
                s.out.printf("%-4d %-10s %-12s %-7s %-24s %-4s %-10s %s%s%n", r.onCase().id(), r.onCase().reference(), r.onCase().area(),
                        r.child().reference(), r.child().displayName(), age == null ? "" : age, r.onCase().opened(), r.risk(),
                        (r.drafts() > 0 ? "  [" + r.drafts() + " draft" + (r.drafts() > 1 ? "s" : "") + "]" : "")
                                + ("normal".equals(r.onCase().priority()) ? "" : "  [priority " + r.onCase().priority() + "]"));
            }
        }
    }
}
