package org.safeguard.core.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.app.LocationService;
import org.safeguard.core.model.Location;
import org.safeguard.core.model.LocationKind;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard location add|link|list}: places that matter to a case, linked to children and persons of concern. */
@Command(name = "location", mixinStandardHelpOptions = true, description = "Locations: addresses, incident locations, hotspots, where a child was found.",
        subcommands = {LocationCommand.Add.class, LocationCommand.Link.class, LocationCommand.ListLocations.class})
final class LocationCommand extends GroupCommand {

    /** A kind as people write it: {@code hotspot}, {@code victim-address}, {@code VICTIM_ADDRESS}. */
    static LocationKind kind(String value) {
        String key = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(LocationKind.values()).filter(k -> k.name().equals(key)).findFirst().orElseThrow(() -> {
            List<String> kinds = Arrays.stream(LocationKind.values()).map(LocationCommand::name).toList();
            return InvalidInputException.of("refused", new Problem("kind", "'" + value + "' is not a kind of location (" + String.join(", ", kinds) + ")",
                    Suggestions.closest(value.strip().toLowerCase(Locale.ROOT), kinds).orElse(null)));
        });
    }

    /** The kind as it is typed and shown: lower case, with hyphens. */
    static String name(LocationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Map<String, Object> toJson(Location l) {
        return Output.obj("id", l.id(), "kind", name(l.kind()), "description", l.description(), "address", l.address(), "postcode", l.postcode());
    }

    /** Exactly one of a child or a person of concern. */
    static final class Target {
        @Option(names = "--child", required = true, paramLabel = "ID", converter = Ids.Child.class, description = "A child: its number or reference (C00003).") Ids.Ref child;
        @Option(names = "--person", required = true, paramLabel = "PERSON", converter = Ids.Person.class, description = "A person of concern: P00001, or its number.") Ids.Ref person;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a location.")
    static final class Add implements Callable<Integer> {
        @ParentCommand LocationCommand parent;
        @Option(names = "--kind", required = true, paramLabel = "KIND",
                description = "victim-address, offender-address, incident, hotspot, found-when-missing or other.") String kind;
        @Option(names = "--description", required = true, paramLabel = "TEXT", description = "What the place is, as the panel will know it.") String description;
        @Option(names = "--address") String address;
        @Option(names = "--postcode") String postcode;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Location l = s.app().locations().add(s.ctx(), new LocationService.NewLocation(kind(kind), description, address, postcode));
            if (json) {
                Output.json(s.out, toJson(l));
            } else {
                s.out.println("Location " + l.id() + " recorded (" + name(l.kind()) + ").");
            }
            return 0;
        }
    }

    @Command(name = "link", mixinStandardHelpOptions = true, description = "Link a location to a child or to a person of concern.")
    static final class Link implements Callable<Integer> {
        @ParentCommand LocationCommand parent;
        @Parameters(paramLabel = "LOCATION", converter = Ids.Location.class, description = "The location's number, as 'location list' prints it.") Ids.Ref location;
        @ArgGroup(exclusive = true, multiplicity = "1") Target target;
        @Option(names = "--json", description = "The link recorded, as JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            long id = Ids.id(s, location);
            String kind = target.child != null ? "child" : "person";
            String reference = target.child != null
                    ? s.app().locations().linkToChild(s.ctx(), id, Ids.id(s, target.child)).reference()
                    : s.app().locations().linkToPerson(s.ctx(), id, Ids.id(s, target.person)).reference();
            if (json) {
                Output.json(s.out, Output.obj("location", id, "linkedTo", kind, "reference", reference));
                return 0;
            }
            s.out.println("Location " + location + " linked to " + (target.child != null ? "child " : "person of concern ") + reference + ".");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The locations linked to a child or to a person of concern.")
    static final class ListLocations implements Callable<Integer> {
        @ParentCommand LocationCommand parent;
        @ArgGroup(exclusive = true, multiplicity = "1") Target target;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<Location> locations = target.child != null ? s.app().locations().forChild(s.ctx(), Ids.id(s, target.child))
                    : s.app().locations().forPerson(s.ctx(), Ids.id(s, target.person));
            if (json) {
                Output.json(s.out, locations.stream().map(LocationCommand::toJson).toList());
                return 0;
            }
            if (locations.isEmpty()) {
                s.out.println("No locations linked.");
                return 0;
            }
            s.out.printf("%-4s %-18s %s%n", "ID", "KIND", "DESCRIPTION — ADDRESS");
            locations.forEach(l -> s.out.printf("%-4d %-18s %s%s%n", l.id(), name(l.kind()), l.description(),
                    l.address() == null && l.postcode() == null ? "" : " — " + String.join(", ",
                            Stream.of(l.address(), l.postcode()).filter(x -> x != null && !x.isBlank()).toList())));
            return 0;
        }
    }
}
