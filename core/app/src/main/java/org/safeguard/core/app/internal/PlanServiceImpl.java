package org.safeguard.core.app.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.casework.PlanKind;
import org.safeguard.core.app.PlanService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.meetings.AreaCasework;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.CaseStatus;

/** {@link PlanService} over the store, with the plan kinds of the case's area's plugin. */
final class PlanServiceImpl implements PlanService {
    private final Wiring w;

    PlanServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public Recorded add(RequestContext ctx, long caseId, NewPlan in) {
        CaseRecord c = w.inTransaction(ctx, tx -> tx.cases().require(caseId));
        AreaCasework casework = w.casework(c.area());
        List<Problem> problems = new ArrayList<>();
        String kindId = in.kind() == null ? null : in.kind().strip();
        Optional<PlanKind> kind = kindId == null ? Optional.empty() : casework.planKind(kindId);
        List<String> kinds = casework.planKinds().stream().map(PlanKind::id).toList();
        if (kindId == null || kindId.isEmpty()) {
            problems.add(Problem.of("kind", "is required" + (kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")")));
        } else if (kind.isEmpty()) {
            problems.add(new Problem("kind", kinds.isEmpty() ? "'" + kindId + "': the plugin of " + c.area() + " declares no plans"
                    : "'" + kindId + "' is not a plan kind of " + c.area() + " (" + String.join(", ", kinds) + ")",
                    Suggestions.closest(kindId, kinds).orElse(null)));
        }
        String route = in.route() == null || in.route().isBlank() ? null : in.route().strip();
        if (kind.isPresent()) {
            List<String> routes = kind.get().routes().stream().map(PlanKind.Route::id).toList();
            if (routes.isEmpty() && route != null) {
                problems.add(Problem.of("route", article(kind.get()) + " leads to no route"));
            } else if (!routes.isEmpty() && route == null) {
                problems.add(Problem.of("route", "is required for " + article(kind.get()).toLowerCase(java.util.Locale.ROOT)
                        + " (" + String.join(", ", routes) + ")"));
            } else if (route != null && kind.get().route(route).isEmpty()) {
                problems.add(new Problem("route", "'" + route + "' is not a route of " + article(kind.get()).toLowerCase(java.util.Locale.ROOT)
                        + " (" + String.join(", ", routes) + ")", Suggestions.closest(route, routes).orElse(null)));
            }
        }
        String text = checked(problems, () -> Inputs.requiredText("text", in.text()));
        String owner = in.owner() == null ? null : checked(problems, () -> Inputs.optional("owner", in.owner()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("plan refused", problems);
        }
        if (c.status() != CaseStatus.OPEN) {
            throw new RefusedException("case-must-be-open", "case " + c.reference() + " is " + c.status().name().toLowerCase(java.util.Locale.ROOT)
                    + ": plans are recorded on open cases");
        }
        return w.inTransaction(ctx, tx -> new Recorded(tx.cases().require(caseId),
                tx.plans().add(caseId, kind.get().id(), route, text, owner, in.reviewOn()), kind.get()));
    }

    @Override
    public Plans forCase(RequestContext ctx, long caseId) {
        return w.inTransaction(ctx, tx -> {
            CaseRecord c = tx.cases().require(caseId);
            tx.audit().record("list", "plan", null, "case=" + caseId);
            return new Plans(c, tx.plans().forCase(caseId), w.casework(c.area()).planKinds());
        });
    }

    /** "A safety plan", "An exit strategy": the kind's title with its article. */
    private static String article(PlanKind kind) {
        String title = kind.title().toLowerCase(java.util.Locale.ROOT);
        return ("aeiou".indexOf(title.charAt(0)) >= 0 ? "An " : "A ") + title;
    }

    private static <T> T checked(List<Problem> problems, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
