package org.safeguard.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A referral as received: who referred, when, the basis of concern, the warning signs seen,
 * and every answer of the area's form (with its form id and version, so it can be shown as
 * the form was).
 */
public record Referral(long id, long caseId, long childId, String formId, String formVersion,
                       String referrerName, String referrerAgency, LocalDate received,
                       List<String> basis, List<String> warningSigns, Boolean parentsAware,
                       String narrative, Map<String, Object> answers, String recordedBy, Instant recorded,
                       ReferralFacts facts) {
    public Referral {
        facts = facts == null ? ReferralFacts.NONE : facts;
        basis = List.copyOf(basis);
        warningSigns = List.copyOf(warningSigns);
        answers = Map.copyOf(answers);
    }
}
