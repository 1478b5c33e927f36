package org.safeguard.core.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.instrument.Band;
import org.safeguard.core.api.instrument.Factor;
import org.safeguard.core.api.instrument.FactorOption;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.api.instrument.SupplementaryQuestion;
import org.safeguard.core.app.AssessmentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard instruments list|show}. */
@Command(name = "instruments", mixinStandardHelpOptions = true, description = "Assessment instruments of the enabled plugins.",
        subcommands = {InstrumentsCommand.ListInstruments.class, InstrumentsCommand.Show.class})
final class InstrumentsCommand extends GroupCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List instruments.")
    static final class ListInstruments implements Callable<Integer> {
        @ParentCommand
        InstrumentsCommand parent;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<AssessmentService.Offered> entries = s.app().assessments().instruments(s.ctx());
            List<org.safeguard.core.api.checklist.Checklist> checklists = s.app().assessments().checklists(s.ctx());
            if (json) {
                List<Object> out = new java.util.ArrayList<>(entries.stream().map(e -> (Object) Output.obj("id", e.instrument().id(),
                        "version", e.instrument().version(), "title", e.instrument().title(), "plugin", e.plugin(),
                        "factors", e.instrument().factors().size(), "maxScore", e.instrument().reachableMaximum())).toList());
                checklists.forEach(c -> out.add(Output.obj("id", c.id(), "version", c.version(), "title", c.title(), "kind", "checklist",
                        "questions", c.questions().size(), "routes", c.routes().stream().map(r -> r.id()).toList())));
                Output.json(s.out, out);
                return 0;
            }
            if (entries.isEmpty() && checklists.isEmpty()) {
                s.out.println("No instruments: enable an area plugin first (safeguard plugins list).");
            }
            entries.forEach(e -> s.out.printf("%-18s %-10s %-12s %s%n", e.instrument().id(), e.instrument().version(), e.plugin(),
                    e.instrument().title()));
            checklists.forEach(c -> s.out.printf("%-18s %-10s %-12s %s (checklist)%n", c.id(), c.version(), c.id().split("\\.")[0], c.title()));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show an instrument's factors, scales and bands.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        InstrumentsCommand parent;

        @Parameters(paramLabel = "ID", description = "The instrument id, as 'instruments list' shows it.")
        String id;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            if (s.app().assessments().isChecklist(s.ctx(), id)) {
                showChecklist(s, s.app().assessments().checklists(s.ctx()).stream().filter(c -> c.id().equals(id.strip())).findFirst().orElseThrow());
                return 0;
            }
            Instrument in = s.app().assessments().instrument(s.ctx(), id);
            if (json) {
                Output.json(s.out, describe(in));
                return 0;
            }
            s.out.println(in.title() + " — " + in.id() + " version " + in.version());
            if (!in.source().isEmpty()) {
                s.out.println("Source: " + in.source());
            }
            for (Factor f : in.factors()) {
                s.out.println();
                s.out.println(f.number() + ". " + f.title() + " [" + f.id() + "]" + (f.weight() == 1 ? "" : " ×" + f.weight()));
                if (f.locallyWritten()) {
                    s.out.println("   Note: " + f.sourceNote());
                }
                for (FactorOption o : f.options()) {
                    s.out.println("   " + o.score() + "  " + o.descriptor());
                    if (!o.guidance().isEmpty()) {
                        s.out.println("      Guidance: " + o.guidance());
                    }
                }
            }
            if (!in.supplementary().isEmpty()) {
                s.out.println();
                s.out.println("Also recorded (yes/no):");
                for (SupplementaryQuestion q : in.supplementary()) {
                    s.out.println("   " + q.id() + ": " + q.text() + (q.weight() == 0 ? " (not scored)" : " (adds " + q.weight() + ")"));
                }
            }
            s.out.println();
            s.out.println("Bands:");
            for (Band b : in.bands()) {
                s.out.printf("   %2d–%-2d  %-12s %s%n", b.min(), b.max(), b.level(), b.band());
            }
            s.out.println("Highest reachable total: " + in.reachableMaximum());
            in.warnings().forEach(w -> s.out.println("Warning: " + w));
            return 0;
        }

        private void showChecklist(Session s, org.safeguard.core.api.checklist.Checklist c) {
            if (json) {
                Output.json(s.out, Output.obj("id", c.id(), "version", c.version(), "title", c.title(), "source", c.source(), "kind", "checklist",
                        "questions", c.questions().stream().map(q -> Output.obj("id", q.id(), "text", q.text(), "source", q.source(),
                                "answer", q.number() ? "number " + q.min() + "-" + q.max() : "yes/no/unknown", "routes", q.routes())).toList(),
                        "routes", c.routes().stream().map(r -> Output.obj("id", r.id(), "title", r.title())).toList(),
                        "rules", c.rules().stream().map(r -> Output.obj("id", r.id(), "source", r.source(), "when", r.when().describe(),
                                "proposes", r.proposes())).toList()));
                return;
            }
            s.out.println(c.title() + " — " + c.id() + " version " + c.version() + " (checklist)");
            if (!c.source().isEmpty()) {
                s.out.println("Source: " + c.source());
            }
            s.out.println();
            s.out.println("Questions (yes, no or unknown unless a range is given):");
            c.questions().forEach(q -> s.out.printf("   %-26s %s%s%s%n", q.id(), q.text(), q.number() ? " [" + q.min() + "–" + q.max() + "]" : "",
                    q.routes() ? "" : " (recorded only)"));
            s.out.println();
            s.out.println("Rules:");
            c.rules().forEach(r -> s.out.println("   " + r.id() + ": when " + r.when().describe() + ", propose " + String.join(", ", r.proposes())
                    + (r.source().isEmpty() ? "" : " (" + r.source() + ")")));
            s.out.println();
            s.out.println("Routes:");
            c.routes().forEach(r -> s.out.printf("   %-22s %s%n", r.id(), r.title()));
        }

        static Map<String, Object> describe(Instrument in) {
            List<Object> factors = new ArrayList<>();
            for (Factor f : in.factors()) {
                factors.add(Output.obj("number", f.number(), "id", f.id(), "title", f.title(), "weight", f.weight(),
                        "sourceNote", f.sourceNote(), "options", f.options().stream()
                                .map(o -> Output.obj("score", o.score(), "descriptor", o.descriptor(), "guidance", o.guidance())).toList()));
            }
            return Output.obj("id", in.id(), "version", in.version(), "title", in.title(), "source", in.source(),
                    "factors", factors,
                    "supplementary", in.supplementary().stream().map(q -> Output.obj("id", q.id(), "text", q.text(), "weight", q.weight())).toList(),
                    "bands", in.bands().stream().map(b -> Output.obj("min", b.min(), "max", b.max(), "band", b.band(), "level", b.level())).toList(),
                    "maxScore", in.reachableMaximum(), "warnings", in.warnings());
        }
    }
}
