package org.safeguard.core.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.checklist.ChecklistResult;
import org.safeguard.core.api.instrument.InstrumentResult;
import org.safeguard.core.app.AssessmentService;
import org.safeguard.core.model.AssessmentStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard assess}: score answers; preview, or record on a child's case. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Score an assessment. Without --child it is a preview that stores nothing.",
                "Factors are given by number or id, e.g. --answer 1=2 --answer drug-use=0."})
final class AssessCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--instrument", required = true, paramLabel = "ID", description = "The instrument id, as 'instruments list' shows it.")
    String instrument;

    // a comma starts a new answer only before KEY=, so that a set of codes may be given whole: signs=missing,gifts
    @Option(names = {"--answer", "-a"}, paramLabel = "KEY=VALUE", split = ",(?=[^,=]+=)", splitSynopsisLabel = ",",
            description = "An answer: factor number or id = score; supplementary question = yes/no; a checklist's set of codes"
                    + " = codes, comma-separated (signs=going-missing,unexplained-gifts). Repeatable.")
    Map<String, String> answers = new LinkedHashMap<>();

    @Option(names = "--note", paramLabel = "ID=TEXT", description = "A checklist's note on one answer, kept with the screening as"
            + " written (with --child). Repeatable: one per question.")
    Map<String, String> notes = new LinkedHashMap<>();

    @Option(names = "--child", paramLabel = "ID", converter = Ids.Child.class, description = "Record on this child's open case in the instrument's area (its number or reference, C00003).")
    Ids.Ref child;

    @Option(names = "--final", description = "Record as final (every factor must be answered). Without it, a draft.")
    boolean asFinal;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        Session s = root.session();
        if (s.app().assessments().isChecklist(s.ctx(), instrument)) {
            return checklist(s);
        }
        if (asFinal && child == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--final needs --child: a preview stores nothing");
        }
        if (!notes.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--note is for a checklist's answers; " + instrument
                    + " is a scored instrument");
        }
        AssessmentService assessments = s.app().assessments();
        AssessmentService.Outcome o = child == null
                ? assessments.preview(s.ctx(), instrument, answers)
                : assessments.record(s.ctx(), instrument, answers, Ids.id(s, child), asFinal ? AssessmentStatus.FINAL : AssessmentStatus.DRAFT);
        if (json) {
            Output.json(s.out, toJson(o));
        } else {
            print(s, o);
        }
        return 0;
    }

    /** A checklist instrument: read the answers, propose routes with the rules that produced them; record with --child. */
    private int checklist(Session s) {
        if (asFinal) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), instrument + " is a checklist: its result is recorded as it is"
                    + " (--child), with no draft or final");
        }
        if (!notes.isEmpty() && child == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--note is kept with a recorded screening: add --child"
                    + " (a preview stores nothing)");
        }
        AssessmentService assessments = s.app().assessments();
        AssessmentService.Screened o = child == null ? assessments.screen(s.ctx(), instrument, answers)
                : assessments.recordScreening(s.ctx(), instrument, answers, notes, Ids.id(s, child));
        ChecklistResult r = o.result();
        if (json) {
            Map<String, Object> m = Output.obj("instrument", r.checklistId(), "version", r.version(), "complete", r.complete(),
                    "met", r.met(), "recommendation", o.checklist().recommendation(r), "proposals", r.proposals(), "rules", r.rules().stream().map(h -> Output.obj("rule", h.rule(), "source", h.source(),
                            "why", h.why(), "proposes", h.proposes())).toList(), "unknown", r.unknown(), "answers", r.answers());
            m.put("stored", o.recorded().map(x -> Output.obj("screening", x.screening().id(), "case", x.onCase().id(),
                    "caseReference", x.onCase().reference(), "notes", x.screening().notes())).orElse(null));
            Output.json(s.out, m);
            return 0;
        }
        s.out.println(o.checklist().title() + " (" + r.checklistId() + " " + r.version() + ") — " + o.recorded()
                .map(x -> "screening #" + x.screening().id() + " on case " + x.onCase().reference()).orElse("preview, nothing stored"));
        s.out.println("Met: " + (r.met().isEmpty() ? "none" : String.join(", ", r.met())) + ".");
        s.out.println("Recommendation: " + o.checklist().recommendation(r));
        if (r.proposals().isEmpty()) {
            s.out.println(r.complete() ? "Nothing proposed." : "Incomplete: nothing can be proposed while an answer a rule needs is unknown.");
        }
        for (ChecklistResult.Held h : r.rules()) {
            s.out.println("Proposed: " + String.join(", ", h.proposes().stream().map(id -> o.checklist().route(id).map(x -> x.title() + " (" + id + ")")
                    .orElse(id)).toList()) + " — " + h.why() + (h.source().isEmpty() ? "" : " (" + h.source() + ")"));
        }
        if (!r.unknown().isEmpty()) {
            s.out.println("Still unknown: " + String.join(", ", r.unknown()) + ".");
        }
        return 0;
    }

    static Map<String, Object> toJson(AssessmentService.Outcome o) {
        InstrumentResult r = o.result();
        Map<String, Object> m = Output.obj("instrument", r.instrumentId(), "version", r.version(), "complete", r.complete(),
                "score", r.score(), "band", r.band(), "level", r.level(), "maxScore", r.maxScore(), "missing", r.missing(),
                "partialScore", r.partialScore(), "answers", r.factorScores(), "supplementary", r.supplementary());
        m.put("stored", o.recorded().map(x -> Output.obj("assessment", x.assessment().id(), "status", x.assessment().status().name(),
                "case", x.onCase().id(), "caseReference", x.onCase().reference(), "supersedes", x.assessment().supersedes())).orElse(null));
        return m;
    }

    private static void print(Session s, AssessmentService.Outcome o) {
        InstrumentResult r = o.result();
        String where = o.recorded().map(x -> x.assessment().status().name().toLowerCase() + " #" + x.assessment().id() + " on case "
                + x.onCase().reference() + (x.assessment().supersedes() == null ? "" : ", supersedes #" + x.assessment().supersedes()))
                .orElse("preview, nothing stored");
        s.out.println(o.instrument().title() + " (" + r.instrumentId() + " " + r.version() + ") — " + where);
        if (r.complete()) {
            s.out.println("Score " + r.score() + " of a reachable " + r.maxScore() + ": "
                    + (r.band() == null ? "outside every band" : r.level() + " (" + r.band() + ")"));
        } else {
            s.out.println("Incomplete: " + r.missing().size() + " of " + o.instrument().factors().size()
                    + " factors unanswered (" + String.join(", ", r.missing()) + ").");
            s.out.println("No band until every factor is answered; the answered factors total " + r.partialScore() + ".");
        }
        r.supplementary().forEach((k, v) -> s.out.println("Also recorded: " + k + " = " + (v ? "yes" : "no")));
    }
}
