package org.safeguard.core.app.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.app.DecisionService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.Decision;

/** {@link DecisionService} over the store. */
final class DecisionServiceImpl implements DecisionService {
    private final Wiring w;

    DecisionServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public Recorded add(RequestContext ctx, long caseId, NewDecision d) {
        List<Problem> problems = new ArrayList<>();
        String kind = checked(problems, () -> Inputs.required("kind", d.kind()));
        String what = checked(problems, () -> Inputs.requiredText("decision", d.decision()));
        String why = checked(problems, () -> Inputs.requiredText("reasons", d.reasons()));
        String who = d.decidedBy() == null ? ctx.actor() : checked(problems, () -> Inputs.required("by", d.decidedBy()));
        LocalDate day = d.decidedOn() == null ? ctx.today() : checked(problems, () -> Inputs.notFuture(ctx, "on", d.decidedOn()));
        String approver = d.approvedBy() == null || d.approvedBy().isBlank() ? null
                : checked(problems, () -> Inputs.required("approved-by", d.approvedBy()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("refused", problems);
        }
        Recorded r = w.inTransaction(ctx, tx -> {
            org.safeguard.core.model.CaseRecord c = tx.cases().require(caseId);
            org.safeguard.core.model.Child child = tx.children().require(c.childId());
            Integer age = child.dateOfBirth() == null ? null : child.ageOn(day);
            java.util.List<String> missing = w.casework(c.area()).missing(
                    new org.safeguard.core.api.casework.Step.Decide(kind, approver, age), tx.recordedCases().of(c));
            if (!missing.isEmpty()) {
                throw new org.safeguard.core.api.RefusedException("decision-needs", "the " + kind + " decision on case " + c.reference()
                        + " is not recorded: " + String.join("; ", missing));
            }
            return new Recorded(c, tx.decisions().add(caseId, kind, what, why, who, day, approver));
        });
        return w.language().saved(ctx, r, "decision", r.decision().decision(), "reasons", r.decision().reasons());
    }

    /** The value, or null with its problems added to the list: every problem is reported at once. */
    private static <T> T checked(List<Problem> problems, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    @Override
    public List<Decision> forCase(RequestContext ctx, long caseId) {
        return w.inTransaction(ctx, tx -> {
            tx.cases().require(caseId);
            tx.audit().record("list", "decision", null, "case=" + caseId);
            return tx.decisions().forCase(caseId);
        });
    }
}
