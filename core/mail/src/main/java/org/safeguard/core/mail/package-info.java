/**
 * Outgoing mail: {@link org.safeguard.core.mail.Mailer} queues a message for one recipient
 * together with its disclosure record, in one transaction, and later delivers what is due —
 * over SMTP when a host is configured, otherwise as {@code .eml} files in the home's outbox.
 * {@link org.safeguard.core.mail.MailSettings} reads the configuration; passwords come only
 * from the environment or a file. Host-side only: plugins ask the core to send, never this package.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.1.0")
package org.safeguard.core.mail;
