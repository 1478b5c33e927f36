package org.safeguard.core.cli.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.app.CirculationService;
import org.safeguard.core.app.MailService;
import org.safeguard.core.app.MeetingService;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingDocument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard meeting …}: schedule, change, cancel, list, show, invite, uninvite, cases, attendance, minutes, agenda, send. */
@Command(name = "meeting", mixinStandardHelpOptions = true, description = "Meetings of the types the area definition declares.",
        subcommands = {MeetingCommand.Schedule.class, MeetingChanges.Change.class, MeetingChanges.Cancel.class,
                MeetingCommand.ListMeetings.class, MeetingCommand.Show.class, MeetingCommand.Invite.class, MeetingChanges.Uninvite.class, MeetingCommand.Cases.class, MeetingCommand.AttendanceCmd.class, MeetingCommand.Agenda.class,
                MeetingCommand.Minutes.class, AgreeMinutes.class, MeetingCommand.Send.class})
final class MeetingCommand extends GroupCommand {

    static Map<String, Object> toJson(Meeting m) {
        return Output.obj("id", m.id(), "reference", m.reference(), "area", m.area(), "type", m.meetingType(), "typeName", m.typeName(),
                "startsAt", m.startsAt().toString(), "venue", m.venue(), "callDetails", m.callDetails(), "chair", m.chair(),
                "status", m.status().name(), "minutes", m.minutes().name(), "sequence", m.sequence(),
                "cancelledReason", m.cancellation() == null ? null : m.cancellation().reason(),
                "cancelledBy", m.cancellation() == null ? null : m.cancellation().by(),
                "cancelledAt", m.cancellation() == null ? null : m.cancellation().at().toString(),
                "minutesAgreedAt", m.agreement() == null ? null : m.agreement().atMeetingId(),
                "minutesCorrections", m.agreement() == null ? null : m.agreement().corrections());
    }

