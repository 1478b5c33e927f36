package org.safeguard.core.mail.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.mail.Attachment;
import org.safeguard.core.mail.CalendarInvite;
import org.safeguard.core.mail.OutgoingMail;

/**
 * Builds a message's complete MIME bytes once, when it is queued:
 * {@code multipart/mixed} (only when there are attachments) around
 * {@code multipart/alternative} of text, HTML and the optional meeting request. The bytes
 * are what goes on the wire on every attempt, so the Message-ID and Date never change.
 *
 * <p>No thread context class loader is set: Jakarta Mail, Angus and activation sit together
 * on the host class path and find each other's handlers there (see the OSGi stack notes).
 * Were they ever installed as bundles, building a multipart would need the TCCL set to
 * Angus's loader around {@link #build}.
 */
public final class MimeBuilder {
    private static final Session SESSION = Session.getInstance(new Properties());

    private MimeBuilder() {
    }

    /** A new Message-ID on the sender's domain; random, so it says nothing about the document. */
    public static String newMessageId(String from) {
        String domain = "safeguard.invalid";
        try {
            String address = new InternetAddress(from).getAddress();
            int at = address.lastIndexOf('@');
            if (at > 0 && at < address.length() - 1) {
                domain = address.substring(at + 1);
            }
        } catch (MessagingException e) {
            // the settings validated the sender; keep the placeholder domain
        }
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    public static byte[] build(OutgoingMail mail, String from, String messageId, Instant date) {
        return build(mail, from, null, messageId, date);
    }

    /** @param replyTo where replies go, or null for the sender */
    public static byte[] build(OutgoingMail mail, String from, String replyTo, String messageId, Instant date) {
        try {
            MimeMessage message = new FixedIdMessage(SESSION, messageId);
            message.setFrom(new InternetAddress(from));
            if (replyTo != null) {
                message.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo)});
            }
            message.setRecipient(MimeMessage.RecipientType.TO, address(mail.recipient().address(), mail.recipient().name()));
            message.setSubject(mail.subject(), "UTF-8");
            message.setSentDate(Date.from(date));

            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8", "plain");
            alternative.addBodyPart(text);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            alternative.addBodyPart(html);
            if (mail.invite() != null) {
                CalendarInvite.Person recipient = new CalendarInvite.Person(mail.recipient().address().strip(), mail.recipient().name());
                String ics = ICalendar.of(mail.invite(), recipient, date);
                MimeBodyPart calendar = new MimeBodyPart();
                calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8),
                        "text/calendar; charset=UTF-8; method=" + mail.invite().method().name())));
                alternative.addBodyPart(calendar);
            }
            if (mail.attachments().isEmpty()) {
                message.setContent(alternative);
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternative);
                mixed.addBodyPart(body);
                for (Attachment a : mail.attachments()) {
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                    file.setFileName(a.fileName());
                    file.setDisposition(Part.ATTACHMENT);
                    // always base64: a mostly-ASCII PDF would otherwise go as 7bit and have its line ends rewritten
                    file.setHeader("Content-Transfer-Encoding", "base64");
                    mixed.addBodyPart(file);
                }
                message.setContent(mixed);
            }
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new SafeguardException("cannot build the message for " + mail.document().token() + ": " + e.getMessage(), e);
        }
    }

    private static InternetAddress address(String address, String name) throws MessagingException, UnsupportedEncodingException {
        return name == null || name.isBlank() ? new InternetAddress(address.strip(), true)
                : new InternetAddress(address.strip(), name.strip(), "UTF-8");
    }

    /** Keeps the Message-ID given at queueing; the stock message would replace it on every save. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
