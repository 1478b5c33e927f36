package org.safeguard.core.app.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.safeguard.core.app.DisclosureService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.store.Disclosure;

/** {@link DisclosureService} over the store's disclosure log. */
final class DisclosureServiceImpl implements DisclosureService {
    private final Wiring w;

    DisclosureServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public List<Entry> list(RequestContext ctx) {
        return w.inTransaction(ctx, tx -> {
            tx.audit().record("list", "disclosure", null, "");
            List<Entry> all = new ArrayList<>();
            tx.disclosures().latest(Integer.MAX_VALUE).forEach(d -> all.add(entry(d)));
            Collections.reverse(all);
            return all;
        });
    }

    private static Entry entry(Disclosure d) {
        return new Entry(d.id(), d.document().kind(), d.document().id(), d.document().version(), Parts.valueOf(d.parts().name()),
                d.recipient(), d.recipientName(), d.recipientAgency(), d.basis(), d.disclosed(), Outcome.valueOf(d.outcome().name()),
                d.outcomeDetail());
    }
}
