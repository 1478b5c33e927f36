package org.safeguard.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An alleged or known offender or suspect; linked to children and locations elsewhere. */
public record PersonOfConcern(long id, String reference, String name, List<String> aliases, LocalDate dateOfBirth,
                              String gender, String gangAffiliation, String offendingHistory, Instant recorded) {
    public PersonOfConcern {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
