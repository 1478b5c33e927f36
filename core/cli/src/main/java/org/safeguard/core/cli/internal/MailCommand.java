package org.safeguard.core.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.mail.DeliveryReport;
import org.safeguard.core.mail.MailSettings;
import org.safeguard.core.mail.Mailer;
import org.safeguard.core.store.MailMessage;
import org.safeguard.core.store.MailStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code safeguard mail status|deliver}: the outgoing mail queue. Messages that could not be
 * sent stay queued and are retried with backoff — by {@code safeguard serve} every minute, by
 * every {@code meeting send}, and by {@code mail deliver}.
 */
@Command(name = "mail", mixinStandardHelpOptions = true, description = "The outgoing mail queue: what is waiting, retrying or failed.",
        subcommands = {MailCommand.Status.class, MailCommand.Deliver.class})
final class MailCommand extends GroupCommand {

    static Mailer mailer(Session s) {
        return new Mailer(s.store(), MailSettings.fromHome(s.home.root()), s.home.outbox());
    }

    static Map<String, Object> toJson(MailMessage m) {
        return Output.obj("id", m.id(), "key", m.key(), "document", m.document().kind(), "version", m.document().version(),
                "recipient", m.recipient(), "subject", m.subject(), "status", m.status().name(), "attempts", m.attempts(),
                "nextAttempt", m.status() == MailStatus.QUEUED ? m.nextAttempt().toString() : null, "lastError", m.lastError());
    }

    static Map<String, Object> toJson(DeliveryReport r) {
        return Output.obj("sent", r.sent(), "retrying", r.retrying(), "failed", r.failed(), "stillQueued", r.stillQueued(),
                "problems", r.problems());
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Where mail goes, how many messages are in each state, and every message not yet sent.")
    static final class Status implements Callable<Integer> {
        @ParentCommand MailCommand parent;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            MailSettings settings = MailSettings.fromHome(s.home.root());
            record View(Map<MailStatus, Integer> counts, List<MailMessage> waiting) {
            }
            View v = s.store().inTransaction(s.actor, tx -> {
                List<MailMessage> waiting = new ArrayList<>();
                for (MailStatus st : List.of(MailStatus.SENDING, MailStatus.QUEUED, MailStatus.FAILED)) {
                    waiting.addAll(tx.mailQueue().withStatus(st));
                }
                return new View(tx.mailQueue().counts(), waiting);
            });
            String where = settings.outboxMode() ? "outbox " + s.home.outbox() : "SMTP " + settings.host().orElse("") + ":" + settings.port();
            if (json) {
                Map<String, Object> counts = Output.obj();
                v.counts().forEach((k, n) -> counts.put(k.name().toLowerCase(), n));
                Output.json(s.out, Output.obj("deliversTo", where, "counts", counts,
                        "waiting", v.waiting().stream().map(MailCommand::toJson).toList()));
                return 0;
            }
            s.out.println("Mail goes to " + where + ".");
            s.out.println("Sent " + v.counts().get(MailStatus.SENT) + ", queued " + v.counts().get(MailStatus.QUEUED) + ", sending "
                    + v.counts().get(MailStatus.SENDING) + ", failed " + v.counts().get(MailStatus.FAILED) + ".");
            for (MailMessage m : v.waiting()) {
                s.out.printf("%-4d %-8s %-34s attempts %d%s%s%n", m.id(), m.status().name().toLowerCase(), m.recipient(), m.attempts(),
                        m.status() == MailStatus.QUEUED ? ", next " + Dates.local(m.nextAttempt()) : "",
                        m.lastError() == null ? "" : " — " + m.lastError());
            }
            return 0;
        }
    }

    @Command(name = "deliver", mixinStandardHelpOptions = true,
            description = {"Send the queued messages that are due. Each goes once: a message being sent elsewhere is left alone.",
                    "--now: do not wait out the backoff (after fixing the mail settings or when the server is back)."})
    static final class Deliver implements Callable<Integer> {
        @ParentCommand MailCommand parent;
        @Option(names = "--now", description = "Retry every queued message now.") boolean now;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Mailer mailer = mailer(s);
            if (now) {
                s.store().inTransaction(s.actor, tx -> tx.mailQueue().retryNow());
            }
            DeliveryReport r = mailer.deliverPending();
            if (json) {
                Output.json(s.out, toJson(r));
            } else {
                s.out.println(r + ".");
                r.problems().forEach(p -> s.out.println("  " + p));
            }
            return r.failed() > 0 || r.retrying() > 0 ? Cli.REFUSED : 0;
        }
    }
}
