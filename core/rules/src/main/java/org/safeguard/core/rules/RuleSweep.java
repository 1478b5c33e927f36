package org.safeguard.core.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.safeguard.core.mail.Html;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.mail.Mailer;
import org.safeguard.core.mail.OutgoingMail;
import org.safeguard.core.mail.Recipient;
import org.safeguard.core.meetings.AreaCasework;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.meetings.CaseFactsBatch;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.store.DisclosedParts;
import org.safeguard.core.store.DocumentRef;
import org.safeguard.core.store.RuleLedger;
import org.safeguard.core.store.Store;
import org.safeguard.core.store.Tx;
import org.safeguard.dsl.eval.CaseSnapshot;
import org.safeguard.dsl.eval.Evaluator;
import org.safeguard.dsl.eval.WorkingCalendar;
import org.safeguard.dsl.model.Agency;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.Role;
import org.safeguard.dsl.model.Rule;
import org.safeguard.dsl.model.RuleAction;

/**
 * One sweep of one area's rules. For each open case and each rule, as of {@code at}: when the
 * condition holds and did not at the last evaluation, a new occurrence fires — the firing, what
 * each action did and the rule's new standing are one transaction, refused by the ledger's
 * uniqueness key if another sweep fired that occurrence first, so nothing fires twice; when it
 * stops holding, the standing says so (the next time it holds is a new occurrence). The facts
 * are read in a fixed number of queries per {@value CaseFactsBatch#CHUNK} cases; only changes
 * write. A dry run reads the same and writes nothing.
 *
 * <p>Actions: {@code notify ROLE [within T]} queues a message to the role's agency contact (the
 * case reference, the rule's title and what is due; no child's name), with its disclosure;
 * {@code add case to next TYPE} puts the case on the next scheduled meeting of the type, or
 * waits for the first one scheduled later; {@code create action "…" for OWNER due in T}
 * records an action for the case, agreed at no meeting, which the area's next meeting reviews;
 * {@code raise priority [to LEVEL]} raises the case's priority (never lowers it).
 */
public final class RuleSweep {
    /** What one firing did (or, in a dry run, would do). */
    public record Fired(String area, Rule rule, CaseRecord onCase, int occurrence, Instant at, List<RuleLedger.Done> done) {
        public Fired {
            done = List.copyOf(done);
        }
    }

    /**
     * One sweep's account.
     *
     * @param cases    the open cases evaluated
     * @param fired    the firings, in case then rule order
     * @param stopped  rule standings that stopped holding (their next holding is a new occurrence)
     * @param placed   waiting "add case to next" actions done now that a meeting is scheduled
     * @param elsewhere occurrences another sweep fired first (left alone)
     */
    public record Report(String area, Instant at, boolean dryRun, int cases, List<Fired> fired, int stopped, List<String> placed,
                         int elsewhere) {
        public Report {
            fired = List.copyOf(fired);
            placed = List.copyOf(placed);
        }
    }

    /**
     * For one rule and one case: whether its condition holds as of the time, each comparison of it
     * with whether that holds (in the order written), and how the rule stands in the ledger.
     */
    public record Why(Rule rule, boolean holds, List<Part> parts, RuleLedger.Standing standing) {
        public Why {
            parts = List.copyOf(parts);
        }
    }

    /** One comparison of a condition, as written, and whether it holds. */
    public record Part(String condition, boolean holds) {
    }

    private final Store store;
    private final String actor;
    private final Clock clock;
    private final AreaMeetings area;
    private final Function<String, AreaCasework> casework;
    private final Mailer mailer;

    /**
     * @param actor  who sweeps (the system's rules actor, or the user who ran it), in the audit trail
     * @param clock  the transactions' time (the evaluation's time is each call's {@code at})
     * @param mailer where notifications are queued; null only for dry runs
     */
    public RuleSweep(Store store, String actor, Clock clock, AreaMeetings area, Function<String, AreaCasework> casework, Mailer mailer) {
        this.store = Objects.requireNonNull(store, "store");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.area = Objects.requireNonNull(area, "area");
        this.casework = Objects.requireNonNull(casework, "casework");
        this.mailer = mailer;
    }

