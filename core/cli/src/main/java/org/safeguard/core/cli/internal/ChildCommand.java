package org.safeguard.core.cli.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.app.ChildService;
import org.safeguard.core.model.Child;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard child add|show|list}. */
@Command(name = "child", mixinStandardHelpOptions = true, description = "Record and look up children.",
        subcommands = {ChildCommand.Add.class, ChildCommand.Show.class, ChildCommand.Place.class, ChildCommand.ListChildren.class})
final class ChildCommand extends GroupCommand {

    static Map<String, Object> toJson(Child c, LocalDate today) {
        return Output.obj("id", c.id(), "reference", c.reference(), "familyName", c.familyName(), "givenName", c.givenName(),
                "middleNames", c.middleNames(), "alternativeNames", c.alternativeNames(),
                "dateOfBirth", c.dateOfBirth() == null ? null : c.dateOfBirth().toString(), "age", c.ageOn(today),
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
            var ctx = s.ctx();
            List<Problem> problems = new ArrayList<>();
            LocalDate birth = null;
            try {
                birth = Dates.parse("dob", dob);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            ChildService.Details details = new ChildService.Details(familyName, givenName, middleNames, aliases, birth, gender,
                    ethnicity, address, lookedAfter, legalStatus, school);
            if (!problems.isEmpty()) {
                // a date that does not parse is reported with whatever else is wrong, as one refusal
                problems.addAll(s.app().children().check(ctx, area, details));
                throw refused(problems);
            }
            Child c;
            try {
                c = s.app().children().add(ctx, area, details);
            } catch (InvalidInputException e) {
                throw refused(e.problems());
            }
            if (json) {
                Output.json(s.out, toJson(c, ctx.today()));
            } else {
                s.out.println("Child " + c.reference() + " recorded (id " + c.id() + ").");
            }
            return 0;
        }

        /** The refusal with each problem named by the option that carries the value. */
        private static InvalidInputException refused(List<Problem> problems) {
            return new InvalidInputException("child not recorded", problems.stream()
                    .map(p -> new Problem(OPTIONS.getOrDefault(p.subject(), p.subject()), p.message(), p.suggestion())).toList());
        }

        private static final Map<String, String> OPTIONS = Map.of("familyName", "family-name", "givenName", "given-name",
                "dateOfBirth", "dob", "lookedAfterStatus", "looked-after", "legalStatus", "legal-status");
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a child and their cases.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        ChildCommand parent;

        @Parameters(paramLabel = "ID", converter = Ids.Child.class, description = "The child: its number or reference (C00003).") Ids.Ref id;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            var ctx = s.ctx();
            ChildService.Profile data = s.app().children().show(ctx, Ids.id(s, id));
            Child c = data.child();
            if (json) {
                Map<String, Object> m = toJson(c, ctx.today());
                m.put("cases", data.cases().stream().map(k -> Output.obj("id", k.id(), "reference", k.reference(), "area", k.area(),
                        "status", k.status().name())).toList());
                m.put("placements", data.placements().stream().map(p -> Output.obj("hostArea", p.hostArea(), "placedOn", p.placedOn().toString(),
                        "recordedBy", p.recordedBy())).toList());
                Output.json(s.out, m);
                return 0;
            }
            s.out.println(c.reference() + "  " + Output.line(c.displayName() + (c.middleNames() == null ? "" : " (" + c.middleNames() + ")")));
            s.out.println("  Date of birth  " + Output.orDash(c.dateOfBirth()) + (c.dateOfBirth() == null ? "" : "  (age " + c.ageOn(ctx.today()) + ")"));
            if (!c.alternativeNames().isEmpty()) {
                s.out.println("  Also known as  " + String.join(", ", c.alternativeNames()));
            }
            s.out.println("  Gender         " + Output.orDash(c.gender()));
            s.out.println("  Ethnicity      " + Output.orDash(c.ethnicity()));
            s.out.println("  Looked after   " + Output.orDash(c.lookedAfterStatus()) + (c.legalStatus() == null ? "" : " (" + c.legalStatus() + ")"));
            s.out.println("  School         " + Output.orDash(c.school()));
            s.out.println("  Home area      " + Output.orDash(c.homeArea()));
            data.placements().forEach(p -> s.out.println("  Placed         in " + Output.line(p.hostArea()) + " from " + p.placedOn()));
            data.cases().forEach(k -> s.out.println("  Case           " + k.reference() + " (id " + k.id() + ") " + k.area() + " " + k.status().name().toLowerCase()));
            return 0;
        }
    }

    @Command(name = "place", mixinStandardHelpOptions = true,
            description = {"Record that a child is placed in another authority's area from a day: what a deadline 'of placement'",
                    "counts from (such as a notice to the host authority)."})
    static final class Place implements Callable<Integer> {
        @ParentCommand
        ChildCommand parent;

        @Parameters(paramLabel = "ID", converter = Ids.Child.class, description = "The child: its number or reference (C00003).") Ids.Ref id;
        @Option(names = "--host-area", required = true, paramLabel = "NAME", description = "The host authority, e.g. \"Example Borough Council\".") String host;
        @Option(names = "--on", paramLabel = "DATE", description = "The day of the placement: YYYY-MM-DD or DD/MM/YYYY (default: today).") String on;
        @Option(names = "--json", description = "The placement recorded, as JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            org.safeguard.core.model.Placement p = s.app().children().place(s.ctx(), Ids.id(s, id), host, on == null ? null : Dates.parse("on", on));
            if (json) {
                Output.json(s.out, Output.obj("id", p.id(), "child", p.childId(), "hostArea", p.hostArea(), "placedOn", p.placedOn().toString()));
                return 0;
            }
            s.out.println("Child " + p.childId() + " placed in " + Output.line(p.hostArea()) + " from " + p.placedOn() + ".");
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
            var ctx = s.ctx();
            List<Child> children = s.app().children().list(ctx);
            if (json) {
                Output.json(s.out, children.stream().map(c -> toJson(c, ctx.today())).toList());
                return 0;
            }
            if (children.isEmpty()) {
                s.out.println("No children recorded.");
                return 0;
            }
            s.out.printf("%-4s %-7s %-28s %s%n", "ID", "CHILD", "NAME", "AGE");
            children.forEach(c -> s.out.printf("%-4d %-7s %-28s %s%n", c.id(), c.reference(), c.displayName(),
                    c.dateOfBirth() == null ? "" : String.valueOf(c.ageOn(ctx.today()))));
            return 0;
        }
    }
}
