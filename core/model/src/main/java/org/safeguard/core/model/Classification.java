package org.safeguard.core.model;

import java.time.Instant;

/**
 * One change of a case's classification in a scheme (e.g. {@code lancashire.cse2} band,
 * police category, tier, level), with who made it and why. Entries are only ever added.
 */
public record Classification(long id, long caseId, String scheme, String value, String previous,
                             String rationale, Long assessmentId, String author, Instant recorded) {
}
