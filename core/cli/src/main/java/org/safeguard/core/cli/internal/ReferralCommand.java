package org.safeguard.core.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.form.CoreField;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FieldType;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.app.CirculationService;
import org.safeguard.core.app.ReferralService;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard referral add|show|list}: record a referral on the area's referral form, read it back, list referrals. */
@Command(name = "referral", mixinStandardHelpOptions = true, description = "Record, show and list referrals.",
        subcommands = {ReferralCommand.Add.class, ReferralCommand.Show.class, ReferralCommand.Facts.class, ReferralCommand.ListReferrals.class})
final class ReferralCommand extends GroupCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Record a referral: from a JSON file of the form's fields (--file), from flags, or both (flags win).",
                    "Opens a case for the child in the area when none is open. 'safeguard referral add --fields' lists the form's fields."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        ReferralCommand parent;

        @Option(names = "--area", paramLabel = "ID", description = "The area (default: the only enabled one).")
        String area;
        @Option(names = "--child", paramLabel = "ID", converter = Ids.Child.class, description = "An already recorded child (its number or reference, C00003); the form's subject fields default to the record.")
        Ids.Ref child;
        @Option(names = "--file", paramLabel = "FILE", description = "A JSON object of field id to value.")
        Path file;
        @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "Any field of the form by id. Repeatable.")
        Map<String, String> set = new LinkedHashMap<>();
        @Option(names = "--fields", description = "List the area's referral form fields and exit.")
        boolean listFields;
        @Option(names = "--referrer-name") String referrerName;
        @Option(names = "--referrer-agency") String referrerAgency;
        @Option(names = "--date", paramLabel = "DATE", description = "Date the referral was completed.") String date;
        @Option(names = "--family-name") String familyName;
        @Option(names = "--first-name") String firstName;
        @Option(names = "--dob", paramLabel = "DATE") String dob;
        @Option(names = "--ethnicity", paramLabel = "CODE") String ethnicity;
        @Option(names = "--basis", paramLabel = "CODE[,CODE…]", description = "Basis of concern codes.") String basis;
        @Option(names = "--signs", paramLabel = "CODE[,CODE…]", description = "Warning signs seen.") String signs;
        @Option(names = "--details", paramLabel = "TEXT", description = "Details of the case, incident or intelligence.") String details;
        @Option(names = "--parents-aware", paramLabel = "yes|no") String parentsAware;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            ReferralService.Form referralForm = s.app().referrals().form(s.ctx(), area);
            FormDefinition form = referralForm.form();
            if (listFields) {
                printFields(s, form);
                return 0;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            if (file != null) {
                values.putAll(readJson(file));
            }
            flag(form, values, CoreField.REFERRER_NAME, referrerName);
            flag(form, values, CoreField.REFERRER_AGENCY, referrerAgency);
            flag(form, values, CoreField.REFERRAL_DATE, date);
            flag(form, values, CoreField.FAMILY_NAME, familyName);
            flag(form, values, CoreField.GIVEN_NAME, firstName);
            flag(form, values, CoreField.DATE_OF_BIRTH, dob);
            flag(form, values, CoreField.ETHNICITY, ethnicity);
            flag(form, values, CoreField.BASIS_OF_CONCERN, basis);
            flag(form, values, CoreField.WARNING_SIGNS, signs);
            flag(form, values, CoreField.NARRATIVE, details);
            flag(form, values, CoreField.PARENTS_AWARE, parentsAware);
            values.putAll(set);
            ReferralService.Outcome o = s.app().referrals().refer(s.ctx(), referralForm.area(), Ids.idOrNull(s, child), values);
            if (json) {
                Output.json(s.out, Output.obj("referral", o.referral().id(), "child", o.child().id(), "childReference",
                        o.child().reference(), "case", o.onCase().id(), "caseReference", o.onCase().reference(), "caseOpened", o.caseOpened()));
            } else {
                s.out.println("Referral #" + o.referral().id() + " recorded for child " + o.child().reference() + " (id " + o.child().id()
                        + ") on case " + o.onCase().reference() + " (id " + o.onCase().id() + ")"
                        + (o.caseOpened() ? ", opened now in " + referralForm.area() : "") + ".");
            }
            return 0;
        }

        private static void flag(FormDefinition form, Map<String, Object> values, CoreField concept, String value) {
            if (value != null) {
                String id = form.boundTo(concept).map(FieldDefinition::id)
                        .orElseThrow(() -> new SafeguardException("the " + form.title() + " has no field for " + concept.name().toLowerCase().replace('_', ' ')));
                values.put(id, value);
            }
        }

        static Map<String, Object> readJson(Path file) {
            return JsonFiles.readObject(file, "referral");
        }

        static void printFields(Session s, FormDefinition form) {
            s.out.println(form.title() + " (" + form.id() + " version " + form.version() + ")");
            form.sections().forEach(section -> {
                s.out.println();
                s.out.println(section.title());
                section.fields().forEach(f -> printField(s, f, "  "));
            });
        }

        private static void printField(Session s, FieldDefinition f, String indent) {
            String type = f.type() == FieldType.CODE || f.type() == FieldType.CODES
                    ? f.type().name().toLowerCase() + " from " + f.codeListId() : f.type().name().toLowerCase().replace('_', ' ');
            s.out.printf("%s%-26s %-38s %s%s%n", indent, f.id(), type, f.label(), f.required() ? " (required)" : "");
            List<FieldDefinition> sub = f.fields();
            sub.forEach(x -> printField(s, x, indent + "    "));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"A referral read back: every answer its form holds, under the form's own labels, with the child, the case, "
                    + "the referral date and who recorded it. The read is audited."})
    static final class Show implements Callable<Integer> {
        @ParentCommand
        ReferralCommand parent;

        @Parameters(paramLabel = "ID", converter = Ids.Referral.class, description = "The referral's number or reference (R00001).")
        Ids.Ref id;
        @Option(names = "--json", description = "Print JSON: ids, references and the answers keyed by field id with their labels.")
        boolean json;
        @Option(names = "--format", paramLabel = "text|html|pdf", description = "Default: text.")
        CirculationService.Format format = CirculationService.Format.TEXT;
        @Option(names = "--out", paramLabel = "FILE", description = "Write to a file (owner-only) instead of standard output; needed for pdf.")
        Path out;

        @Override
        public Integer call() throws IOException {
            Session s = parent.root.session();
            long referralId = Ids.id(s, id);
            if (json) {
                printJson(s, s.app().referrals().read(s.ctx(), referralId));
                return 0;
            }
            if (format == CirculationService.Format.PDF && out == null) {
                throw new SafeguardException("a PDF goes to a file: add --out FILE");
            }
            CirculationService.Rendering r = s.app().referrals().render(s.ctx(), referralId, format);
            if (out == null) {
                s.out.print(r.text());
            } else {
                RenderOptions.writeAtomically(out, r.bytes());
                s.out.println("Wrote " + out + " (" + r.size() + " bytes).");
            }
            return 0;
        }

        private static void printJson(Session s, ReferralService.Reading r) {
            List<Object> sections = new java.util.ArrayList<>();
            Map<String, Object> answers = new LinkedHashMap<>();
            for (ReferralService.Section section : r.sections()) {
                List<Object> inSection = new java.util.ArrayList<>();
                for (ReferralService.Answer a : section.answers()) {
                    Map<String, Object> answer = Output.obj("field", a.field(), "label", a.label(), "values", a.values());
                    inSection.add(answer);
                    answers.put(a.field(), Output.obj("label", a.label(), "values", a.values()));
                }
                sections.add(Output.obj("title", section.title(), "answers", inSection));
            }
            var ref = r.referral();
            Output.json(s.out, Output.obj("id", ref.id(), "reference", r.reference(), "child", r.child().id(), "childReference",
                    r.child().reference(), "case", r.onCase().id(), "caseReference", r.onCase().reference(), "form", ref.formId(),
                    "formVersion", ref.formVersion(), "formTitle", r.formTitle(), "received", ref.received().toString(),
                    "recordedBy", ref.recordedBy(), "recorded", ref.recorded() == null ? null : ref.recorded().toString(),
                    "answers", answers, "sections", sections, "stored", ref.answers(), "facts", factsJson(ref.facts())));
        }
    }

    static Map<String, Object> factsJson(org.safeguard.core.model.ReferralFacts f) {
        return Output.obj("socialCareOutcome", f.socialCareOutcome(), "camhsContact", f.camhsContact(), "missingBefore", f.missingBefore(),
                "initialContact", f.initialContact());
    }

    @Command(name = "facts", mixinStandardHelpOptions = true,
            description = {"Record what became of a referral and what it found, as the problem profile counts them.",
                    "Facts named replace those recorded; the others stay as they were."})
    static final class Facts implements Callable<Integer> {
        @ParentCommand
        ReferralCommand parent;

        @Parameters(paramLabel = "ID", converter = Ids.Referral.class, description = "The referral's number or reference (R00001).")
        Ids.Ref id;
        @Option(names = "--social-care-outcome", paramLabel = "none|s17|s47|s20|s31", description = "The route taken under the Children Act 1989.")
        String outcome;
        @Option(names = "--camhs-contact", paramLabel = "yes|no", description = "Whether the child had been in contact with CAMHS.")
        String camhs;
        @Option(names = "--missing-before", paramLabel = "N", description = "Times the child had been missing before the referral.")
        Integer missing;
        @Option(names = "--initial-contact", paramLabel = "METHOD",
                description = "online, on-street, third-party, relationship, position-of-trust or other.")
        String contact;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Boolean c = null;
            if (camhs != null) {
                c = switch (camhs.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "yes", "y" -> true;
                    case "no", "n" -> false;
                    default -> throw org.safeguard.core.api.InvalidInputException.of("facts not recorded",
                            org.safeguard.core.api.Problem.of("camhs-contact", "'" + Output.line(camhs) + "' is not yes or no"));
                };
            }
            var r = s.app().referrals().recordFacts(s.ctx(), Ids.id(s, id), new org.safeguard.core.model.ReferralFacts(
                    outcome == null ? null : outcome.strip().toLowerCase(java.util.Locale.ROOT), c, missing,
                    contact == null ? null : contact.strip().toLowerCase(java.util.Locale.ROOT)));
            if (json) {
                Output.json(s.out, Output.obj("id", r.id(), "facts", factsJson(r.facts())));
            } else {
                var f = r.facts();
                s.out.println("Referral #" + r.id() + ": social care outcome " + (f.socialCareOutcome() == null ? "not recorded" : f.socialCareOutcome())
                        + ", CAMHS contact " + (f.camhsContact() == null ? "not recorded" : f.camhsContact() ? "yes" : "no")
                        + ", missing before " + (f.missingBefore() == null ? "not recorded" : f.missingBefore())
                        + ", initial contact " + (f.initialContact() == null ? "not recorded" : f.initialContact()) + ".");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Referrals, newest last. The listing is audited.")
    static final class ListReferrals implements Callable<Integer> {
        @ParentCommand
        ReferralCommand parent;

        @Option(names = "--child", paramLabel = "ID", converter = Ids.Child.class, description = "Only this child's referrals (its number or reference, C00003).")
        Ids.Ref child;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<ReferralService.Listed> rows = s.app().referrals().list(s.ctx(), Ids.idOrNull(s, child));
            if (json) {
                Output.json(s.out, rows.stream().map(r -> Output.obj("id", r.id(), "reference", r.reference(), "caseReference",
                        r.caseReference(), "childReference", r.childReference(), "received", r.received().toString(), "form", r.formId(),
                        "recordedBy", r.recordedBy())).toList());
                return 0;
            }
            if (rows.isEmpty()) {
                s.out.println("No referrals.");
                return 0;
            }
            s.out.printf("%-4s %-10s %-10s %-7s %-10s %-16s %s%n", "ID", "REFERENCE", "CASE", "CHILD", "DATE", "FORM", "RECORDED BY");
            for (ReferralService.Listed r : rows) {
                s.out.printf("%-4d %-10s %-10s %-7s %-10s %-16s %s%n", r.id(), r.reference(), Output.line(r.caseReference()),
                        Output.line(r.childReference()), r.received(), Output.line(r.formId()), Output.line(Output.orDash(r.recordedBy())));
            }
            return 0;
        }
    }
}
