package org.safeguard.core.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.model.Assessment;
import org.safeguard.core.api.model.Classification;
import org.safeguard.core.api.model.Decision;
import org.safeguard.core.api.model.MissingEpisode;
import org.safeguard.core.api.model.Referral;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code safeguard case show}: everything recorded on a case. Reads only the store, so it
 * works the same whether or not the plugin that recorded the assessments is still enabled.
 */
@Command(name = "case", mixinStandardHelpOptions = true, description = "Look at one case.",
        subcommands = {CaseCommand.Show.class})
final class CaseCommand extends GroupCommand {

    record Detail(CaseViews view, List<Referral> referrals, List<Assessment> assessments, List<Long> superseded,
                  List<Classification> history, List<Decision> decisions, List<MissingEpisode> missing) {
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a case: referrals, assessments, classification history.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Parameters(paramLabel = "ID", description = "The case id.") long id;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Detail d = s.store().inTransaction(s.actor, tx -> {
                var c = tx.cases().require(id);
                tx.audit().read("case", id);
                return new Detail(CaseViews.of(tx, c), tx.referrals().forCase(id), tx.assessments().forCase(id),
                        tx.assessments().superseded(id), tx.classifications().history(id), tx.decisions().forCase(id),
                        tx.missingEpisodes().forChild(c.childId()));
            });
            if (json) {
                Output.json(s.out, toJson(d));
            } else {
                print(s, d);
            }
            return 0;
        }

        private static Map<String, Object> toJson(Detail d) {
            Map<String, Object> m = d.view().toJson();
            m.put("referrals", d.referrals().stream().map(r -> Output.obj("id", r.id(), "form", r.formId(), "formVersion", r.formVersion(),
                    "received", r.received().toString(), "referrerAgency", r.referrerAgency(), "basis", r.basis(),
                    "warningSigns", r.warningSigns())).toList());
            m.put("assessments", d.assessments().stream().map(a -> Output.obj("id", a.id(), "instrument", a.instrumentId(),
                    "version", a.instrumentVersion(), "status", a.status().name(), "superseded", d.superseded().contains(a.id()),
                    "complete", a.complete(), "score", a.score(), "band", a.band(), "level", a.level(), "answers", a.factorScores(),
                    "supplementary", a.supplementary(), "assessor", a.assessor(), "recorded", a.recorded().toString())).toList());
            m.put("classifications", d.history().stream().map(h -> Output.obj("scheme", h.scheme(), "value", h.value(),
                    "previous", h.previous(), "rationale", h.rationale(), "author", h.author(), "recorded", h.recorded().toString())).toList());
            m.put("decisions", d.decisions().stream().map(x -> Output.obj("kind", x.kind(), "decision", x.decision(),
                    "reasons", x.reasons(), "decidedBy", x.decidedBy(), "decidedOn", x.decidedOn().toString())).toList());
            m.put("missingEpisodes", d.missing().stream().map(e -> Output.obj("started", e.started().toString(),
                    "returned", e.returned() == null ? null : e.returned().toString(),
                    "returnInterviewDue", e.returnInterviewDue() == null ? null : e.returnInterviewDue().toString(),
                    "returnInterviewHeld", e.returnInterviewHeld() == null ? null : e.returnInterviewHeld().toString())).toList());
            return m;
        }

        private static void print(Session s, Detail d) {
            var v = d.view();
            s.out.println("Case " + v.c().reference() + " (id " + v.c().id() + ") — " + v.c().area() + ", " + v.c().status().name().toLowerCase()
                    + ", opened " + v.c().opened() + (v.c().closed() == null ? "" : ", closed " + v.c().closed() + " (" + v.c().closeReason() + ")"));
            s.out.println("Child " + v.child().reference() + " " + v.child().displayName()
                    + (v.child().dateOfBirth() == null ? "" : ", age " + v.child().ageOn(java.time.LocalDate.now())));
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
            if (!d.history().isEmpty()) {
                s.out.println();
                s.out.println("Classification history");
                d.history().forEach(h -> s.out.println("  " + h.recorded().toString().substring(0, 10) + " " + h.scheme() + ": "
                        + (h.previous() == null ? "" : h.previous() + " → ") + h.value() + " — " + h.rationale() + " (" + h.author() + ")"));
            }
            if (!d.missing().isEmpty()) {
                s.out.println();
                s.out.println("Missing episodes");
                d.missing().forEach(e -> s.out.println("  " + e.started() + " → " + Output.orDash(e.returned())
                        + (e.returnInterviewDue() == null ? "" : "; return interview due " + e.returnInterviewDue()
                        + (e.returnInterviewHeld() == null ? " (not yet held)" : ", held " + e.returnInterviewHeld()))));
            }
            if (!d.decisions().isEmpty()) {
                s.out.println();
                s.out.println("Decisions");
                d.decisions().forEach(x -> s.out.println("  " + x.decidedOn() + " " + x.kind() + ": " + x.decision() + " — " + x.reasons()
                        + " (" + x.decidedBy() + ")"));
            }
        }
    }
}
