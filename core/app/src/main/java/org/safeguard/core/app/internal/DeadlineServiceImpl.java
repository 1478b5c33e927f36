package org.safeguard.core.app.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.DeadlineService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.meetings.CaseFactsBatch;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.CaseStatus;
import org.safeguard.core.store.Tx;
import org.safeguard.dsl.eval.CaseSnapshot;
import org.safeguard.dsl.eval.DeadlineStatus;
import org.safeguard.dsl.model.MetBy;

/** {@link DeadlineService}: each area's evaluator over facts read for many cases at once. */
final class DeadlineServiceImpl implements DeadlineService {
    private final Wiring w;

    DeadlineServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public List<Entry> forCase(RequestContext ctx, long caseId) {
        return w.inTransaction(ctx, tx -> {
            CaseRecord c = tx.cases().require(caseId);
            tx.audit().record("list", "deadline", null, "case=" + caseId);
            return entries(w, tx, List.of(c), ctx.now());
        });
    }

    @Override
    public List<Entry> list(RequestContext ctx, Filter filter) {
        return w.inTransaction(ctx, tx -> {
            tx.audit().record("list", "deadline", null, filter.area() == null ? "all areas" : "area=" + filter.area());
            Instant now = ctx.now();
            List<Entry> out = new ArrayList<>();
            for (Entry e : entries(w, tx, tx.cases().open(filter.area()), now)) {
                if (filter.overdue() && e.state() != State.OVERDUE) {
                    continue;
                }
                if (filter.dueWithin() != null && (e.state() != State.OPEN || e.due().isAfter(now.plus(filter.dueWithin())))) {
                    continue;
                }
                out.add(e);
            }
            out.sort(Comparator.comparing(Entry::due).thenComparing(e -> e.onCase().id()));
            return out;
        });
    }

    /**
     * The running deadlines of the open ones among {@code cases}, case by case in definition order.
     * A case of an area with no definition in force has none to show.
     */
    static List<Entry> entries(Wiring w, Tx tx, Collection<CaseRecord> cases, Instant now) {
        Map<String, List<CaseRecord>> byArea = new LinkedHashMap<>();
        cases.stream().filter(c -> c.status() == CaseStatus.OPEN).forEach(c -> byArea.computeIfAbsent(c.area(), a -> new ArrayList<>()).add(c));
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, List<CaseRecord>> area : byArea.entrySet()) {
            AreaMeetings meetings;
            try {
                meetings = w.meetings(area.getKey());
            } catch (NotFoundException | RefusedException e) {
                continue; // no definition: the area has no deadlines the product knows of
            }
            if (meetings.area().deadlines().isEmpty()) {
                continue;
            }
            Map<Long, CaseSnapshot> facts = CaseFactsBatch.read(tx, area.getValue(), now, w::casework,
                    org.safeguard.core.meetings.FactNeeds.forDeadlines(meetings.area()));
            for (CaseRecord c : area.getValue()) {
                for (DeadlineStatus s : meetings.evaluator().deadlines(facts.get(c.id()))) {
                    if (s.state() != DeadlineStatus.State.PENDING) {
                        out.add(entry(c, s));
                    }
                }
            }
        }
        return out;
    }

    static Entry entry(CaseRecord c, DeadlineStatus s) {
        return new Entry(c, s.deadline().id(), s.deadline().label(), s.due().orElseThrow(), s.dueDate().orElseThrow(), s.met().orElse(null),
                State.valueOf(s.state().name()), String.join(" or ", s.deadline().metBy().stream().map(MetBy::describe).toList()));
    }
}