    @Command(name = "schedule", mixinStandardHelpOptions = true, description = "Schedule a meeting; the type's agencies are invited.")
    static final class Schedule implements Callable<Integer> {
        @ParentCommand MeetingCommand parent;
        @Option(names = "--type", required = true, paramLabel = "ID", description = "A meeting type of the area definition.") String type;
        @Option(names = "--at", required = true, paramLabel = "YYYY-MM-DDTHH:MM", description = "Start, local time.") String at;
        @Option(names = "--until", paramLabel = "YYYY-MM-DDTHH:MM", description = "End, local time.") String until;
        @Option(names = "--venue") String venue;
        @Option(names = "--call", paramLabel = "DETAILS", description = "Call details for those joining remotely.") String call;
        @Option(names = "--chair", paramLabel = "NAME") String chair;
        @Option(names = "--case", paramLabel = "ID", split = ",", converter = Ids.Case.class, description = "Cases on the panel, by number or reference. Repeatable.") List<Ids.Ref> cases = new ArrayList<>();
        @Option(names = "--area", paramLabel = "ID") String area;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Meeting m = s.app().meetings().schedule(s.ctx(), new MeetingService.NewMeeting(area, type, Dates.localDateTime("at", at),
                    Dates.localDateTime("until", until), venue, call, chair, Ids.ids(s, cases)));
            if (json) {
                Output.json(s.out, toJson(m));
            } else {
                s.out.println("Meeting " + m.reference() + " (id " + m.id() + "): " + m.typeName() + ", " + Dates.local(m.startsAt()) + ", "
                        + cases.size() + " case" + (cases.size() == 1 ? "" : "s") + " on the panel.");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List meetings.")
    static final class ListMeetings implements Callable<Integer> {
        @ParentCommand MeetingCommand parent;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<Meeting> meetings = s.app().meetings().list(s.ctx());
            if (json) {
                Output.json(s.out, meetings.stream().map(MeetingCommand::toJson).toList());
                return 0;
            }
            if (meetings.isEmpty()) {
                s.out.println("No meetings.");
                return 0;
            }
            s.out.printf("%-4s %-7s %-34s %-22s %-10s %s%n", "ID", "MEETING", "TYPE", "WHEN", "STATUS", "MINUTES");
            meetings.forEach(m -> s.out.printf("%-4d %-7s %-34s %-22s %-10s %s%s%n", m.id(), m.reference(), m.typeName(),
                    Dates.local(m.startsAt()), m.status().name().toLowerCase(), m.minutes().name().toLowerCase(),
                    m.cancellation() == null ? "" : " (cancelled: " + m.cancellation().reason() + ")"));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A meeting: invitees, cases, attendance, quorum, actions.")
    static final class Show implements Callable<Integer> {
        @ParentCommand MeetingCommand parent;
        @Parameters(paramLabel = "ID", converter = Ids.Meeting.class, description = "The meeting: its number or reference (M00001).") Ids.Ref id;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            var ctx = s.ctx();
            MeetingService.Detail d = s.app().meetings().show(ctx, Ids.id(s, id));
            Map<String, Object> view = toJson(d, ctx.today());
            if (json) {
                Output.json(s.out, view);
                return 0;
            }
            Meeting m = d.meeting();
            s.out.println(m.reference() + " " + m.typeName() + " — " + Dates.local(m.startsAt()) + ", " + Output.orDash(m.venue())
                    + (m.callDetails() == null ? "" : " / " + m.callDetails()));
            s.out.println("Status " + m.status().name().toLowerCase() + "; minutes " + m.minutes().name().toLowerCase() + "; " + view.get("quorum"));
            if (m.cancellation() != null) {
                s.out.println("Cancelled " + Dates.local(m.cancellation().at()) + " by " + m.cancellation().by() + ": " + m.cancellation().reason());
            }
            d.minutesAgreedAt().ifPresent(at -> s.out.println("Minutes agreed at " + at.reference() + " (" + Dates.local(at.startsAt()) + ")"
                    + (m.agreement().corrections().isEmpty() ? " as they stood." : ", with corrections: "
                    + String.join("; ", m.agreement().corrections()))));
            d.agreedHere().forEach(p -> s.out.println("Agreed here: the minutes of " + p.reference() + " (" + Dates.local(p.startsAt()) + ")."));
            s.out.println("Papers: " + describe((Map<?, ?>) view.get("papers")) + "; minutes: " + describe((Map<?, ?>) view.get("minutesDue")) + ".");
            section(s, "Invitees", view, i -> i.get("name") + " <" + i.get("email") + "> (" + i.get("agency") + ")"
                    + (Boolean.TRUE.equals(i.get("restricted")) ? ", restricted: never sent confidential parts"
                    : i.get("unrestrictedReason") != null ? ", not a member, sent every part: " + i.get("unrestrictedReason")
                    + " (recorded by " + i.get("unrestrictedBy") + ")" : ""));
            section(s, "Cases", view, c -> c.get("reference") + (Boolean.TRUE.equals(c.get("proposedForDischarge")) ? " (proposed for discharge)" : ""));
            section(s, "Attendance", view, a -> a.get("name") + " (" + a.get("agency") + "): " + a.get("status").toString().toLowerCase());
            section(s, "Actions", view, a -> a.get("reference") + " " + a.get("status") + ", due " + a.get("due") + ": " + a.get("description")
                    + " (" + a.get("owner") + ", " + a.get("agency") + ")");
            return 0;
        }

        private static Map<String, Object> toJson(MeetingService.Detail d, LocalDate today) {
            Map<String, Object> v = MeetingCommand.toJson(d.meeting());
            v.put("invitees", d.invitees().stream().map(i -> Output.obj("name", i.name(), "email", i.email(),
                    "agency", i.agency(), "restricted", i.restricted(), "unrestrictedReason", i.unrestrictedReason(),
                    "unrestrictedBy", i.unrestrictedBy())).toList());
            v.put("cases", d.cases().stream().map(c -> Output.obj("case", c.caseId(), "reference", c.reference(),
                    "proposedForDischarge", c.proposedForDischarge())).toList());
            v.put("attendance", d.attendance().stream().map(a -> Output.obj("name", a.name(), "agency", a.agency(),
                    "status", a.status().name())).toList());
            v.put("quorate", d.quorum().quorate());
            v.put("quorum", d.attendance().isEmpty() ? "attendance not recorded yet" : d.quorum().explanation());
            v.put("actions", d.actions().stream().map(a -> ActionsCommand.toJson(a, today)).toList());
            v.put("papers", paperwork(d.papers()));
            v.put("minutesDue", paperwork(d.minutes()));
            return v;
        }
    }

    /**
     * Runs a minutes change built from command-line options, naming each problem by its option
     * ("--agency") rather than by its place in the equivalent minutes file ("items[1].actions[1].agency").
     */
    static <T> T asOptions(Supplier<T> change) {
        try {
            return change.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.getMessage().split(": ", 2)[0], e.problems().stream()
                    .map(p -> new Problem(option(p.subject()), p.message(), p.suggestion())).toList());
        }
    }

