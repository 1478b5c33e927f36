package org.safeguard.core.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated referral ready to record: the core fields drawn from the area's form, and the
 * form's full normalised answers. Immutable.
 */
public record NewReferral(String formId, String formVersion, String referrerName, String referrerAgency,
                          LocalDate received, List<String> basis, List<String> warningSigns, Boolean parentsAware,
                          String narrative, Map<String, Object> answers) {
    public NewReferral {
        basis = List.copyOf(basis);
        warningSigns = List.copyOf(warningSigns);
        answers = Map.copyOf(answers);
    }
}
