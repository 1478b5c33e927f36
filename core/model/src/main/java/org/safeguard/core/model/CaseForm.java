package org.safeguard.core.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One version of a form recorded against a case (not the referral that opened it): the answers
 * as the form normalised them. A change is recorded as the next version; none is ever edited.
 *
 * @param number 1 for the first record of this form on the case, 2 for the next …
 */
public record CaseForm(long id, long caseId, String formId, String formVersion, int number, Map<String, Object> answers,
                       String recordedBy, Instant recorded) {
    public CaseForm {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