    /** The option a minutes field is given by: "items[1].cases[1].discussion" is {@code --notes}, "decisions[2]" {@code --decision}. */
    private static String option(String field) {
        String last = field.replaceAll("^.*\\.", "");
        return last.equals("discussion") ? "--notes" : last.startsWith("decisions[") ? "--decision" : "--" + last;
    }

    /** When a document is due by the meeting type's lead time, and whether (which version, when) it went. */
    private static Map<String, Object> paperwork(MeetingService.Paperwork p) {
        return Output.obj("due", p.due().map(Object::toString).orElse(null), "sentVersion", p.sent().map(MeetingDocument::version).orElse(null),
                "sentAt", p.sent().map(d -> d.created().toString()).orElse(null), "overdue", p.overdue());
    }

    private static String describe(Map<?, ?> p) {
        String due = p.get("due") == null ? "no lead time set" : "due by " + p.get("due");
        if (p.get("sentVersion") != null) {
            return due + ", v" + p.get("sentVersion") + " sent " + Dates.local(Instant.parse((String) p.get("sentAt")));
        }
        return due + (Boolean.TRUE.equals(p.get("overdue")) ? ", NOT SENT — overdue" : ", not sent yet");
    }

    private static void section(Session s, String title, Map<String, Object> view, Function<Map<?, ?>, String> line) {
        List<?> rows = (List<?>) view.get(title.toLowerCase());
        s.out.println(title + ":" + (rows.isEmpty() ? " none" : ""));
        rows.forEach(x -> s.out.println("  " + line.apply((Map<?, ?>) x)));
    }

    @Command(name = "invite", mixinStandardHelpOptions = true,
            description = {"Invite someone. An agency the meeting's type names receives every part; anyone else (family, another",
                    "agency) is restricted: they receive documents without the confidential parts. --restricted restricts a member;",
                    "--unrestricted --reason TEXT sends someone else every part, with the reason recorded and audited."})
    static final class Invite implements Callable<Integer> {
        @ParentCommand MeetingCommand parent;
        @Parameters(paramLabel = "ID", converter = Ids.Meeting.class, description = "The meeting: its number or reference (M00001).") Ids.Ref id;
        @Option(names = "--name", required = true) String name;
        @Option(names = "--email", required = true) String email;
        @Option(names = "--agency", required = true, description = "An agency id of the area definition, or 'family'.") String agency;
        @ArgGroup(exclusive = true) Access access;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why someone outside the meeting's agencies receives every part.")
        String reason;

        static final class Access {
            @Option(names = "--restricted", description = "Never send them the confidential parts.") boolean restricted;
            @Option(names = "--unrestricted", description = "Send them every part (needs --reason unless their agency is a member).")
            boolean unrestricted;
        }

        @Override
        public Integer call() {
            Session s = parent.root.session();
            MeetingService.Access how = access == null ? MeetingService.Access.DEFAULT
                    : access.restricted ? MeetingService.Access.RESTRICTED : MeetingService.Access.UNRESTRICTED;
            MeetingService.Invited invited = s.app().meetings().invite(s.ctx(), Ids.id(s, id),
                    new MeetingService.Invitation(name, email, agency, how, reason));
            s.out.println("Invited to " + invited.meeting().reference()
                    + (invited.invitee().restricted() ? " (restricted: confidential parts are never sent)"
                    : invited.invitee().unrestrictedReason() != null ? " (every part, for the reason recorded)" : "") + ".");
            return 0;
        }
    }

