package org.safeguard.core.app;

import java.time.Instant;
import java.util.List;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Role;
import org.safeguard.core.rules.RuleSweep;

/**
 * The area rules that act: sweeps that fire each rule once per occurrence (see {@link
 * RuleSweep}), the ledger of firings, and why a rule holds or not for a case. The command line's
 * {@code rules} commands and {@code serve}'s minute-by-minute sweep share it. Thread-safe.
 */
public interface RuleService {
    /**
     * A sweep of every area asked for, then a delivery run for what it queued.
     *
     * @param delivery null for a dry run, which queues nothing
     */
    record Swept(List<RuleSweep.Report> reports, MailService.Delivery delivery) {
        public Swept {
            reports = List.copyOf(reports);
        }
    }

    /**
     * A firing: of which rule, for which case, which occurrence, evaluated as of when, recorded
     * when, and what each action did.
     */
    record Firing(long id, String area, String ruleId, String title, CaseRecord onCase, int occurrence, Instant at, Instant recorded,
                  List<Action> actions) {
        public Firing {
            actions = List.copyOf(actions);
        }
    }

    /** One action of a firing as the area definition writes it, and what it did. */
    record Action(String action, String outcome) {
    }

    /** Why each rule of the case's area holds or not for it now. */
    record Explained(CaseRecord onCase, Instant at, List<RuleSweep.Why> rules) {
        public Explained {
            rules = List.copyOf(rules);
        }
    }

    /**
     * Sweeps one area's rules, or every enabled area's with a definition in force when {@code
     * area} is null, as of {@code at} (null for the request's time: a past time catches up after
     * downtime or previews). A dry run says what would fire and records and sends nothing.
     */
    @Needs(Role.COORDINATOR)
    Swept run(RequestContext ctx, String area, Instant at, boolean dryRun);

    /** Firings, newest first, of a case and/or a rule (null for any); the read is audited. */
    @Needs(Role.COORDINATOR)
    List<Firing> firings(RequestContext ctx, Long caseId, String ruleId);

    /** For each rule of the case's area: whether its condition holds for the case now, and its standing; audited. */
    @Needs(Role.PRACTITIONER)
    Explained why(RequestContext ctx, long caseId);
}
