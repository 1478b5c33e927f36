package org.safeguard.core.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.casework.PlanKind;
import org.safeguard.core.app.PlanService;
import org.safeguard.core.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard plan add|list}: the plans of a case, of the kinds its area declares. Each is a version; none is edited. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plans on a case (of the kinds its area declares, e.g. a safety plan), each a version with its owner and review date.",
        subcommands = {PlanCommand.Add.class, PlanCommand.ListPlans.class})
final class PlanCommand extends GroupCommand {

    static Map<String, Object> toJson(Plan p, List<PlanKind> kinds) {
        PlanKind kind = kinds.stream().filter(k -> k.id().equals(p.kind())).findFirst().orElse(null);
        return Output.obj("id", p.id(), "case", p.caseId(), "kind", p.kind(), "title", kind == null ? p.kind() : kind.title(),
                "version", p.number(), "route", p.route(),
                "routeTitle", p.route() == null || kind == null ? null : kind.route(p.route()).map(PlanKind.Route::title).orElse(p.route()),
                "text", p.text(), "owner", p.owner(), "reviewOn", p.reviewOn() == null ? null : p.reviewOn().toString(),
                "recordedBy", p.recordedBy(), "recorded", p.recorded().toString());
    }

    /** One line for a plan: its kind, version, route, owner and review date, then its text. */
    static String line(Plan p, List<PlanKind> kinds) {
        PlanKind kind = kinds.stream().filter(k -> k.id().equals(p.kind())).findFirst().orElse(null);
        String title = kind == null ? p.kind() : kind.title();
        String route = p.route() == null ? "" : " to " + (kind == null ? p.route() : kind.route(p.route()).map(PlanKind.Route::title)
                .orElse(p.route()));
        return title + " v" + p.number() + route + " (owner " + (p.owner() == null ? "not named" : p.owner()) + ", review "
                + (p.reviewOn() == null ? "not set" : p.reviewOn().toString()) + "): " + p.text();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Record a plan on a case; a plan of a kind the case already has is its next version.",
                    "The kinds and routes are the area's (plan list shows them)."})
    static final class Add implements Callable<Integer> {
        @ParentCommand PlanCommand parent;
        @Option(names = "--case", required = true, paramLabel = "ID", converter = Ids.Case.class, description = "The case: its number or reference.") Ids.Ref caseId;
        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "The plan kind, e.g. safety, disruption, exit.") String kind;
        @Option(names = "--route", paramLabel = "ROUTE", description = "Where the plan leads, for a kind with routes (an exit strategy's).") String route;
        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "What the plan says.") String text;
        @Option(names = "--owner", paramLabel = "NAME", description = "Who owns the plan.") String owner;
        @Option(names = "--review", paramLabel = "DATE", description = "When it is reviewed, YYYY-MM-DD or DD/MM/YYYY.") String review;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            PlanService.Recorded added = s.app().plans().add(s.ctx(), Ids.id(s, caseId),
                    new PlanService.NewPlan(kind, route, text, owner, Dates.parse("review", review)));
            if (json) {
                Output.json(s.out, toJson(added.plan(), List.of(added.kind())));
            } else {
                s.out.println("Plan " + added.plan().id() + " recorded on " + added.onCase().reference() + ": "
                        + line(added.plan(), List.of(added.kind())));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The plans of a case: every version, the latest of each kind in force.")
    static final class ListPlans implements Callable<Integer> {
        @ParentCommand PlanCommand parent;
        @Option(names = "--case", required = true, paramLabel = "ID", converter = Ids.Case.class, description = "The case: its number or reference.") Ids.Ref caseId;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            PlanService.Plans plans = s.app().plans().forCase(s.ctx(), Ids.id(s, caseId));
            if (json) {
                Output.json(s.out, plans.versions().stream().map(p -> toJson(p, plans.kinds())).toList());
                return 0;
            }
            if (plans.versions().isEmpty()) {
                s.out.println("No plans recorded on case " + plans.onCase().reference() + "."
                        + (plans.kinds().isEmpty() ? "" : " Kinds: " + String.join(", ", plans.kinds().stream().map(PlanKind::id).toList()) + "."));
            }
            List<Plan> inForce = plans.inForce();
            plans.versions().forEach(p -> s.out.println(p.id() + "  " + (inForce.contains(p) ? "in force   " : "superseded ") + line(p, plans.kinds())));
            return 0;
        }
    }
}
