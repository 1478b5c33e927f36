package org.safeguard.core.store;

import java.util.Objects;

/**
 * A built message ready to queue for one recipient: which document it carries, the
 * recipient, the resend counter (0 for the first send), its Message-ID, subject and complete
 * MIME bytes. Immutable apart from the array, which the queue copies on writing.
 */
public record NewMail(DocumentRef document, String recipient, String recipientName, int resend, String messageId,
                      String subject, byte[] mime) {
    public NewMail {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(mime, "mime");
        if (resend < 0) {
            throw new IllegalArgumentException("resend counter below 0");
        }
    }
}
