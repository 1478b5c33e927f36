package org.safeguard.core.mail;

import java.util.Objects;

/**
 * A file carried by a message: its name as the recipient sees it, its content type and its
 * bytes. The name travels in the headers like the subject does, so it is held to the same
 * rule: it must not name a child. Immutable (the bytes are copied in and out).
 */
public record Attachment(String fileName, String contentType, byte[] content) {
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        content = content.clone();
    }

    /** A PDF document, sent as {@code application/pdf}. */
    public static Attachment pdf(String fileName, byte[] content) {
        return new Attachment(fileName, "application/pdf", content);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
