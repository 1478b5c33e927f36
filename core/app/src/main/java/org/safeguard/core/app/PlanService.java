package org.safeguard.core.app;

import java.time.LocalDate;
import java.util.List;
import org.safeguard.core.api.casework.PlanKind;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Plan;
import org.safeguard.core.model.Role;

/**
 * The plans recorded on a case, of the kinds its area's plugin declares (a safety plan, a
 * disruption plan, an exit strategy to a route). Each plan is a version: recording a plan of a
 * kind the case already has records the next version, and the latest is the plan in force;
 * nothing is edited or deleted. Every record and listing is audited, never with its text.
 * Implementations are thread-safe.
 */
public interface PlanService {
    /**
     * A plan to record.
     *
     * @param kind     a plan kind of the case's area (required)
     * @param route    one of the kind's routes: required when the kind has routes, refused when it has none
     * @param text     what the plan says (required)
     * @param owner    who owns it, or null
     * @param reviewOn the day it is reviewed, or null (a plan recorded late may name a day already past)
     */
    record NewPlan(String kind, String route, String text, String owner, LocalDate reviewOn) {
    }

    /** A plan recorded on a case, with its kind as the area declares it. */
    record Recorded(CaseRecord onCase, Plan plan, PlanKind kind) {
    }

    /** The plans of a case: every version, in the kinds' declared order, and the kinds its area declares. */
    record Plans(CaseRecord onCase, List<Plan> versions, List<PlanKind> kinds) {
        public Plans {
            // the kinds' declared order, each kind's versions oldest first; kinds no longer declared last
            List<String> order = kinds.stream().map(PlanKind::id).toList();
            versions = versions.stream().sorted(java.util.Comparator.<Plan>comparingInt(p -> order.contains(p.kind())
                    ? order.indexOf(p.kind()) : order.size()).thenComparing(Plan::kind).thenComparingInt(Plan::number)).toList();
            kinds = List.copyOf(kinds);
        }

        /** The latest version of each kind, in the kinds' order. */
        public List<Plan> inForce() {
            return kinds.stream().flatMap(k -> versions.stream().filter(p -> p.kind().equals(k.id()))
                    .reduce((a, b) -> b).stream()).toList();
        }
    }

    @Needs(Role.PRACTITIONER)
    Recorded add(RequestContext ctx, long caseId, NewPlan plan);

    /** Every version of every plan on the case; the listing is audited. */
    @Needs(Role.PRACTITIONER)
    Plans forCase(RequestContext ctx, long caseId);
}
