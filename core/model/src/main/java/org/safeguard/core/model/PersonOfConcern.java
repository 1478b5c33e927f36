package org.safeguard.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An alleged or known offender or suspect; linked to children and locations elsewhere.
 *
 * @param ethnicity a code of the referring area's ethnicity list, or null
 * @param referred  when the person was referred to the panel as an offender or suspect, or null
 * @param area      the area that referred them, or null
 */
public record PersonOfConcern(long id, String reference, String name, List<String> aliases, LocalDate dateOfBirth,
                              String gender, String gangAffiliation, String offendingHistory, Instant recorded,
                              String ethnicity, LocalDate referred, String area) {
    public PersonOfConcern {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
