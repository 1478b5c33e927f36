package org.safeguard.core.app;

import java.time.LocalDate;
import java.util.List;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Decision;
import org.safeguard.core.model.Role;

/**
 * The decision log of a case: append-only, every decision with its reasons and its accountable
 * decision-makers. A decision is never edited; a new one is recorded. Implementations are
 * thread-safe.
 */
public interface DecisionService {
    /**
     * A decision to record.
     *
     * @param kind      what was decided about, e.g. share, refer, discharge (required)
     * @param decision  what was decided (required)
     * @param reasons   why (required)
     * @param decidedBy the accountable decision-maker(s); null for the acting user
     * @param decidedOn when it was decided, never in the future; null for today
     * @param approvedBy who approved it (a senior manager's documented approval), or null; an area
     *                   may refuse some decisions without one (its guards, asked before recording)
     */
    record NewDecision(String kind, String decision, String reasons, String decidedBy, LocalDate decidedOn, String approvedBy) {
        /** A decision nobody is named as approving. */
        public NewDecision(String kind, String decision, String reasons, String decidedBy, LocalDate decidedOn) {
            this(kind, decision, reasons, decidedBy, decidedOn, null);
        }
    }

    /** A decision recorded on a case. */
    record Recorded(CaseRecord onCase, Decision decision) {
    }

    @Needs(Role.PRACTITIONER)
    Recorded add(RequestContext ctx, long caseId, NewDecision decision);

    /** The decisions on a case in the order they were recorded; the listing is audited. */
    @Needs(Role.PRACTITIONER)
    List<Decision> forCase(RequestContext ctx, long caseId);
}
