package org.safeguard.core.cli.internal;

import java.util.List;
import java.util.concurrent.Callable;
import org.safeguard.core.app.MailService;
import org.safeguard.core.app.MeetingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard meeting change | cancel | uninvite}: a meeting not yet held, changed or called off. */
final class MeetingChanges {
    private MeetingChanges() {
    }

    @Command(name = "change", mixinStandardHelpOptions = true,
            description = {"Change when or where a meeting not yet held is, or who chairs it. A change of time, venue or call",
                    "details updates the calendar event: send the invitation again (meeting send ID --doc invitation)."})
    static final class Change implements Callable<Integer> {
        @ParentCommand MeetingCommand parent;
        @Parameters(paramLabel = "ID", converter = Ids.Meeting.class, description = "The meeting: its number or reference (M00001).") Ids.Ref id;
        @Option(names = "--at", paramLabel = "YYYY-MM-DDTHH:MM", description = "Start, local time.") String at;
        @Option(names = "--until", paramLabel = "YYYY-MM-DDTHH:MM", description = "End, local time.") String until;
        @Option(names = "--venue") String venue;
        @Option(names = "--call", paramLabel = "DETAILS", description = "Call details for those joining remotely.") String call;
        @Option(names = "--chair", paramLabel = "NAME") String chair;
        @Option(names = "--json") boolean json;
        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (at == null && until == null && venue == null && call == null && chair == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say what changes: --at, --until, --venue, --call or --chair");
            }
            Session s = parent.root.session();
            MeetingService.Changed done = s.app().meetings().change(s.ctx(), Ids.id(s, id), new MeetingService.Change(
                    Dates.localDateTime("at", at), Dates.localDateTime("until", until), venue, call, chair));
            if (json) {
                var v = MeetingCommand.toJson(done.meeting());
                v.put("changed", done.changed());
                Output.json(s.out, v);
            } else {
                s.out.println(done.meeting().reference() + (done.changed().isEmpty() ? ": nothing changed."
                        : " changed (" + String.join(", ", done.changed()) + "): " + Dates.local(done.meeting().startsAt()) + ", "
                        + Output.orDash(done.meeting().venue()) + "."));
            }
            return 0;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "Cancel a meeting not yet held; everyone sent its invitation is sent a cancellation of the calendar event.")
    static final class Cancel implements Callable<Integer> {
        @ParentCommand MeetingCommand parent;
        @Parameters(paramLabel = "ID", converter = Ids.Meeting.class, description = "The meeting: its number or reference (M00001).") Ids.Ref id;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is cancelled (recorded, not sent).") String reason;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            MeetingService.Withdrawn done = s.app().meetings().cancel(s.ctx(), Ids.id(s, id), reason);
            return withdrawn(s, done, json, done.meeting().reference() + " cancelled");
        }
    }

    @Command(name = "uninvite", mixinStandardHelpOptions = true,
            description = "Take someone off a meeting not yet held; if they were sent the invitation, they are sent its cancellation.")
    static final class Uninvite implements Callable<Integer> {
        @ParentCommand MeetingCommand parent;
        @Parameters(paramLabel = "ID", converter = Ids.Meeting.class, description = "The meeting: its number or reference (M00001).") Ids.Ref id;
        @Option(names = "--email", required = true, paramLabel = "ADDRESS") String email;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            MeetingService.Withdrawn done = s.app().meetings().uninvite(s.ctx(), Ids.id(s, id), email);
            return withdrawn(s, done, json, email.strip() + " is no longer invited to " + done.meeting().reference());
        }
    }

    private static int withdrawn(Session s, MeetingService.Withdrawn done, boolean json, String what) {
        MailService.Delivery d = done.delivery();
        if (json) {
            var v = MeetingCommand.toJson(done.meeting());
            v.put("notified", done.notified());
            v.put("sent", d.sent());
            v.put("retrying", d.retrying());
            v.put("failed", d.failed());
            v.put("stillQueued", d.stillQueued());
            v.put("problems", d.problems());
            Output.json(s.out, v);
        } else {
            int n = done.notified().size();
            s.out.println(what + "; " + (n == 0 ? "nobody held the invitation, so no cancellation was sent"
                    : n + " cancellation" + (n == 1 ? "" : "s") + " of the calendar event queued; " + d) + ".");
            d.problems().forEach(p -> s.out.println("  " + p));
        }
        return d.troubled() ? Cli.REFUSED : 0;
    }

    static int panel(Session s, MeetingService.Panel panel, boolean json, String what) {
        if (json) {
            var v = MeetingCommand.toJson(panel.meeting());
            v.put("cases", panel.cases().stream().map(c -> Output.obj("case", c.caseId(), "reference", c.reference(),
                    "proposedForDischarge", c.proposedForDischarge())).toList());
            Output.json(s.out, v);
        } else {
            int n = panel.cases().size();
            s.out.println(panel.meeting().reference() + ": " + what + "; " + n + " case" + (n == 1 ? "" : "s") + " on the panel"
                    + (n == 0 ? "" : " (" + String.join(", ", panel.cases().stream().map(MeetingService.PanelCase::reference).toList()) + ")") + ".");
        }
        return 0;
    }

}
