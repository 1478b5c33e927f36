package org.safeguard.core.cli.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.CoreField;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.model.Child;
import org.safeguard.core.store.NewChild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard child add|show|list}. */
@Command(name = "child", mixinStandardHelpOptions = true, description = "Record and look up children.",
        subcommands = {ChildCommand.Add.class, ChildCommand.Show.class, ChildCommand.ListChildren.class})
final class ChildCommand extends GroupCommand {

    static Map<String, Object> toJson(Child c) {
        return Output.obj("id", c.id(), "reference", c.reference(), "familyName", c.familyName(), "givenName", c.givenName(),
                "middleNames", c.middleNames(), "alternativeNames", c.alternativeNames(),
                "dateOfBirth", c.dateOfBirth() == null ? null : c.dateOfBirth().toString(), "age", c.ageOn(LocalDate.now()),
                "gender", c.gender(), "ethnicity", c.ethnicity(), "address", c.address(), "lookedAfterStatus", c.lookedAfterStatus(),
                "legalStatus", c.legalStatus(), "school", c.school(), "homeArea", c.homeArea(), "hostArea", c.hostArea());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a child.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        ChildCommand parent;

        @Option(names = "--family-name", required = true) String familyName;
        @Option(names = "--given-name", required = true) String givenName;
        @Option(names = "--middle-names") String middleNames;
        @Option(names = "--alias", paramLabel = "NAME", description = "An alternative name. Repeatable.") List<String> aliases = new ArrayList<>();
        @Option(names = "--dob", paramLabel = "DATE", description = "Date of birth, YYYY-MM-DD or DD/MM/YYYY.") String dob;
        @Option(names = "--gender") String gender;
        @Option(names = "--ethnicity", paramLabel = "CODE", description = "From the area's ethnicity codes.") String ethnicity;
        @Option(names = "--address") String address;
        @Option(names = "--looked-after", paramLabel = "CODE", description = "Looked-after status, from the area's list.") String lookedAfter;
        @Option(names = "--legal-status", paramLabel = "CODE") String legalStatus;
        @Option(names = "--school") String school;
        @Option(names = "--area", paramLabel = "ID", description = "The child's home area (default: the only enabled one).") String area;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            AreaDescriptor a = s.area(area);
            List<Problem> problems = new ArrayList<>();
            LocalDate birth = null;
            try {
                birth = Dates.pastOrToday("dob", dob);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            String eth = code(s, a, CoreField.ETHNICITY, "ethnicity", ethnicity, problems);
            String la = code(s, a, CoreField.LOOKED_AFTER_STATUS, "looked-after", lookedAfter, problems);
            String legal = code(s, a, CoreField.LEGAL_STATUS, "legal-status", legalStatus, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException("child not recorded", problems);
            }
            NewChild nc = new NewChild(familyName.strip(), givenName.strip(), middleNames, aliases, birth, gender, eth, address, la,
                    legal, null, null, school, null, a.id(), null);
            Child c = s.store().inTransaction(s.actor, tx -> tx.children().add(nc));
            if (json) {
                Output.json(s.out, toJson(c));
            } else {
                s.out.println("Child " + c.reference() + " recorded (id " + c.id() + ").");
            }
            return 0;
        }

        /** Validates a coded value against the code list the area's referral form uses for it. */
        private static String code(Session s, AreaDescriptor a, CoreField concept, String option, String value, List<Problem> problems) {
            if (value == null) {
                return null;
            }
            var list = Referring.form(s.container(), a).boundTo(concept).map(FieldDefinition::codeListId)
                    .flatMap(id -> s.container().codeLists().find(id));
            if (list.isEmpty()) {
                return value;
            }
            CodeList codes = list.get();
            return codes.find(value).map(x -> x.code()).orElseGet(() -> {
                problems.add(new Problem(option, "'" + value + "' is not in " + codes.title() + " (" + String.join(", ", codes.codeValues()) + ")",
                        Suggestions.closest(value, codes.codeValues()).orElse(null)));
                return null;
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a child and their cases.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        ChildCommand parent;

        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            var data = s.store().inTransaction(s.actor, tx -> {
                Child c = tx.children().require(id);
                tx.audit().read("child", id);
                return Map.entry(c, tx.cases().forChild(id));
            });
            Child c = data.getKey();
            if (json) {
                Map<String, Object> m = toJson(c);
                m.put("cases", data.getValue().stream().map(k -> Output.obj("id", k.id(), "reference", k.reference(), "area", k.area(),
                        "status", k.status().name())).toList());
                Output.json(s.out, m);
                return 0;
            }
            s.out.println(c.reference() + "  " + c.displayName() + (c.middleNames() == null ? "" : " (" + c.middleNames() + ")"));
            s.out.println("  Date of birth  " + Output.orDash(c.dateOfBirth()) + (c.dateOfBirth() == null ? "" : "  (age " + c.ageOn(LocalDate.now()) + ")"));
            if (!c.alternativeNames().isEmpty()) {
                s.out.println("  Also known as  " + String.join(", ", c.alternativeNames()));
            }
            s.out.println("  Ethnicity      " + Output.orDash(c.ethnicity()));
            s.out.println("  Looked after   " + Output.orDash(c.lookedAfterStatus()) + (c.legalStatus() == null ? "" : " (" + c.legalStatus() + ")"));
            s.out.println("  School         " + Output.orDash(c.school()));
            s.out.println("  Home area      " + Output.orDash(c.homeArea()));
            data.getValue().forEach(k -> s.out.println("  Case           " + k.reference() + " (id " + k.id() + ") " + k.area() + " " + k.status().name().toLowerCase()));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List children.")
    static final class ListChildren implements Callable<Integer> {
        @ParentCommand
        ChildCommand parent;

        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<Child> children = s.store().inTransaction(s.actor, tx -> {
                tx.audit().record("list", "child", null, "");
                return tx.children().list();
            });
            if (json) {
                Output.json(s.out, children.stream().map(ChildCommand::toJson).toList());
                return 0;
            }
            if (children.isEmpty()) {
                s.out.println("No children recorded.");
            }
            children.forEach(c -> s.out.printf("%-4d %-7s %-28s %s%n", c.id(), c.reference(), c.displayName(),
                    c.dateOfBirth() == null ? "" : "age " + c.ageOn(LocalDate.now())));
            return 0;
        }
    }
}
