package org.safeguard.core.app.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.MailService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.app.RuleService;
import org.safeguard.core.mail.Mailer;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.rules.RuleSweep;
import org.safeguard.core.store.RuleLedger;

/** {@link RuleService}: one {@link RuleSweep} per area, on the home's store, mailer and clock. */
final class RuleServiceImpl implements RuleService {
    /** The most firings a listing shows. */
    private static final int LIMIT = 1_000;

    private final Wiring w;

    RuleServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public Swept run(RequestContext ctx, String area, Instant at, boolean dryRun) {
        Instant when = at == null ? ctx.now() : at;
        if (when.isAfter(ctx.now())) {
            throw InvalidInputException.of("refused", new Problem("at", "a sweep cannot act as of a time to come: use --dry-run "
                    + "to see what holds then (it is evaluated as of now or earlier)", null));
        }
        List<String> areas = area == null
                ? w.container().enabledAreas().stream().map(a -> a.id()).filter(id -> w.loaded(id).flatMap(l -> l.inForce()).isPresent()).toList()
                : List.of(w.area(area).id());
        Mailer mailer = dryRun ? null : MailServiceImpl.mailer(w, MailServiceImpl.settings(w));
        List<RuleSweep.Report> reports = new ArrayList<>();
        for (String id : areas) {
            reports.add(sweep(ctx, id, mailer).run(when, dryRun));
        }
        boolean queued = reports.stream().anyMatch(r -> r.fired().stream().anyMatch(f -> f.done().stream()
                .anyMatch(d -> d.outcome().startsWith("queued"))));
        MailService.Delivery delivery = dryRun ? null
                : queued ? MailServiceImpl.delivery(w, ctx, mailer.deliverPending(ctx.clock())) : null;
        return new Swept(reports, delivery);
    }

    private RuleSweep sweep(RequestContext ctx, String areaId, Mailer mailer) {
        AreaMeetings meetings = w.meetings(areaId);
        return new RuleSweep(w.store(), ctx.actor(), ctx.clock(), meetings, w::casework, mailer);
    }

    @Override
    public List<Firing> firings(RequestContext ctx, Long caseId, String ruleId) {
        return w.inTransaction(ctx, tx -> {
            if (caseId != null) {
                tx.cases().require(caseId);
            }
            tx.audit().record("list", "rule-firing", null, (caseId == null ? "" : "case=" + caseId + " ") + (ruleId == null ? "" : "rule=" + ruleId));
            List<RuleLedger.Firing> found = tx.ruleLedger().firings(caseId, ruleId, LIMIT);
            Map<Long, CaseRecord> cases = tx.cases().withIds(found.stream().map(RuleLedger.Firing::caseId).distinct().toList());
            return found.stream().map(f -> new Firing(f.id(), f.area(), f.ruleId(), f.ruleTitle(), cases.get(f.caseId()), f.occurrence(),
                    f.evaluated(), f.recorded(), f.actions().stream().map(d -> new Action(d.action(), d.outcome())).toList())).toList();
        });
    }

    @Override
    public Explained why(RequestContext ctx, long caseId) {
        CaseRecord c = w.read(ctx, tx -> tx.cases().require(caseId));
        AreaMeetings meetings;
        try {
            meetings = w.meetings(c.area());
        } catch (NotFoundException | RefusedException e) {
            throw new RefusedException("no-area-definition", "case " + c.reference() + " is in area " + c.area()
                    + ", which has no definition in force, so no rules: " + e.getMessage());
        }
        RuleSweep sweep = new RuleSweep(w.store(), ctx.actor(), ctx.clock(), meetings, w::casework, null);
        return w.inTransaction(ctx, tx -> {
            tx.audit().read("case", caseId);
            return new Explained(c, ctx.now(), sweep.why(tx, tx.cases().require(caseId), ctx.now()));
        });
    }
}
