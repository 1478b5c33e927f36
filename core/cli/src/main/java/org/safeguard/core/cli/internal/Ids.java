package org.safeguard.core.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.app.ReferenceService.Kind;
import picocli.CommandLine.ITypeConverter;

/**
 * The one place a command line's record ids are read. Every option or parameter that names a
 * record is a {@link Ref}, made by one of the converters here ({@code converter = Ids.Child.class}),
 * and turned into the record's id by the application's reference service when the command runs
 * (the home is open only then). So {@code child show C00003} and {@code child show 3} both work,
 * and a text that is neither gets the service's plain message. {@code IdParametersTest} fails for
 * an id option that does not come through here.
 */
final class Ids {
    private Ids() {
    }

    /** What was typed for a record of one kind, not yet looked up. */
    record Ref(Kind kind, String typed) {
        long id(Session s) {
            return s.app().references().resolve(s.ctx(), kind, typed);
        }

        @Override
        public String toString() {
            return typed;
        }
    }

    /**
     * Picocli's converters, one per kind of record (an annotation names a class, so each kind needs
     * its own): each only remembers the kind with the text.
     */
    private abstract static class Of implements ITypeConverter<Ref> {
        private final Kind kind;

        Of(Kind kind) {
            this.kind = kind;
        }

        @Override
        public final Ref convert(String value) {
            return new Ref(kind, value);
        }
    }

    static final class Child extends Of {
        Child() {
            super(Kind.CHILD);
        }
    }

    static final class Case extends Of {
        Case() {
            super(Kind.CASE);
        }
    }

    static final class Meeting extends Of {
        Meeting() {
            super(Kind.MEETING);
        }
    }

    static final class Action extends Of {
        Action() {
            super(Kind.ACTION);
        }
    }

    static final class Person extends Of {
        Person() {
            super(Kind.PERSON);
        }
    }

    static final class Referral extends Of {
        Referral() {
            super(Kind.REFERRAL);
        }
    }

    static final class Location extends Of {
        Location() {
            super(Kind.LOCATION);
        }
    }

    static final class Episode extends Of {
        Episode() {
            super(Kind.EPISODE);
        }
    }

    /** A record of a kind named by another option ({@code audit list --entity KIND --id ID}): the kind is known only then. */
    static final class AnyRecord implements ITypeConverter<Ref> {
        @Override
        public Ref convert(String value) {
            return new Ref(null, value);
        }
    }

    /** The audit trail's kinds of record that carry a printed reference or number, as {@code --entity} names them. */
    private static final Map<String, Kind> ENTITIES = Map.ofEntries(Map.entry("child", Kind.CHILD), Map.entry("case", Kind.CASE),
            Map.entry("meeting", Kind.MEETING), Map.entry("action", Kind.ACTION), Map.entry("person", Kind.PERSON),
            Map.entry("person_of_concern", Kind.PERSON), Map.entry("person-of-concern", Kind.PERSON), Map.entry("referral", Kind.REFERRAL),
            Map.entry("location", Kind.LOCATION), Map.entry("missing", Kind.EPISODE), Map.entry("missing_episode", Kind.EPISODE),
            Map.entry("missing-episode", Kind.EPISODE));

    static long id(Session s, Ref ref) {
        return ref.id(s);
    }

    static Long idOrNull(Session s, Ref ref) {
        return ref == null ? null : ref.id(s);
    }

    static List<Long> ids(Session s, List<Ref> refs) {
        return refs.stream().map(r -> r.id(s)).toList();
    }

    /** The id of a record of the kind {@code entity} names: by its reference where it has one, else by its number. */
    static long ofEntity(Session s, String entity, Ref ref) {
        Kind kind = ENTITIES.get(entity.strip().toLowerCase(Locale.ROOT));
        if (kind != null) {
            return new Ref(kind, ref.typed()).id(s);
        }
        String text = ref.typed().strip();
        if (!text.matches("\\d{1,18}")) {
            throw InvalidInputException.of("refused", Problem.of("id", "'" + text + "' is not the number of a " + entity.strip()
                    + " (a " + entity.strip() + " has no printed reference: write its number)"));
        }
        return Long.parseLong(text);
    }
}
