package org.safeguard.core.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One child's CSE case in one area. The current classifications are not columns of the case:
 * they are the latest entries of its classification history. {@code priority} is normal, high or
 * urgent: area rules raise it, never lower it.
 */
public record CaseRecord(long id, String reference, long childId, String area, CaseStatus status,
                         LocalDate opened, LocalDate closed, String closeReason, Instant recorded, String priority) {
}
