package org.safeguard.plugins.stockport;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.casework.PlanKind;
import org.safeguard.core.api.casework.PlanProvider;

/**
 * The plans a sexual exploitation strategy meeting produces (§14 "Outcome of Strategy
 * Meetings"): a safety plan for the child, a disruption plan against any identified exploiter
 * (e.g. child abduction warning notices), and an exit strategy to one other process — Team Around
 * the Child, the child protection route (a recommendation for a child protection conference), or
 * further protective action (legal advice towards care proceedings, secure accommodation, an
 * assessment under the Mental Capacity Act). Constant data; thread-safe.
 */
@Component(service = PlanProvider.class)
public final class StockportPlans implements PlanProvider {
    static final String SAFETY = "safety";
    static final String DISRUPTION = "disruption";
    static final String EXIT = "exit";

    static final List<PlanKind> KINDS = List.of(
            PlanKind.of(SAFETY, "Safety plan"),
            // police information and disruption tactics (§14): for the professionals only, never parents' papers
            PlanKind.confidential(DISRUPTION, "Disruption plan"),
            new PlanKind(EXIT, "Exit strategy", List.of(
                    new PlanKind.Route("tac", "Team Around the Child (TAC) with a coordinated support plan"),
                    new PlanKind.Route("child-protection-conference", "Child protection route: recommendation for a child"
                            + " protection conference"),
                    new PlanKind.Route("further-protective-action", "Further protective action: legal advice towards care"
                            + " proceedings, secure accommodation, or an assessment under the Mental Capacity Act"))));

    public StockportPlans() {
        // DS needs a public no-arg constructor; the kinds are constant.
    }

    @Override
    public String area() {
        return StockportArea.ID;
    }

    @Override
    public List<PlanKind> planKinds() {
        return KINDS;
    }
}
