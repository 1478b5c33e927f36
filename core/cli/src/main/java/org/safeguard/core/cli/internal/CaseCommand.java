package org.safeguard.core.cli.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.model.Assessment;
import org.safeguard.core.api.model.CaseRecord;
import org.safeguard.core.api.model.CaseStatus;
import org.safeguard.core.api.model.Classification;
import org.safeguard.core.api.model.Decision;
import org.safeguard.core.api.model.MissingEpisode;
import org.safeguard.core.api.model.Referral;
import org.safeguard.core.runtime.Container;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code safeguard case show|classify|close}: everything recorded on a case, a change of its
 * classification, and closing it. {@code show} reads only the store, so it works the same
 * whether or not the plugin that recorded the assessments is still enabled; {@code classify}
 * checks the value against the area plugin's code list, so it needs the plugin.
 */
@Command(name = "case", mixinStandardHelpOptions = true, description = "Look at one case, classify it, close it.",
        subcommands = {CaseCommand.Show.class, CaseCommand.Classify.class, CaseCommand.Close.class})
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
                d.missing().forEach(e -> s.out.println("  " + Dates.local(e.started()) + " → " + Dates.local(e.returned())
                        + (e.returnInterviewDue() == null ? "" : "; return interview due " + Dates.local(e.returnInterviewDue())
                        + (e.returnInterviewHeld() == null ? " (not yet held)" : ", held " + Dates.local(e.returnInterviewHeld())))));
            }
            if (!d.decisions().isEmpty()) {
                s.out.println();
                s.out.println("Decisions");
                d.decisions().forEach(x -> s.out.println("  " + x.decidedOn() + " " + x.kind() + ": " + x.decision() + " — " + x.reasons()
                        + " (" + x.decidedBy() + ")"));
            }
        }
    }

    /**
     * The schemes a case in {@code areaId} may be classified by: the code lists of the plugin that
     * offers the area, except those that describe the child or the referral (the lists the
     * area's referral form uses, its ethnicity and warning-sign lists). Sorted by id.
     */
    static Map<String, CodeList> schemes(Container container, String areaId) {
        AreaDescriptor area = container.enabledAreas().stream().filter(a -> a.id().equals(areaId)).findFirst()
                .orElseThrow(() -> new SafeguardException("area " + areaId + " is not enabled in this home; classifying a case needs its plugin"));
        String plugin = container.areas().entries().stream().filter(e -> e.id().equals(areaId)).map(e -> e.pluginId()).findFirst().orElse(null);
        Set<String> aboutTheChild = new HashSet<>();
        area.ethnicityList().ifPresent(aboutTheChild::add);
        area.warningSigns().ifPresent(aboutTheChild::add);
        area.referralForm().flatMap(id -> container.forms().find(id)).ifPresent(form -> codeListsOf(form.fields(), aboutTheChild));
        Map<String, CodeList> out = new TreeMap<>();
        container.codeLists().entries().stream().filter(e -> e.pluginId().equals(plugin) && !aboutTheChild.contains(e.id()))
                .forEach(e -> out.put(e.id(), e.item()));
        return out;
    }

    private static void codeListsOf(List<FieldDefinition> fields, Set<String> into) {
        for (FieldDefinition f : fields) {
            if (f.codeListId() != null) {
                into.add(f.codeListId());
            }
            codeListsOf(f.fields(), into);
        }
    }

    @Command(name = "classify", mixinStandardHelpOptions = true,
            description = {"Record a change of an open case's classification in a scheme, e.g. lancashire.cse-categories, with the rationale.",
                    "The history keeps every value: the previous one is not lost."})
    static final class Classify implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Parameters(paramLabel = "ID", description = "The case id.") long id;
        @Option(names = "--scheme", required = true, paramLabel = "ID", description = "A code list of the case's area, e.g. lancashire.cse-categories.") String scheme;
        @Option(names = "--value", required = true, paramLabel = "CODE", description = "A code of that list.") String value;
        @Option(names = "--rationale", required = true, paramLabel = "TEXT", description = "Why the classification changes.") String rationale;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            String why = PersonCommand.required("rationale", rationale);
            Container container = s.container();
            var outcome = s.store().inTransaction(s.actor, tx -> {
                CaseRecord c = tx.cases().require(id);
                if (c.status() != CaseStatus.OPEN) {
                    throw new SafeguardException("case " + c.reference() + " is " + c.status().name().toLowerCase(Locale.ROOT) + "; only an open case is classified");
                }
                Map<String, CodeList> schemes = schemes(container, c.area());
                CodeList list = schemes.get(scheme.strip());
                if (list == null) {
                    throw InvalidInputException.of("refused", new Problem("scheme", container.instruments().find(scheme.strip()).isPresent()
                            ? "'" + scheme + "' is an instrument: its level comes from a final assessment (safeguard assess --final)"
                            : "'" + scheme + "' is not a classification scheme of area " + c.area() + " (" + String.join(", ", schemes.keySet()) + ")",
                            Suggestions.closest(scheme.strip(), schemes.keySet()).orElse(null)));
                }
                Code code = list.find(value).orElseThrow(() -> InvalidInputException.of("refused", new Problem("value",
                        "'" + value + "' is not in " + list.title() + " (" + String.join(", ", list.codeValues()) + ")",
                        Suggestions.closest(value.strip(), list.codeValues()).orElse(null))));
                return Map.entry(c, Map.entry(code, tx.classifications().change(c.id(), list.id(), code.code(), why, null)));
            });
            CaseRecord c = outcome.getKey();
            Code code = outcome.getValue().getKey();
            var changed = outcome.getValue().getValue();
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

        @Parameters(paramLabel = "ID", description = "The case id.") long id;
        @Option(names = "--reason", required = true, paramLabel = "TEXT") String reason;
        @Option(names = "--on", paramLabel = "DATE", description = "YYYY-MM-DD or DD/MM/YYYY (default: today).") String on;
        @Option(names = "--how", paramLabel = "closed|discharged", defaultValue = "closed", description = "How the case ends (default: ${DEFAULT-VALUE}).") String how;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            String why = PersonCommand.required("reason", reason);
            List<String> allowed = List.of("closed", "discharged");
            String typed = how.strip().toLowerCase(Locale.ROOT);
            if (!allowed.contains(typed)) {
                throw InvalidInputException.of("refused", new Problem("how", "'" + how + "' is not one of " + String.join(", ", allowed)
                        + (typed.equals("transferred") ? " (a transfer to another area is not recorded by this command)" : ""),
                        Suggestions.closest(typed, allowed).orElse(null)));
            }
            CaseStatus status = CaseStatus.valueOf(typed.toUpperCase(Locale.ROOT));
            LocalDate day = on == null ? LocalDate.now() : Dates.pastOrToday("on", on);
            CaseRecord c = s.store().inTransaction(s.actor, tx -> {
                CaseRecord open = tx.cases().require(id);
                if (open.status() == CaseStatus.OPEN && day.isBefore(open.opened())) {
                    throw InvalidInputException.of("refused", Problem.of("on", day + " is before the case was opened (" + open.opened() + ")"));
                }
                return tx.cases().close(id, status, why, day);
            });
            s.out.println("Case " + c.reference() + " " + typed + " on " + c.closed() + ".");
            return 0;
        }
    }
}
