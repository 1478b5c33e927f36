package org.safeguard.core.app.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.safeguard.core.app.MailService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.mail.DeliveryReport;
import org.safeguard.core.mail.MailSettings;
import org.safeguard.core.mail.Mailer;
import org.safeguard.core.store.MailMessage;
import org.safeguard.core.store.MailStatus;

/** {@link MailService} over the store's queue and the home's mail settings (read on every call). */
final class MailServiceImpl implements MailService {
    private final Wiring w;

    MailServiceImpl(Wiring w) {
        this.w = w;
    }

    /** The mailer for the home as it is configured now. */
    static Mailer mailer(Wiring w, MailSettings settings) {
        return new Mailer(w.store(), settings, w.home().outbox());
    }

    /** The home's mail settings as they are now (a corrected file takes effect on the next call). */
    static MailSettings settings(Wiring w) {
        return MailSettings.fromHome(w.home().requireExisting().root());
    }

    @Override
    public Queue status(RequestContext ctx) {
        MailSettings settings = settings(w);
        Route route = new Route(w.home().outbox(), settings.host().orElse(null), settings.port());
        return w.inTransaction(ctx, tx -> {
            tx.audit().record("list", "mail_message", null, "");
            List<Message> waiting = new ArrayList<>();
            for (MailStatus st : List.of(MailStatus.SENDING, MailStatus.QUEUED, MailStatus.FAILED)) {
                tx.mailQueue().withStatus(st).forEach(m -> waiting.add(message(m)));
            }
            Map<State, Integer> counts = new EnumMap<>(State.class);
            tx.mailQueue().counts().forEach((st, n) -> counts.put(State.valueOf(st.name()), n));
            return new Queue(route, counts, waiting);
        });
    }

    @Override
    public Delivery deliver(RequestContext ctx, boolean retryNow) {
        Mailer mailer = mailer(w, settings(w));
        if (retryNow) {
            w.inTransaction(ctx, tx -> tx.mailQueue().retryNow());
        }
        return delivery(w, ctx, mailer.deliverPending(ctx.clock()));
    }

    /** A delivery run's report, with the messages failed for good in the whole queue (one query). */
    static Delivery delivery(Wiring w, RequestContext ctx, DeliveryReport r) {
        int failedInQueue = w.inTransaction(ctx, tx -> tx.mailQueue().counts().get(MailStatus.FAILED));
        return new Delivery(r.sent(), r.retrying(), r.failed(), r.stillQueued(), r.midSend(), failedInQueue, r.problems());
    }

    private static Message message(MailMessage m) {
        return new Message(m.id(), m.key(), m.document().kind(), m.document().version(), m.recipient(), m.subject(),
                State.valueOf(m.status().name()), m.attempts(), m.nextAttempt(), m.lastError());
    }
}
