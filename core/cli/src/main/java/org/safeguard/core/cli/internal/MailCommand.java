package org.safeguard.core.cli.internal;

import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.app.MailService.State;
import org.safeguard.core.app.MailService;
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

    static Map<String, Object> toJson(MailService.Message m) {
        return Output.obj("id", m.id(), "key", m.key(), "document", m.document(), "version", m.version(),
                "recipient", m.recipient(), "subject", m.subject(), "status", m.state().name(), "attempts", m.attempts(),
                "nextAttempt", m.state() == State.QUEUED ? m.nextAttempt().toString() : null, "lastError", m.lastError());
    }

    static Map<String, Object> toJson(MailService.Delivery r) {
        return Output.obj("sent", r.sent(), "retrying", r.retrying(), "failed", r.failed(), "stillQueued", r.stillQueued(),
                "midSend", r.midSend(), "failedInQueue", r.failedInQueue(), "problems", r.problems());
    }

    /** What a message marked as being sent means, for the reader of a delivery's or a send's report. */
    static final String MID_SEND = "%d marked as being sent: by another run now, or caught on the wire when a run was stopped — the server "
            + "may already have it; unless another run records it sent, it goes again, with the same Message-ID, once its claim lapses "
            + "(safeguard mail status, state sending).";

    /** Where mail goes, as the queue's status says it. */
    static String where(MailService.Route route) {
        return route.toOutbox() ? "outbox " + route.outbox() : "SMTP " + route.host() + ":" + route.port();
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Where mail goes, how many messages are in each state, and every message not yet sent.")
    static final class Status implements Callable<Integer> {
        @ParentCommand MailCommand parent;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            MailService.Queue v = s.app().mail().status(s.ctx());
            String where = where(v.route());
            if (json) {
                Map<String, Object> counts = Output.obj();
                for (State st : State.values()) {
                    counts.put(st.name().toLowerCase(), v.counts().get(st));
                }
                Output.json(s.out, Output.obj("deliversTo", where, "counts", counts,
                        "waiting", v.waiting().stream().map(MailCommand::toJson).toList()));
                return 0;
            }
            s.out.println("Mail goes to " + where + ".");
            s.out.println("Sent " + v.counts().get(State.SENT) + ", queued " + v.counts().get(State.QUEUED) + ", sending "
                    + v.counts().get(State.SENDING) + ", failed " + v.counts().get(State.FAILED) + ".");
            for (MailService.Message m : v.waiting()) {
                s.out.printf("%-4d %-8s %-34s attempts %d%s%s%n", m.id(), m.state().name().toLowerCase(), m.recipient(), m.attempts(),
                        m.state() == State.QUEUED ? ", next " + Dates.local(m.nextAttempt()) : "",
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
            MailService.Delivery r = s.app().mail().deliver(s.ctx(), now);
            if (json) {
                Output.json(s.out, toJson(r));
            } else {
                s.out.println(r + ".");
                r.problems().forEach(p -> s.out.println("  " + p));
                if (r.stillQueued() > r.midSend() && !r.troubled()) {
                    s.out.println("Not everything is delivered: " + (r.stillQueued() - r.midSend()) + " still queued, waiting for their next "
                            + "attempt (safeguard mail status; safeguard mail deliver --now).");
                }
                if (r.midSend() > 0) {
                    s.out.println(MID_SEND.formatted(r.midSend()));
                }
            }
            // delivered means nothing is left waiting; a message that failed for good is in mail status
            return r.troubled() || r.stillQueued() > 0 ? Cli.REFUSED : 0;
        }
    }
}
