package org.safeguard.core.app.internal;

import java.util.List;
import java.util.Map;
import org.safeguard.core.app.DisclosureService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.store.Disclosure;
import org.safeguard.core.store.Tx;

/** {@link DisclosureService} over the store's disclosure log. */
final class DisclosureServiceImpl implements DisclosureService {
    private final Wiring w;

    DisclosureServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public List<Entry> list(RequestContext ctx) {
        return list(ctx, Filter.ALL);
    }

    @Override
    public List<Entry> list(RequestContext ctx, Filter filter) {
        Filter f = filter == null ? Filter.ALL : filter;
        String recipient = Inputs.optional("recipient", f.recipient());
        return w.inTransaction(ctx, tx -> {
            if (f.childId() != null) {
                tx.children().require(f.childId());
            }
            if (f.meetingId() != null) {
                tx.meetings().require(f.meetingId());
            }
            tx.audit().record("list", "disclosure", null, details(f));
            List<Disclosure> found = tx.disclosures().matching(f.childId(), f.meetingId(), recipient, f.since());
            return entries(tx, found);
        });
    }

    /** What the audit entry says of a filter: ids and a moment, never an address or a name. */
    private static String details(Filter f) {
        StringBuilder b = new StringBuilder();
        if (f.childId() != null) b.append("child=").append(f.childId()).append(' ');
        if (f.meetingId() != null) b.append("meeting=").append(f.meetingId()).append(' ');
        if (f.recipient() != null) b.append("recipient=given ");
        if (f.since() != null) b.append("since=").append(f.since()).append(' ');
        return b.toString().strip();
    }

    /** The entries with their meeting's and children's references (four queries however many). */
    private static List<Entry> entries(Tx tx, List<Disclosure> found) {
        List<Long> ids = found.stream().map(Disclosure::id).toList();
        Map<Long, List<Long>> children = tx.disclosures().childrenOf(ids);
        Map<Long, Long> meetingOf = tx.disclosures().meetingsOf(ids);
        Map<Long, Child> kids = tx.children().withIds(children.values().stream().flatMap(List::stream).distinct().toList());
        Map<Long, Meeting> meetings = tx.meetings().withIds(meetingOf.values().stream().distinct().toList());
        return found.stream().map(d -> {
            Meeting m = meetingOf.containsKey(d.id()) ? meetings.get(meetingOf.get(d.id())) : null;
            List<String> refs = children.getOrDefault(d.id(), List.of()).stream().map(c -> kids.get(c).reference()).toList();
            return new Entry(d.id(), d.document().kind(), d.document().id(), d.document().version(), Parts.valueOf(d.parts().name()),
                    d.recipient(), d.recipientName(), d.recipientAgency(), d.basis(), d.disclosed(), Outcome.valueOf(d.outcome().name()),
                    d.outcomeDetail(), m == null ? null : m.reference(), refs);
        }).toList();
    }
}
