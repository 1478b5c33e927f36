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
 * until every case on it has all three. Stateless; thread-safe.
 */
@Component(service = CaseGuard.class)
public final class StockportGuards implements CaseGuard {
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
        return List.of();
    }
}