    @Command(name = "cases", mixinStandardHelpOptions = true,
            description = "Put cases on the meeting's panel (--add), propose cases on it for discharge (--discharge), or take them off (--remove).")
    static final class Cases implements Callable<Integer> {
        @ParentCommand MeetingCommand parent;
        @Parameters(paramLabel = "ID", converter = Ids.Meeting.class, description = "The meeting: its number or reference (M00001).") Ids.Ref id;
        @Option(names = "--add", paramLabel = "CASE", split = ",", converter = Ids.Case.class, description = "Cases, by number or reference. Repeatable.") List<Ids.Ref> add = new ArrayList<>();
        @Option(names = "--discharge", paramLabel = "CASE", split = ",", converter = Ids.Case.class,
                description = "Case ids to list under the agenda's cases proposed for discharge (added to the panel if need be).")
        List<Ids.Ref> discharge = new ArrayList<>();
        @Option(names = "--remove", paramLabel = "CASE", split = ",", converter = Ids.Case.class,
                description = "Take cases off the panel of a meeting not yet held, by number or reference. Repeatable.")
        List<Ids.Ref> remove = new ArrayList<>();
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            if (!remove.isEmpty()) {
                if (!add.isEmpty() || !discharge.isEmpty()) {
                    throw new SafeguardException("give --remove on its own, not with --add or --discharge");
                }
                MeetingService.Panel panel = s.app().meetings().removeCases(s.ctx(), Ids.id(s, id), Ids.ids(s, remove));
                return MeetingChanges.panel(s, panel, json, remove.size() + " taken off the panel");
            }
            if (add.isEmpty() && discharge.isEmpty()) {
                throw new SafeguardException("say which cases: --add CASE, --discharge CASE or --remove CASE");
            }
            MeetingService.Panel panel = s.app().meetings().cases(s.ctx(), Ids.id(s, id), Ids.ids(s, add), Ids.ids(s, discharge));
            if (json) {
                return MeetingChanges.panel(s, panel, true, "");
            }
            int n = panel.cases().size();
            s.out.println(panel.meeting().reference() + ": " + n + " case" + (n == 1 ? "" : "s") + " on the panel"
                    + (discharge.isEmpty() ? "" : ", " + discharge.size() + " proposed for discharge") + ".");
            return 0;
        }
    }

    @Command(name = "attendance", mixinStandardHelpOptions = true, description = "Record attendance and show the quorum.")
    static final class AttendanceCmd implements Callable<Integer> {
        @ParentCommand MeetingCommand parent;
        @Parameters(paramLabel = "ID", converter = Ids.Meeting.class, description = "The meeting: its number or reference (M00001).") Ids.Ref id;
        @Option(names = "--present", paramLabel = "NAME:AGENCY", description = "Repeatable.") List<String> present = new ArrayList<>();
        @Option(names = "--apologies", paramLabel = "NAME:AGENCY") List<String> apologies = new ArrayList<>();
        @Option(names = "--absent", paramLabel = "NAME:AGENCY") List<String> absent = new ArrayList<>();

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<MeetingService.Attendee> all = new ArrayList<>();
            add(all, present, Attendance.Status.PRESENT);
            add(all, apologies, Attendance.Status.APOLOGIES);
            add(all, absent, Attendance.Status.ABSENT);
            MeetingService.Attended done = s.app().meetings().attendance(s.ctx(), Ids.id(s, id), all);
            s.out.println(done.meeting().reference() + ": " + done.quorum().explanation() + ".");
            return 0;
        }

