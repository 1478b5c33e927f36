package org.safeguard.core.store;

import java.time.Instant;

/**
 * One entry of the disclosure log with its latest outcome. {@code mailMessageId} is the
 * message that carries it, or {@code null} for a document exported rather than mailed.
 * Entries are only ever added; outcomes are added after them. Immutable.
 */
public record Disclosure(long id, DocumentRef document, DisclosedParts parts, String recipient, String recipientName,
                         String recipientAgency, String basis, Instant disclosed, Long mailMessageId, String recordedBy,
                         DisclosureOutcome outcome, Instant outcomeAt, String outcomeDetail) {
}
