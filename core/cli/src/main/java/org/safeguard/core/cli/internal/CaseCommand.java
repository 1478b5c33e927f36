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
 * {@code safeguard case show|classify|form|outcome|close}: everything recorded on a case, a change
 * of its classification, a form recorded against it, an outcome, and closing it. {@code show} reads only the store, so it works the same
 * whether or not the plugin that recorded the assessments is still enabled; {@code classify}
 * needs the area's plugin for its code lists.
 */
@Command(name = "case", mixinStandardHelpOptions = true, description = "Look at one case, classify it, close it.",
        subcommands = {CaseCommand.Show.class, CaseCommand.Classify.class, CaseCommand.Form.class, CaseCommand.Outcome.class,
                CaseCommand.Close.class})
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
            m.put("deadlines", d.deadlines().stream().map(DeadlinesCommand::toJson).toList());
            m.put("missingEpisodes", d.missingEpisodes().stream().map(MissingCommand::toJson).toList());
            m.put("screenings", d.screenings().stream().map(x -> Output.obj("id", x.id(), "instrument", x.checklistId(),
                    "version", x.checklistVersion(), "complete", x.complete(), "proposals", x.proposals(), "rules", x.rules(),
                    "answers", x.answers(), "notes", x.notes(), "assessor", x.assessor(), "recorded", x.recorded().toString())).toList());
            m.put("flags", d.flags().stream().map(f -> Output.obj("code", f.code(), "reason", f.reason())).toList());
            m.put("outcomes", d.outcomes().stream().map(o -> Output.obj("code", o.outcome().code(), "title", o.title(),
                    "person", o.outcome().personId(), "personName", o.person() == null ? null : o.person().name(),
                    "date", o.outcome().achievedOn().toString(), "author", o.outcome().recordedBy(), "note", o.outcome().note(),
                    "recorded", o.outcome().recorded().toString())).toList());
            m.put("forms", d.forms().stream().map(f -> Output.obj("form", f.form().formId(), "formVersion", f.form().formVersion(),
                    "title", f.title(), "version", f.form().number(), "answers", f.form().answers(), "recordedBy", f.form().recordedBy(),
                    "recorded", f.form().recorded().toString())).toList());
            m.put("path", d.path().map(p -> Output.obj("step", p.id(), "title", p.title(), "next", p.next().isEmpty() ? null : p.next()))
                    .orElse(null));
            m.put("plans", d.plans().inForce().stream().map(p -> PlanCommand.toJson(p, d.plans().kinds())).toList());
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
            d.path().ifPresent(p -> s.out.println("Path: " + p.title() + (p.next().isEmpty() ? "" : " — next: " + p.next())));
            if (!"normal".equals(c.priority())) {
                s.out.println("Priority: " + c.priority() + " (raised by an area rule: safeguard rules firings --case " + c.reference() + ")");
            }
            if (!d.deadlines().isEmpty()) {
                s.out.println();
                s.out.println("Deadlines");
                d.deadlines().forEach(e -> s.out.println("  " + DeadlinesCommand.line(e)));
            }
            s.out.println();
            s.out.println("Referrals");
            d.referrals().forEach(r -> s.out.println("  #" + r.id() + " " + r.received() + " from " + r.referrerAgency()
                    + (r.basis().isEmpty() ? "" : " — basis: " + String.join(", ", r.basis()))
                    + (r.warningSigns().isEmpty() ? "" : (r.basis().isEmpty() ? " — " : "; ") + "signs seen: " + String.join(", ", r.warningSigns()))));
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
            if (!d.screenings().isEmpty()) {
                s.out.println();
                s.out.println("Screenings");
                d.screenings().forEach(x -> {
                    s.out.println("  #" + x.id() + " " + x.recorded().toString().substring(0, 10) + " " + x.checklistId() + " "
                            + x.checklistVersion() + (x.complete() ? "" : " [incomplete]") + " — "
                            + (x.proposals().isEmpty() ? "nothing proposed" : "proposes " + String.join(", ", x.proposals())) + " — " + x.assessor());
                    x.notes().forEach((id, note) -> s.out.println("      " + id + " (" + x.answers().getOrDefault(id, "unknown") + "): "
                            + Output.line(note)));
                });
            }
            if (!d.classifications().isEmpty()) {
                s.out.println();
                s.out.println("Classification history");
                d.classifications().forEach(h -> s.out.println("  " + h.recorded().toString().substring(0, 10) + " " + h.scheme() + ": "
                        + (h.previous() == null ? "" : h.previous() + " → ") + h.value() + " — " + h.rationale() + " (" + h.author() + ")"));
            }
            if (!d.flags().isEmpty()) {
                s.out.println();
                s.out.println("Flags");
                d.flags().forEach(f -> s.out.println("  " + f.code() + "  " + Output.line(f.reason())));
            }
            for (CaseService.RecordedForm f : d.forms()) {
                s.out.println();
                s.out.println(f.title() + " (" + f.form().formId() + ", version " + f.form().number() + ", " + f.form().recordedBy() + ", "
                        + Dates.local(f.form().recorded()) + ")");
                f.sections().forEach(section -> section.answers().stream().filter(a -> !a.values().isEmpty())
                        .forEach(a -> s.out.println("  " + a.label() + ": " + Output.line(String.join(", ", a.values())))));
            }
            if (!d.plans().versions().isEmpty()) {
                s.out.println();
                s.out.println("Plans in force");
                d.plans().inForce().forEach(p -> s.out.println("  " + Output.line(PlanCommand.line(p, d.plans().kinds()))));
            }
            if (!d.outcomes().isEmpty()) {
                s.out.println();
                s.out.println("Outcomes");
                d.outcomes().forEach(o -> s.out.println("  " + o.outcome().achievedOn() + " " + o.outcome().code() + " (" + o.title() + ") "
                        + (o.person() == null ? "for the victim" : "on person " + o.person().reference() + " " + Output.line(o.person().name()))
                        + " — " + Output.line(o.outcome().note()) + " (" + o.outcome().recordedBy() + ")"));
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

    @Command(name = "form", mixinStandardHelpOptions = true,
            description = {"Record one of its area's case forms against an open case (a form kept with the case, beside the referral that opened it).",
                    "Each record is a new version: the latest answers with these over them; FIELD= (empty) clears a field. "
                            + "'safeguard case form ID --fields' lists the forms and their fields."})
    static final class Form implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Parameters(paramLabel = "ID", converter = Ids.Case.class, description = "The case: its number or reference.") Ids.Ref id;
        @Option(names = "--form", paramLabel = "FORM", description = "The form's id (default: the area's only case form).") String form;
        @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "A field of the form by id; codes separated by commas. Repeatable.")
        Map<String, String> set = new java.util.LinkedHashMap<>();
        @Option(names = "--file", paramLabel = "FILE", description = "A JSON object of field id to value (--set wins).") java.nio.file.Path file;
        @Option(names = "--fields", description = "List the case forms of the case's area and their fields, and exit.") boolean listFields;
        @Option(names = "--json", description = "What was recorded, as JSON (recorded: false when nothing changed).") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            long caseId = Ids.id(s, id);
            if (listFields || form == null) {
                String area = s.app().cases().show(s.ctx(), caseId).summary().onCase().area();
                List<org.safeguard.core.api.form.FormDefinition> forms = s.app().cases().caseForms(s.ctx(), area);
                if (listFields) {
                    forms.forEach(f -> {
                        ReferralCommand.Add.printFields(s, f);
                        s.out.println();
                    });
                    return 0;
                }
                if (forms.size() != 1) {
                    throw InvalidInputException.of("refused", Problem.of("form", forms.isEmpty() ? "area " + area + " records no forms on its cases"
                            : "name the form with --form (" + String.join(", ", forms.stream().map(f -> f.id()).toList()) + ")"));
                }
                form = forms.get(0).id();
            }
            Map<String, Object> values = new java.util.LinkedHashMap<>();
            if (file != null) {
                values.putAll(ReferralCommand.Add.readJson(file));
            }
            values.putAll(set);
            if (values.isEmpty()) {
                throw InvalidInputException.of("refused", Problem.of("set", "nothing to record: give the fields with --set FIELD=VALUE or --file FILE"));
            }
            CaseService.FormRecorded done = s.app().cases().recordForm(s.ctx(), caseId, form, values);
            CaseRecord c = done.onCase();
            boolean recorded = !done.changed().isEmpty();
            if (json) {
                Output.json(s.out, Output.obj("case", c.id(), "reference", c.reference(), "form", done.form().formId(),
                        "version", done.form().number(), "recorded", recorded, "changed", done.changed(), "answers", done.form().answers()));
                return 0;
            }
            s.out.println(recorded
                    ? "Case " + c.reference() + ": " + done.form().formId() + " version " + done.form().number() + " recorded ("
                    + String.join(", ", done.changed()) + ")."
                    : "Case " + c.reference() + ": " + done.form().formId() + " version " + done.form().number()
                    + " already says this; nothing recorded.");
            return 0;
        }
    }

    @Command(name = "outcome", mixinStandardHelpOptions = true,
            description = {"Record an outcome code of the case's area: on the victim, or with --person on a person of concern",
                    "linked to the child, as the code says. An unknown code is refused with the list of the area's codes."})
    static final class Outcome implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Parameters(paramLabel = "ID", converter = Ids.Case.class, description = "The case: its number or reference.") Ids.Ref id;
        @Option(names = "--code", required = true, paramLabel = "CODE", description = "An outcome code of the case's area.") String code;
        @Option(names = "--person", paramLabel = "PERSON", converter = Ids.Person.class, description = "The person of concern it is entered on.") Ids.Ref person;
        @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What was achieved.") String note;
        @Option(names = "--on", paramLabel = "DATE", description = "The day it was achieved: YYYY-MM-DD or DD/MM/YYYY (default: today).") String on;
        @Option(names = "--json", description = "What was recorded, as JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            CaseService.OutcomeRecorded done = s.app().cases().recordOutcome(s.ctx(), Ids.id(s, id), code, Ids.idOrNull(s, person), note,
                    on == null ? null : Dates.parse("on", on));
            CaseRecord c = done.onCase();
            var o = done.outcome();
            if (json) {
                Output.json(s.out, Output.obj("id", o.id(), "case", c.id(), "reference", c.reference(), "code", o.code(),
                        "title", done.code().title(), "person", o.personId(), "personName", done.person() == null ? null : done.person().name(),
                        "date", o.achievedOn().toString(), "author", o.recordedBy(), "note", o.note(), "recorded", o.recorded().toString()));
                return 0;
            }
            s.out.println("Case " + c.reference() + ": " + o.code() + " (" + done.code().title() + ") recorded "
                    + (done.person() == null ? "for the victim" : "on person " + done.person().reference() + " " + Output.line(done.person().name()))
                    + ", " + o.achievedOn() + ".");
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
