package org.safeguard.core.store;

import java.time.Instant;

/**
 * A message in the queue, as stored, without its bytes ({@link MailQueue#content} reads
 * those). {@code key} is stable and unique: the document, version and recipient, with
 * {@code -resendN} when the same version was deliberately sent again. Immutable.
 */
public record MailMessage(long id, String key, DocumentRef document, String recipient, String recipientName, int resend,
                          String messageId, String subject, MailStatus status, int attempts, Instant nextAttempt,
                          String lastError, Instant created, Instant sent) {
}