    /** Evaluates every rule for every open case of the area as of {@code at}, firing (unless {@code dryRun}) what comes to hold. */
    public Report run(Instant at, boolean dryRun) {
        AreaDefinition def = area.area();
        String areaId = def.id();
        Evaluator evaluator = area.evaluator();
        List<String> placed = dryRun ? List.of() : placeWaiting(at);
        record Change(CaseRecord onCase, Rule rule, boolean holds, RuleLedger.Standing was) {
        }
        List<Change> changes = new ArrayList<>();
        int[] cases = {0};
        if (!def.rules().isEmpty()) {
            store.read(actor, clock, tx -> {
                List<CaseRecord> open = tx.cases().open(areaId);
                cases[0] = open.size();
                Map<String, RuleLedger.Standing> standings = tx.ruleLedger().standings(areaId);
                // only what the rules, and the deadlines they test, read
                org.safeguard.core.meetings.FactNeeds needs = org.safeguard.core.meetings.FactNeeds.forRules(def);
                for (int from = 0; from < open.size(); from += CaseFactsBatch.CHUNK) {
                    List<CaseRecord> chunk = open.subList(from, Math.min(open.size(), from + CaseFactsBatch.CHUNK));
                    Map<Long, CaseSnapshot> facts = CaseFactsBatch.read(tx, chunk, at, casework, needs);
                    for (CaseRecord c : chunk) {
                        for (Rule r : def.rules()) {
                            boolean holds = evaluator.test(r.when(), facts.get(c.id()));
                            RuleLedger.Standing was = standings.getOrDefault(RuleLedger.key(r.id(), c.id()), RuleLedger.Standing.NEVER);
                            if (holds != was.holding()) {
                                changes.add(new Change(c, r, holds, was));
                            }
                        }
                    }
                }
                return null;
            });
        }
        List<Fired> fired = new ArrayList<>();
        int elsewhere = 0;
        List<Change> stopping = new ArrayList<>();
        for (Change ch : changes) {
            if (!ch.holds()) {
                stopping.add(ch);
                continue;
            }
            int occurrence = ch.was().occurrence() + 1;
            if (dryRun) {
                fired.add(new Fired(areaId, ch.rule(), ch.onCase(), occurrence, at, ch.rule().actions().stream()
                        .map(a -> new RuleLedger.Done(describe(a), "would be done")).toList()));
                continue;
            }
            Optional<Fired> f = store.inTransaction(actor, clock, tx -> {
                RuleLedger ledger = tx.ruleLedger();
                RuleLedger.Standing now = ledger.standing(areaId, ch.rule().id(), ch.onCase().id());
                if (now.holding() || ledger.fired(areaId, ch.rule().id(), ch.onCase().id(), now.occurrence() + 1)) {
                    return Optional.<Fired>empty(); // another sweep got here first
                }
                int occ = now.occurrence() + 1;
                long firing = ledger.fire(areaId, ch.rule().id(), ch.rule().title(), ch.onCase().id(), occ, at);
                List<RuleLedger.Done> done = new ArrayList<>();
                int position = 0;
                for (RuleAction a : ch.rule().actions()) {
                    String outcome = act(tx, firing, ch.rule(), ch.onCase(), occ, a, at);
                    ledger.done(firing, ++position, describe(a), outcome);
                    done.add(new RuleLedger.Done(describe(a), outcome));
                }
                ledger.stand(areaId, ch.rule().id(), ch.onCase().id(), new RuleLedger.Standing(true, occ));
                return Optional.of(new Fired(areaId, ch.rule(), ch.onCase(), occ, at, done));
            });
            if (f.isPresent()) {
                fired.add(f.get());
            } else {
                elsewhere++;
            }
        }
        if (!dryRun && !stopping.isEmpty()) {
            store.inTransaction(actor, clock, tx -> {
                for (Change ch : stopping) {
                    RuleLedger.Standing now = tx.ruleLedger().standing(areaId, ch.rule().id(), ch.onCase().id());
                    tx.ruleLedger().stand(areaId, ch.rule().id(), ch.onCase().id(), new RuleLedger.Standing(false, now.occurrence()));
                }
                return null;
            });
        }
        return new Report(areaId, at, dryRun, cases[0], fired, stopping.size(), placed, elsewhere);
    }

