package org.safeguard.plugins.swindon;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.casework.CaseGuard;
import org.safeguard.core.api.casework.RecordedCase;
import org.safeguard.core.api.casework.Step;

/**
 * The handbook's check on Swindon decisions (§9.2, §9.7): a decision not to refer a child under
 * 13 is recorded only with a senior manager's documented approval, which is kept on the decision.
 * Every decision not to refer is recorded with its reasons and decision-makers by the core's
 * decision log. Stateless; thread-safe.
 */
@Component(service = CaseGuard.class)
public final class SwindonGuards implements CaseGuard {
    /** The decision kind of §9.7: not to refer where a criterion applies. */
    static final String NOT_TO_REFER = "not-to-refer";

    public SwindonGuards() {
        // DS needs a public no-arg constructor; the guard holds no state.
    }

    @Override
    public String area() {
        return SwindonArea.ID;
    }

    @Override
    public List<String> missing(Step step, RecordedCase c) {
        if (step instanceof Step.Decide d && d.kind().equals(NOT_TO_REFER) && d.childAge() != null && d.childAge() < 13
                && (d.approvedBy() == null || d.approvedBy().isBlank())) {
            return List.of("the child is under 13, so a decision not to refer needs a senior manager's documented approval, "
                    + "named as approving it (§9.2)");
        }
        return List.of();
    }
}
