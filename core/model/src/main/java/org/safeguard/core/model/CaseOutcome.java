package org.safeguard.core.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An outcome code of the case's area recorded on the case: on the victim ({@code personId}
 * null) or on a person of concern linked to the case's child. Outcomes are only ever added.
 *
 * @param achievedOn the day the outcome was achieved
 */
public record CaseOutcome(long id, long caseId, String code, Long personId, String note, LocalDate achievedOn,
                          String recordedBy, Instant recorded) {
}
