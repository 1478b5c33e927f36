package org.safeguard.plugins.stockport;

import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.casework.CaseGuard;
import org.safeguard.core.api.casework.RecordedCase;
import org.safeguard.core.api.casework.Step;

/**
 * The procedure's check on the minutes of a sexual exploitation strategy meeting, first or
 * reconvened (§14 "Outcome of Strategy Meetings"): the meeting's purpose is a safety plan for the
 * child, a disruption plan and an exit strategy to another process, so its minutes are not issued
 * until every case on it has all three. And §13 "Engaging with children and young people and
 * making referrals": a case is not discharged until the decision on the referral to social care
 * is recorded with its reasons (decision kind {@code refer-to-social-care}) — "refusal to consent
 * must never mean an automatic decision not to refer", so the decision is a person's, recorded
 * either way. Stateless; thread-safe.
 */
@Component(service = CaseGuard.class)
public final class StockportGuards implements CaseGuard {
    static final String SOCIAL_CARE_DECISION = "refer-to-social-care";
    static final List<String> STRATEGY_MEETINGS = List.of(StockportArea.STRATEGY_MEETING, "se-strategy-reconvened");

    public StockportGuards() {
        // DS needs a public no-arg constructor; the guard holds no state.
    }

    @Override
    public String area() {
        return StockportArea.ID;
    }

    @Override
    public List<String> missing(Step step, RecordedCase c) {
        if (step instanceof Step.IssueMinutes minutes && STRATEGY_MEETINGS.contains(minutes.meetingType())) {
            List<String> missing = new ArrayList<>();
            if (c.plan(StockportPlans.SAFETY).isEmpty()) {
                missing.add("no safety plan");
            }
            if (c.plan(StockportPlans.DISRUPTION).isEmpty()) {
                missing.add("no disruption plan");
            }
            if (c.plan(StockportPlans.EXIT).isEmpty()) {
                missing.add("no exit strategy");
            }
            return List.copyOf(missing);
        }
        if (step instanceof Step.Discharge && c.decisions().stream().noneMatch(d -> d.kind().equals(SOCIAL_CARE_DECISION))) {
            return List.of("no decision on the referral to social care recorded (decision kind " + SOCIAL_CARE_DECISION
                    + ", §13: a refusal of consent never means not referring)");
        }
        return List.of();
    }
}