    /** For each rule of the area: whether it holds for the case as of {@code at}, and its standing. */
    public List<Why> why(Tx tx, CaseRecord c, Instant at) {
        CaseSnapshot facts = CaseFactsBatch.read(tx, List.of(c), at, casework).get(c.id());
        List<Why> out = new ArrayList<>();
        for (Rule r : area.area().rules()) {
            List<Part> parts = new ArrayList<>();
            leaves(r.when(), facts, parts);
            out.add(new Why(r, area.evaluator().test(r.when(), facts), parts, tx.ruleLedger().standing(area.area().id(), r.id(), c.id())));
        }
        return out;
    }

    private void leaves(org.safeguard.dsl.model.Condition c, CaseSnapshot facts, List<Part> out) {
        if (c instanceof org.safeguard.dsl.model.Condition.And and) {
            and.parts().forEach(p -> leaves(p, facts, out));
        } else if (c instanceof org.safeguard.dsl.model.Condition.Or or) {
            or.parts().forEach(p -> leaves(p, facts, out));
        } else {
            out.add(new Part(org.safeguard.dsl.AreaLanguage.print(c), area.evaluator().test(c, facts)));
        }
    }

    /** The action as the area definition writes it. */
    public static String describe(RuleAction a) {
        if (a instanceof RuleAction.Notify n) {
            return "notify " + n.role().name() + n.within().map(w -> " within " + w).orElse("");
        }
        if (a instanceof RuleAction.AddToNextMeeting m) {
            return "add case to next " + m.meeting().name();
        }
        if (a instanceof RuleAction.CreateAction c) {
            return "create action \"" + c.description() + "\" for " + c.owner().name() + " due in " + c.due();
        }
        RuleAction.RaisePriority p = (RuleAction.RaisePriority) a;
        return "raise priority" + p.to().map(t -> " to " + t.name()).orElse("");
    }

    private String act(Tx tx, long firing, Rule rule, CaseRecord c, int occurrence, RuleAction a, Instant at) {
        WorkingCalendar calendar = area.evaluator().calendar();
        if (a instanceof RuleAction.Notify n) {
            return notify(tx, firing, rule, c, n, at, calendar);
        }
        if (a instanceof RuleAction.AddToNextMeeting m) {
            String type = m.meeting().name();
            Optional<Meeting> next = tx.meetings().nextScheduled(c.area(), type, at);
            if (next.isEmpty()) {
                tx.ruleLedger().awaitMeeting(firing, c.area(), type, c.id());
                return "no " + type + " meeting is scheduled: the case goes onto the first one scheduled";
            }
            return onto(tx, next.get(), c);
        }
        if (a instanceof RuleAction.CreateAction ca) {
            String owner = ca.owner().name();
            Optional<Role> role = area.area().role(owner);
            String agency = role.flatMap(Role::agency).map(r -> r.name()).orElse(owner);
            String person = role.map(Role::name).orElseGet(() -> area.area().agency(owner).map(Agency::lead).filter(l -> l != null && !l.isBlank())
                    .orElse(owner));
            LocalDate due = LocalDate.ofInstant(calendar.due(at, ca.due()).minusNanos(1), WorkingCalendar.ZONE);
            var action = tx.actions().addForCase(c.area(), c.id(), ca.description(), person, agency, due);
            return "action " + action.reference() + " for " + person + " (" + agency + "), due " + due;
        }
        RuleAction.RaisePriority p = (RuleAction.RaisePriority) a;
        String current = c.priority();
        List<String> levels = org.safeguard.core.store.Cases.PRIORITIES;
        String target = p.to().map(t -> t.name()).orElse(levels.get(Math.min(levels.size() - 1, levels.indexOf(current) + 1)));
        String before = tx.cases().require(c.id()).priority();
        return tx.cases().raisePriority(c.id(), target) ? "priority " + before + " → " + target : "priority already " + before;
    }

