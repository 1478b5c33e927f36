package org.safeguard.plugins.stockport;

import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.casework.CasePath;
import org.safeguard.core.api.casework.RecordedCase;

/**
 * The flowchart of §14.1 ("Child sexual exploitation strategy meeting flowchart") as the case's
 * path, worked out from what is recorded: concerns discussed and advice from the Safeguarding
 * Children's Unit; concerns at level 3 (§11) or a decision to convene; the strategy meeting
 * convened, then held; the safety plan for the child and the disruption plan for potential
 * coercers; then the exit strategy's route — a TAC meeting with a coordinated support plan, the
 * child protection route (case conference, protection plan), or legal intervention, secure
 * accommodation or a Mental Capacity Act assessment — each to review and close, with a
 * reconvened meeting if further serious concerns arise. The significant-harm branch (section 47
 * enquiries and a strategy discussion) is taken when a decision of kind {@code section-47} is
 * recorded. Stateless; thread-safe.
 */
@Component(service = CasePath.class)
public final class StockportPath implements CasePath {
    static final String CONVENE_DECISION = "convene-strategy-meeting";
    static final String SECTION_47_DECISION = "section-47";

    public StockportPath() {
        // DS needs a public no-arg constructor; the path holds no state.
    }

    @Override
    public String area() {
        return StockportArea.ID;
    }

    @Override
    public Optional<PathStep> step(RecordedCase c) {
        boolean held = StockportGuards.STRATEGY_MEETINGS.stream().anyMatch(c::heldMeeting);
        boolean convened = c.meetings().stream().anyMatch(m -> StockportGuards.STRATEGY_MEETINGS.contains(m.type()));
        boolean plans = c.plan(StockportPlans.SAFETY).isPresent() && c.plan(StockportPlans.DISRUPTION).isPresent();
        Optional<String> exit = c.plan(StockportPlans.EXIT).map(p -> p.route() == null ? "" : p.route());
        if (held && plans && exit.isPresent()) {
            return Optional.of(switch (exit.get()) {
                case "tac" -> new PathStep("tac", "Team Around the Child meeting with a coordinated support plan",
                        "review, then close (or reconvene the strategy meeting if further serious concerns arise)");
                case "child-protection-conference" -> new PathStep("case-conference",
                        "Child protection route: case conference and protection plan", "review");
                default -> new PathStep("legal-intervention",
                        "Further protective action: legal intervention, secure accommodation or a Mental Capacity Act assessment",
                        "review");
            });
        }
        if (held) {
            return Optional.of(new PathStep("plans", "Strategy meeting held: safety plan for the child and disruption plan for"
                    + " potential coercers", "the exit strategy: TAC, the child protection route or further protective action"));
        }
        if (convened) {
            return Optional.of(new PathStep("strategy-meeting", "CSE strategy meeting convened",
                    "hold it: safety plan, disruption plan and exit strategy"));
        }
        if (c.decisions().stream().anyMatch(d -> d.kind().equals(SECTION_47_DECISION))) {
            return Optional.of(new PathStep("section-47", "Concerns at significant harm level: section 47 enquiries and strategy"
                    + " discussion", "initial or core assessment, then a case conference"));
        }
        if (c.classification(StockportCodes.RISK_LEVEL).filter("3"::equals).isPresent()
                || c.decisions().stream().anyMatch(d -> d.kind().equals(CONVENE_DECISION))) {
            return Optional.of(new PathStep("level-3", "Concerns at level 3: a CSE strategy meeting is to be convened",
                    "convene it within 10 days of the referral"));
        }
        return Optional.of(new PathStep("concerns", "Concerns discussed with a manager; advice from the Safeguarding Children's"
                + " Unit or the Contact Centre", "the strategy-meeting criteria and the decision whether to convene"));
    }
}