        private static void add(List<MeetingService.Attendee> out, List<String> specs, Attendance.Status status) {
            for (String spec : specs) {
                int colon = spec.lastIndexOf(':');
                if (colon <= 0 || colon == spec.length() - 1) {
                    throw InvalidInputException.of("refused", Problem.of("attendance", "'" + spec + "' is not NAME:AGENCY"));
                }
                out.add(new MeetingService.Attendee(spec.substring(0, colon).strip(), spec.substring(colon + 1).strip(), status));
            }
        }
    }

    @Command(name = "minutes", mixinStandardHelpOptions = true,
            description = {"Record the minutes from a file (--import: attendance, notes, decisions, actions per agenda item),",
                    "or one item at a time (--item with --notes and --decision; actions with 'safeguard actions add'),",
                    "or render them (--format, --audience, --out)."})
    static final class Minutes implements Callable<Integer> {
        @ParentCommand MeetingCommand parent;
        @Parameters(paramLabel = "ID", converter = Ids.Meeting.class, description = "The meeting: its number or reference (M00001).") Ids.Ref id;
        @Option(names = "--import", paramLabel = "FILE",
                description = "Record what the file names; other items, attendance and actions stay as they are.") Path file;
        @Option(names = "--replace", description = "With --import: the file replaces the minutes recorded (open actions it does not repeat are cancelled).")
        boolean replace;
        @Option(names = "--json", description = "With --import: what was recorded, as JSON.") boolean json;
        @Option(names = "--item", paramLabel = "N", description = "An agenda item number, e.g. 2.2: record its notes and decisions.") String item;
        @Option(names = "--case", paramLabel = "ID", converter = Ids.Case.class,
                description = "With --item: a case the item lists (CSE-00004, or its number); --notes and --decision are its discussion and decisions.")
        Ids.Ref onCase;
        @Option(names = "--notes", paramLabel = "TEXT") String notes;
        @Option(names = "--decision", paramLabel = "TEXT", description = "Repeatable.") List<String> decisions = new ArrayList<>();
        @Mixin RenderOptions render;

        @Override
        public Integer call() throws Exception {
            Session s = parent.root.session();
            if (item != null) {
                if (file != null) {
                    throw new SafeguardException("give either --import FILE or --item, not both");
                }
                if (notes == null && decisions.isEmpty()) {
                    throw new SafeguardException("say what was minuted for item " + item + ": --notes, --decision, or both");
                }
                MeetingService.ItemMinutes minuted = onCase == null ? new MeetingService.ItemMinutes(item, notes, decisions, List.of())
                        : new MeetingService.ItemMinutes(item, null, List.of(), List.of(),
                                List.of(new MeetingService.CaseMinutes(String.valueOf(Ids.id(s, onCase)), notes, decisions)));
                MeetingService.MinutesInput one = new MeetingService.MinutesInput(List.of(), List.of(minuted));
                MeetingService.Recorded done = asOptions(() -> s.app().meetings().amendMinutes(s.ctx(), Ids.id(s, id), one));
                s.out.println((onCase == null ? "Item " + item : "Case " + onCase + " under item " + item) + " of "
                        + done.meeting().reference() + " minuted.");
                return 0;
            }
            if (onCase != null) {
                throw new SafeguardException("--case belongs to an agenda item: add --item N");
            }
            if (file == null && (replace || json)) {
                throw new SafeguardException("--replace and --json go with --import FILE");
            }
            if (notes != null || !decisions.isEmpty()) {
                throw new SafeguardException("--notes and --decision belong to an agenda item: add --item N");
            }
            if (file == null) {
                return render.write(s, Ids.id(s, id), CirculationService.Document.MINUTES);
            }
            MeetingService.MinutesInput input = MinutesFile.read(file);
            long meetingId = Ids.id(s, id);
            MeetingService.Recorded done = replace ? s.app().meetings().recordMinutes(s.ctx(), meetingId, input)
                    : s.app().meetings().amendMinutes(s.ctx(), meetingId, input);
            MeetingService.Quorum q = done.quorum();
            if (json) {
                Output.json(s.out, Output.obj("meeting", done.meeting().id(), "reference", done.meeting().reference(), "replaced", replace,
                        "items", done.minuted(), "actionsAdded", done.added(), "actionsAlreadyRecorded", done.repeated(),
                        "actionsCancelled", done.cancelled(), "quorate", q.quorate(), "quorum", q.explanation()));
                return 0;
            }
            s.out.println("Minutes of " + done.meeting().reference() + (replace ? " replaced" : " recorded") + ": "
                    + (done.minuted().isEmpty() ? "no item's notes changed" : "items " + String.join(", ", done.minuted())) + "; "
                    + (done.added().isEmpty() ? "no action added" : "actions added " + String.join(", ", done.added()))
                    + (done.repeated() > 0 ? "; " + done.repeated() + " already recorded, not added again" : "")
                    + (done.cancelled().isEmpty() ? "" : "; cancelled (not in the file) " + String.join(", ", done.cancelled()))
                    + ". " + (q.quorate() ? "Quorate." : q.explanation() + " — they cannot be issued as decisions."));
            return 0;
        }
    }

    @Command(name = "agenda", mixinStandardHelpOptions = true,
            description = "Render the agenda from the meeting type's structure and the live cases and actions.")
    static final class Agenda implements Callable<Integer> {
        @ParentCommand MeetingCommand parent;
        @Parameters(paramLabel = "ID", converter = Ids.Meeting.class, description = "The meeting: its number or reference (M00001).") Ids.Ref id;
        @Mixin RenderOptions render;

        @Override
        public Integer call() throws Exception {
            return render.write(parent.root.session(), Ids.id(parent.root.session(), id), CirculationService.Document.AGENDA);
        }
    }

    @Command(name = "send", mixinStandardHelpOptions = true,
            description = "Send a document to the meeting's invitees (SMTP when configured, else the home's outbox/). "
                    + "The same version goes to the same recipient once unless --resend.")
    static final class Send implements Callable<Integer> {
        @ParentCommand MeetingCommand parent;
        @Parameters(paramLabel = "ID", converter = Ids.Meeting.class, description = "The meeting: its number or reference (M00001).") Ids.Ref id;
        @Option(names = "--doc", required = true, paramLabel = "agenda|minutes|invitation") CirculationService.Document doc;
        @Option(names = "--resend", description = "Send again to recipients who already have this version.") boolean resend;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            CirculationService.Sent sent = s.app().circulation().send(s.ctx(), Ids.id(s, id), doc, resend);
            Meeting m = sent.meeting();
            MailService.Delivery delivery = sent.delivery();
            CirculationService.Earlier earlier = sent.earlier();
            if (json) {
                Output.json(s.out, Output.obj("meeting", m.id(), "document", doc.name().toLowerCase(), "version", sent.version(),
                        "queued", sent.queued(), "skipped", sent.skipped(),
                        "earlier", Output.obj("sent", earlier.sent(), "waiting", earlier.waiting(), "midSend", earlier.midSend(),
                                "failed", earlier.failed()),
                        "sent", delivery.sent(), "retrying", delivery.retrying(), "failed", delivery.failed(),
                        "stillQueued", delivery.stillQueued(), "midSend", delivery.midSend(), "problems", delivery.problems()));
            } else {
                s.out.println(m.reference() + " " + doc.name().toLowerCase() + " v" + sent.version() + ": " + sent.queued() + " queued"
                        + (earlier.sent() > 0 ? ", " + earlier.sent() + " already sent this version (use --resend)" : "")
                        + (earlier.waiting() > 0 ? ", " + earlier.waiting() + " queued earlier and not yet sent (safeguard mail status)" : "")
                        + (earlier.midSend() > 0 ? ", " + earlier.midSend() + " queued earlier and marked as being sent" : "")
                        + (earlier.failed() > 0 ? ", " + earlier.failed() + " failed earlier (--resend queues them again)" : "")
                        + "; " + delivery);
                delivery.problems().forEach(p -> s.out.println("  " + p));
                if (delivery.retrying() > 0 || earlier.waiting() > 0) {
                    s.out.println("Messages not sent stay queued and are retried (safeguard mail status; safeguard mail deliver --now).");
                }
                if (delivery.midSend() > 0) {
                    s.out.println(MailCommand.MID_SEND.formatted(delivery.midSend()));
                }
            }
            // as mail deliver: delivered means nothing of this send is left waiting (the run's time limit may leave some queued)
            return delivery.troubled() || delivery.stillQueued() > 0 || earlier.waiting() > 0 || earlier.midSend() > 0 || earlier.failed() > 0
                    ? Cli.REFUSED : 0;
        }
    }
}
