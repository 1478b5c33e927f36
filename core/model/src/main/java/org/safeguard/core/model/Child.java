package org.safeguard.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A child known to the panel. {@code reference} is a non-identifying reference safe to use in
 * messages and file names; names and date of birth are the most sensitive fields there are.
 *
 * @param lookedAfterStatus a code from the area's looked-after list, or null if not recorded
 * @param legalStatus       where looked after, the legal basis (e.g. section 20), or null
 * @param hostArea          where the child is placed when outside the home area, or null
 */
public record Child(long id, String reference, String familyName, String givenName, String middleNames,
                    List<String> alternativeNames, LocalDate dateOfBirth, String gender, String ethnicity,
                    String address, String lookedAfterStatus, String legalStatus, String disability,
                    String educationStatus, String school, String allocatedWorker, String homeArea,
                    String hostArea, Instant recorded) {
    public Child {
        alternativeNames = alternativeNames == null ? List.of() : List.copyOf(alternativeNames);
    }

    /** Whole years of age on a date; null when the date of birth is not known. */
    public Integer ageOn(LocalDate date) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, date).getYears();
    }

    public String displayName() {
        return (givenName == null ? "" : givenName + " ") + (familyName == null ? "" : familyName);
    }
}
