package org.safeguard.core.app;

import java.time.LocalDate;
import java.util.List;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.PersonOfConcern;
import org.safeguard.core.model.Role;

/**
 * Persons of concern (alleged or known offenders, suspects) and the children they are linked
 * to. A person is linked to a child once (rule {@code person-already-linked}). Implementations
 * are thread-safe.
 */
public interface PersonService {
    /**
     * A person of concern to record.
     *
     * @param name             the name they are known by (required)
     * @param aliases          other names they use (blank ones are dropped)
     * @param dateOfBirth      their date of birth, never in the future; or null
     * @param gender           or null
     * @param gangAffiliation  gang or group affiliation, or null
     * @param offendingHistory or null
     */
    record NewPerson(String name, List<String> aliases, LocalDate dateOfBirth, String gender, String gangAffiliation,
                     String offendingHistory) {
        public NewPerson {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /** A person of concern linked to a child. */
    record Link(PersonOfConcern person, Child child) {
    }

    /** Records a person of concern; they are given a reference (P00001). */
    @Needs(Role.PRACTITIONER)
    PersonOfConcern add(RequestContext ctx, NewPerson person);

    /** Links a person of concern to a child, saying how they are connected. */
    @Needs(Role.PRACTITIONER)
    Link link(RequestContext ctx, long personId, long childId, String relationship);

    /** The persons of concern linked to a child, by id; the listing is audited. */
    @Needs(Role.PRACTITIONER)
    List<PersonOfConcern> linkedTo(RequestContext ctx, long childId);
}