    /** Onto the meeting as a coordinator would put it there: the area's guards may refuse it, and that is what the action did. */
    private String onto(Tx tx, Meeting m, CaseRecord c) {
        if (tx.meetings().hasCase(m.id(), c.id())) {
            return "already on " + m.reference();
        }
        try {
            area.addCase(tx, m, c.id(), false);
        } catch (RefusedException e) {
            return "not added to " + m.reference() + ": " + e.getMessage();
        }
        return "added to " + m.reference() + " (" + m.typeName() + ", " + LocalDate.ofInstant(m.startsAt(), WorkingCalendar.ZONE) + ")";
    }

    /**
     * Least data: the subject names the rule and the case reference, the body what is due and by
     * when; no child's name or details anywhere. Keyed by the firing, so it is queued once.
     */
    private String notify(Tx tx, long firing, Rule rule, CaseRecord c, RuleAction.Notify n, Instant at, WorkingCalendar calendar) {
        Role role = area.area().role(n.role().name()).orElseThrow();
        Optional<Agency> agency = role.agency().flatMap(r -> area.area().agency(r.name()));
        Optional<String> address = agency.map(Agency::contact).filter(x -> x != null && !x.isBlank());
        if (address.isEmpty()) {
            return "not sent: role " + role.id() + " has no agency with a contact address in the area definition";
        }
        if (mailer == null) {
            throw new IllegalStateException("a sweep that notifies needs a mailer");
        }
        String by = n.within().map(w -> java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", java.util.Locale.UK)
                .format(calendar.due(at, w).atZone(WorkingCalendar.ZONE))).orElse(null);
        String subject = "Safeguard: " + rule.title() + " — case " + c.reference();
        String text = "The area rule \"" + rule.title() + "\" (" + rule.id() + ") now holds for case " + c.reference() + " in "
                + area.area().name() + ".\n\n" + (by == null ? "Please look at the case." : "Please act by " + by + ".")
                + "\n\nSee it with: safeguard case show " + c.reference() + "\nWhy the rule holds: safeguard rules why " + c.reference()
                + "\n\nThis message names no child: the case record holds the details.\n";
        String html = "<p>The area rule &#8220;" + Html.escape(rule.title()) + "&#8221; (" + Html.escape(rule.id()) + ") now holds for case <strong>"
                + Html.escape(c.reference()) + "</strong> in " + Html.escape(area.area().name()) + ".</p><p>"
                + (by == null ? "Please look at the case." : "Please act by " + Html.escape(by) + ".") + "</p>"
                + "<p>This message names no child: the case record holds the details.</p>";
        try {
            OutgoingMail mail = OutgoingMail.builder(new DocumentRef("rule-notice", firing, 1),
                            new Recipient(address.get(), role.name(), agency.get().id()))
                    .parts(DisclosedParts.OPEN).basis("area rule " + rule.id() + " (" + area.area().id() + ".area)").subject(subject)
                    .body(text, html).concerning(List.of(c.childId())).build();
            var queued = mailer.enqueue(tx, mail, false);
            return "queued to " + role.name() + " <" + queued.message().recipient() + "> (message " + queued.message().id() + ")";
        } catch (InvalidInputException | RefusedException e) {
            return "not sent: " + e.getMessage();
        }
    }


    /** The waiting "add case to next" actions of the area, done now for each case whose meeting has been scheduled since. */
    private List<String> placeWaiting(Instant at) {
        String areaId = area.area().id();
        List<RuleLedger.PendingMeeting> waiting = store.read(actor, clock, tx -> tx.ruleLedger().waiting(areaId));
        if (waiting.isEmpty()) {
            return List.of();
        }
        return store.inTransaction(actor, clock, tx -> {
            List<String> out = new ArrayList<>();
            Map<String, Optional<Meeting>> next = new java.util.HashMap<>(); // one look per meeting type, however many cases wait
            for (RuleLedger.PendingMeeting p : tx.ruleLedger().waiting(areaId)) {
                Optional<Meeting> m = next.computeIfAbsent(p.meetingType(), type -> tx.meetings().nextScheduled(areaId, type, at));
                if (m.isEmpty()) {
                    continue;
                }
                CaseRecord c = tx.cases().require(p.caseId());
                if (c.status() == org.safeguard.core.model.CaseStatus.OPEN && tx.ruleLedger().meetingFound(p.firingId(), m.get().id())) {
                    out.add(c.reference() + ": " + onto(tx, m.get(), c));
                }
            }
            return out;
        });
    }
}
