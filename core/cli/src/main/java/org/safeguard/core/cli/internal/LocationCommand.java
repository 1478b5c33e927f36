package org.safeguard.core.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.Suggestions;
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
        @Option(names = "--child", required = true, paramLabel = "ID", description = "A child's id.") Long child;
        @Option(names = "--person", required = true, paramLabel = "PERSON", description = "A person of concern: P00001, or its number.") String person;

        String describe() {
            return child != null ? "child=" + child : "person=" + PersonCommand.id(person);
        }
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
            LocationKind k = kind(kind);
            String what = PersonCommand.required("description", description);
            Location l = s.store().inTransaction(s.actor, tx -> tx.locations().add(k, what, address, postcode == null ? null : postcode.strip().toUpperCase(Locale.ROOT)));
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
        @Parameters(paramLabel = "LOCATION", description = "The location's id.") long location;
        @ArgGroup(exclusive = true, multiplicity = "1") Target target;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Long personId = target.person == null ? null : PersonCommand.id(target.person);
            String to = s.store().inTransaction(s.actor, tx -> {
                tx.locations().require(location);
                if (target.child != null) {
                    String ref = tx.children().require(target.child).reference();
                    if (tx.locations().forChild(target.child).stream().anyMatch(l -> l.id() == location)) {
                        throw new SafeguardException("location " + location + " is already linked to child " + ref);
                    }
                    tx.locations().linkChild(location, target.child);
                    return "child " + ref;
                }
                String ref = tx.personsOfConcern().require(personId).reference();
                if (tx.locations().forPerson(personId).stream().anyMatch(l -> l.id() == location)) {
                    throw new SafeguardException("location " + location + " is already linked to person of concern " + ref);
                }
                tx.locations().linkPerson(location, personId);
                return "person of concern " + ref;
            });
            s.out.println("Location " + location + " linked to " + to + ".");
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
            Long personId = target.person == null ? null : PersonCommand.id(target.person);
            List<Location> locations = s.store().inTransaction(s.actor, tx -> {
                if (target.child != null) {
                    tx.children().require(target.child);
                } else {
                    tx.personsOfConcern().require(personId);
                }
                tx.audit().record("list", "location", null, target.describe());
                return target.child != null ? tx.locations().forChild(target.child) : tx.locations().forPerson(personId);
            });
            if (json) {
                Output.json(s.out, locations.stream().map(LocationCommand::toJson).toList());
                return 0;
            }
            if (locations.isEmpty()) {
                s.out.println("No locations linked.");
            }
            locations.forEach(l -> s.out.printf("%-4d %-18s %s%s%n", l.id(), name(l.kind()), l.description(),
                    l.address() == null && l.postcode() == null ? "" : " — " + String.join(", ",
                            java.util.stream.Stream.of(l.address(), l.postcode()).filter(x -> x != null && !x.isBlank()).toList())));
            return 0;
        }
    }
}
