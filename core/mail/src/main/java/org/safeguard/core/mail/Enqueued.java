package org.safeguard.core.mail;

import java.util.Locale;
import org.safeguard.core.store.Disclosure;
import org.safeguard.core.store.MailMessage;

/**
 * What {@link Mailer#enqueue} did: queued a new message with its disclosure record, or skipped
 * a duplicate — the same document version already went (or is going) to this recipient — in
 * which case {@code message} and {@code disclosure} are the earlier ones. Immutable.
 */
public record Enqueued(boolean queued, MailMessage message, Disclosure disclosure) {
    public boolean skipped() {
        return !queued;
    }

    /** One line for the person at the keyboard; names the key, never the recipient. */
    public String describe() {
        return queued
                ? "queued " + message.key()
                : "skipped " + message.key() + ": this version was already queued for this recipient (" + message.status().name().toLowerCase(Locale.ROOT)
                        + "); resend to send it again";
    }
}
