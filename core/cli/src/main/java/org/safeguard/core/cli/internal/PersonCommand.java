package org.safeguard.core.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.app.PersonService;
import org.safeguard.core.model.PersonOfConcern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard person add|link|list}: persons of concern (alleged or known offenders, suspects) and the children they are linked to. */
@Command(name = "person", mixinStandardHelpOptions = true, description = "Persons of concern and the children they are linked to.",
        subcommands = {PersonCommand.Add.class, PersonCommand.Link.class, PersonCommand.ListPersons.class})
final class PersonCommand extends GroupCommand {

    static Map<String, Object> toJson(PersonOfConcern p) {
        return Output.obj("id", p.id(), "reference", p.reference(), "name", p.name(), "aliases", p.aliases(),
                "dateOfBirth", p.dateOfBirth() == null ? null : p.dateOfBirth().toString(), "gender", p.gender(),
                "gangAffiliation", p.gangAffiliation(), "offendingHistory", p.offendingHistory());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a person of concern.")
    static final class Add implements Callable<Integer> {
        @ParentCommand PersonCommand parent;
        @Option(names = "--name", required = true, description = "The name they are known by.") String name;
        @Option(names = "--alias", paramLabel = "NAME", description = "Another name they use. Repeatable.") List<String> aliases = new ArrayList<>();
        @Option(names = "--dob", paramLabel = "DATE", description = "Date of birth, YYYY-MM-DD or DD/MM/YYYY.") String dob;
        @Option(names = "--gender") String gender;
        @Option(names = "--gang", paramLabel = "TEXT", description = "Gang or group affiliation.") String gang;
        @Option(names = "--offending-history", paramLabel = "TEXT") String offendingHistory;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            PersonOfConcern p = s.app().persons().add(s.ctx(),
                    new PersonService.NewPerson(name, aliases, Dates.parse("dob", dob), gender, gang, offendingHistory));
            if (json) {
                Output.json(s.out, toJson(p));
            } else {
                s.out.println("Person of concern " + p.reference() + " recorded (id " + p.id() + ").");
            }
            return 0;
        }
    }

    @Command(name = "link", mixinStandardHelpOptions = true, description = "Link a person of concern to a child.")
    static final class Link implements Callable<Integer> {
        @ParentCommand PersonCommand parent;
        @Parameters(paramLabel = "PERSON", converter = Ids.Person.class, description = "P00001, or its number.") Ids.Ref person;
        @Option(names = "--child", required = true, paramLabel = "ID", converter = Ids.Child.class, description = "The child: its number or reference (C00003).") Ids.Ref child;
        @Option(names = "--relationship", required = true, paramLabel = "TEXT", description = "How they are connected to the child.") String relationship;
        @Option(names = "--json", description = "The person and the child linked, as JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            PersonService.Link linked = s.app().persons().link(s.ctx(), Ids.id(s, person), Ids.id(s, child), relationship);
            if (json) {
                Map<String, Object> v = toJson(linked.person());
                v.put("child", linked.child().id());
                v.put("childReference", linked.child().reference());
                v.put("relationship", relationship.strip());
                Output.json(s.out, v);
                return 0;
            }
            s.out.println("Person of concern " + linked.person().reference() + " linked to child " + linked.child().reference() + ".");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The persons of concern linked to a child.")
    static final class ListPersons implements Callable<Integer> {
        @ParentCommand PersonCommand parent;
        @Option(names = "--child", required = true, paramLabel = "ID", converter = Ids.Child.class, description = "The child: its number or reference (C00003).") Ids.Ref child;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<PersonOfConcern> persons = s.app().persons().linkedTo(s.ctx(), Ids.id(s, child));
            if (json) {
                Output.json(s.out, persons.stream().map(PersonCommand::toJson).toList());
                return 0;
            }
            if (persons.isEmpty()) {
                s.out.println("No persons of concern linked to child " + child + ".");
                return 0;
            }
            s.out.printf("%-6s %-28s %s%n", "PERSON", "NAME", "ALSO KNOWN AS");
            persons.forEach(p -> s.out.printf("%-6s %-28s %s%n", p.reference(), p.name(),
                    p.aliases().isEmpty() ? "" : String.join(", ", p.aliases())));
            return 0;
        }
    }
}
