package org.safeguard.core.model;

import java.time.Instant;

/**
 * One line of the append-only audit trail: who did what to which record, when. Details name
 * fields and ids, never their sensitive values.
 */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, Long entityId, String details) {
}
