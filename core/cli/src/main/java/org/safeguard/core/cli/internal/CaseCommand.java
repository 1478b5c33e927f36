package org.safeguard.core.cli.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.app.CaseService;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.CaseStatus;
import org.safeguard.core.model.Classification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code safeguard case show|classify|close}: everything recorded on a case, a change of its
 * classification, and closing it. {@code show} reads only the store, so it works the same
 * whether or not the plugin that recorded the assessments is still enabled; {@code classify}
 * needs the area's plugin for its code lists.
 */
@Command(name = "case", mixinStandardHelpOptions = true, description = "Look at one case, classify it, close it.",
        subcommands = {CaseCommand.Show.class, CaseCommand.Classify.class, CaseCommand.Close.class})
final class CaseCommand extends GroupCommand {

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a case: referrals, assessments, classification history.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Parameters(paramLabel = "ID", converter = Ids.Case.class, description = "The case: its number or reference.") Ids.Ref id;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            var ctx = s.ctx();
            CaseService.Detail d = s.app().cases().show(ctx, Ids.id(s, id));
            if (json) {
                Output.json(s.out, toJson(d, ctx.today()));
            } else {
                print(s, d, ctx.today());
            }
            return 0;
        }

        private static Map<String, Object> toJson(CaseService.Detail d, LocalDate today) {
            Map<String, Object> m = CaseViews.toJson(d.summary(), today);
            m.put("referrals", d.referrals().stream().map(r -> Output.obj("id", r.id(), "form", r.formId(), "formVersion", r.formVersion(),
                    "received", r.received().toString(), "referrerAgency", r.referrerAgency(), "basis", r.basis(),
                    "warningSigns", r.warningSigns())).toList());
            m.put("assessments", d.assessments().stream().map(a -> Output.obj("id", a.id(), "instrument", a.instrumentId(),
                    "version", a.instrumentVersion(), "status", a.status().name(), "superseded", d.superseded().contains(a.id()),
                    "complete", a.complete(), "score", a.score(), "band", a.band(), "level", a.level(), "answers", a.factorScores(),
                    "supplementary", a.supplementary(), "assessor", a.assessor(), "recorded", a.recorded().toString())).toList());
            m.put("classifications", d.classifications().stream().map(h -> Output.obj("scheme", h.scheme(), "value", h.value(),
                    "previous", h.previous(), "rationale", h.rationale(), "author", h.author(), "recorded", h.recorded().toString())).toList());
            m.put("decisions", d.decisions().stream().map(x -> Output.obj("kind", x.kind(), "decision", x.decision(),
                    "reasons", x.reasons(), "decidedBy", x.decidedBy(), "decidedOn", x.decidedOn().toString())).toList());
            m.put("missingEpisodes", d.missingEpisodes().stream().map(MissingCommand::toJson).toList());
            m.put("chronology", d.chronology().stream().map(e -> Output.obj("at", e.at(), "kind", e.kind(), "summary", e.summary(),
                    "reference", e.reference())).toList());
            return m;
        }

        private static void print(Session s, CaseService.Detail d, LocalDate today) {
            var v = d.summary();
            var c = v.onCase();
            s.out.println("Case " + c.reference() + " (id " + c.id() + ") — " + c.area() + ", " + c.status().name().toLowerCase()
                    + ", opened " + c.opened() + (c.closed() == null ? "" : ", closed " + c.closed() + " (" + c.closeReason() + ")"));
            s.out.println("Child " + v.child().reference() + " " + v.child().displayName()
                    + (v.child().dateOfBirth() == null ? "" : ", age " + v.child().ageOn(today)));
            s.out.println("Current risk: " + v.risk());
            s.out.println();
            s.out.println("Referrals");
            d.referrals().forEach(r -> s.out.println("  #" + r.id() + " " + r.received() + " from " + r.referrerAgency()
                    + " — basis: " + String.join(", ", r.basis()) + (r.warningSigns().isEmpty() ? "" : "; signs seen: " + String.join(", ", r.warningSigns()))));
            s.out.println();
            s.out.println("Assessments");
            if (d.assessments().isEmpty()) {
                s.out.println("  none yet");
            }
            for (Assessment a : d.assessments()) {
                String state = a.status().name().toLowerCase() + (d.superseded().contains(a.id()) ? ", superseded" : "");
                String result = a.complete() ? a.score() + " → " + a.level() + " (" + a.band() + ")"
                        : "incomplete, " + a.factorScores().size() + " factors answered, no band";
                s.out.println("  #" + a.id() + " " + a.recorded().toString().substring(0, 10) + " " + a.instrumentId() + " "
                        + a.instrumentVersion() + " [" + state + "] " + result + " — " + a.assessor());
            }
            if (!d.classifications().isEmpty()) {
                s.out.println();
                s.out.println("Classification history");
                d.classifications().forEach(h -> s.out.println("  " + h.recorded().toString().substring(0, 10) + " " + h.scheme() + ": "
                        + (h.previous() == null ? "" : h.previous() + " → ") + h.value() + " — " + h.rationale() + " (" + h.author() + ")"));
            }
            if (!d.missingEpisodes().isEmpty()) {
                s.out.println();
                s.out.println("Missing episodes");
                d.missingEpisodes().forEach(e -> s.out.println("  " + MissingCommand.line(e)));
            }
            if (!d.decisions().isEmpty()) {
                s.out.println();
                s.out.println("Decisions");
                d.decisions().forEach(x -> s.out.println("  " + x.decidedOn() + " " + x.kind() + ": " + x.decision() + " — " + x.reasons()
                        + " (" + x.decidedBy() + ")"));
            }
            s.out.println();
            s.out.println("Chronology");
            if (d.chronology().isEmpty()) {
                s.out.println("  nothing recorded yet");
            }
            d.chronology().forEach(e -> s.out.printf("  %-20s %-16s %s%s%n", e.at().length() > 10 ? Dates.local(java.time.Instant.parse(e.at())) : e.at(),
                    e.kind(), Output.line(e.summary()), e.reference() == null ? "" : " [" + Output.line(e.reference()) + "]"));
        }
    }

    @Command(name = "classify", mixinStandardHelpOptions = true,
            description = {"Record a change of an open case's classification in one of its area's schemes, with the rationale.",
                    "The history keeps every value: the previous one is not lost."})
    static final class Classify implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Parameters(paramLabel = "ID", converter = Ids.Case.class, description = "The case: its number or reference.") Ids.Ref id;
        @Option(names = "--scheme", required = true, paramLabel = "ID", description = "A classification scheme of the case's area (a code list id; a wrong one is refused with the list of those there are).") String scheme;
        @Option(names = "--value", required = true, paramLabel = "CODE", description = "A code of that list.") String value;
        @Option(names = "--rationale", required = true, paramLabel = "TEXT", description = "Why the classification changes.") String rationale;
        @Option(names = "--json", description = "What was recorded, as JSON (recorded: false when the case already had the value).") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            CaseService.Classified outcome = s.app().cases().classify(s.ctx(), Ids.id(s, id), scheme, value, rationale);
            CaseRecord c = outcome.onCase();
            Code code = outcome.code();
            var changed = outcome.change();
            if (json) {
                Output.json(s.out, Output.obj("case", c.id(), "reference", c.reference(), "scheme", scheme.strip(), "value", code.code(),
                        "label", code.label(), "recorded", changed.isPresent(),
                        "previous", changed.map(Classification::previous).orElse(null)));
                return 0;
            }
            if (changed.isEmpty()) {
                s.out.println("Case " + c.reference() + " is already " + code.code() + " in " + scheme.strip() + "; nothing recorded.");
            } else {
                Classification h = changed.get();
                s.out.println("Case " + c.reference() + " classified " + h.value() + " (" + code.label() + ") in " + h.scheme()
                        + (h.previous() == null ? "" : ", was " + h.previous()) + ".");
            }
            return 0;
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true,
            description = {"Close or discharge an open case, with the reason. A closed case is not reopened: a new referral opens a new case.",
                    "Record the panel's decision too: safeguard decision add --case ID --kind discharge …"})
    static final class Close implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Parameters(paramLabel = "ID", converter = Ids.Case.class, description = "The case: its number or reference.") Ids.Ref id;
        @Option(names = "--reason", required = true, paramLabel = "TEXT") String reason;
        @Option(names = "--on", paramLabel = "DATE", description = "YYYY-MM-DD or DD/MM/YYYY (default: today).") String on;
        @Option(names = "--how", paramLabel = "closed|discharged", defaultValue = "closed", description = "How the case ends (default: ${DEFAULT-VALUE}).") String how;
        @Option(names = "--json", description = "The case as closed, and the panels it left, as JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<String> allowed = List.of("closed", "discharged");
            String typed = how.strip().toLowerCase(Locale.ROOT);
            if (!allowed.contains(typed)) {
                throw InvalidInputException.of("refused", new Problem("how", "'" + how + "' is not one of " + String.join(", ", allowed)
                        + (typed.equals("transferred") ? " (a transfer to another area is not recorded by this command)" : ""),
                        Suggestions.closest(typed, allowed).orElse(null)));
            }
            CaseService.Closed done = s.app().cases().close(s.ctx(), Ids.id(s, id), CaseStatus.valueOf(typed.toUpperCase(Locale.ROOT)),
                    reason, on == null ? null : Dates.parse("on", on));
            CaseRecord c = done.record();
            if (json) {
                Output.json(s.out, Output.obj("id", c.id(), "reference", c.reference(), "status", c.status().name(),
                        "closed", String.valueOf(c.closed()), "offPanels", done.offPanels()));
                return 0;
            }
            s.out.println("Case " + c.reference() + " " + typed + " on " + c.closed() + "."
                    + (done.offPanels().isEmpty() ? "" : " Taken off the panel of " + String.join(", ", done.offPanels())
                    + " (not yet held)."));
            return 0;
        }
    }
}
