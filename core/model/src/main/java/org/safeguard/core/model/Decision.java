package org.safeguard.core.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded decision (to refer or not, to share or not, to discharge …) with its reasons and
 * the accountable decision-maker(s). Decisions are only ever added.
 */
public record Decision(long id, Long caseId, String kind, String decision, String reasons, String decidedBy,
                       LocalDate decidedOn, String recordedBy, Instant recorded, String approvedBy) {
}
