package org.safeguard.core.store;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known of a child when first recorded. Only a name is required; everything else
 * may be added as it becomes known. Values are assumed validated by the caller (a form or
 * the command line). Immutable.
 */
public record NewChild(String familyName, String givenName, String middleNames, List<String> alternativeNames,
                       LocalDate dateOfBirth, String gender, String ethnicity, String address,
                       String lookedAfterStatus, String legalStatus, String disability, String educationStatus,
                       String school, String allocatedWorker, String homeArea, String hostArea) {
    public NewChild {
        alternativeNames = alternativeNames == null ? List.of() : List.copyOf(alternativeNames);
    }

    public static NewChild named(String familyName, String givenName, LocalDate dateOfBirth) {
        return new NewChild(familyName, givenName, null, List.of(), dateOfBirth, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
