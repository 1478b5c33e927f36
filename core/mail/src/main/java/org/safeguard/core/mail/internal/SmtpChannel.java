package org.safeguard.core.mail.internal;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;
import org.safeguard.core.mail.MailSettings;
import org.safeguard.core.store.MailMessage;

/**
 * Sends over one SMTP connection per run, opened on the first message. The stored bytes are
 * sent as they are ({@link Transport#sendMessage} does not re-save the message, so the
 * Message-ID and Date stay those given at queueing). When the server cannot be reached or
 * refuses the login, every later message of the run fails with the same reason at once
 * rather than waiting out the timeout again. Connection, read and write timeouts are set.
 */
public final class SmtpChannel implements Channel {
    private final MailSettings settings;
    private final Session session;
    private Transport transport;
    private DeliveryException unreachable;

    public SmtpChannel(MailSettings settings) {
        this.settings = settings;
        String host = settings.host().orElseThrow(() -> new IllegalArgumentException("no SMTP host: use the outbox"));
        String millis = String.valueOf(settings.timeout().toMillis());
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", millis);
        p.setProperty("mail.smtp.timeout", millis);
        p.setProperty("mail.smtp.writetimeout", millis);
        p.setProperty("mail.smtp.from", envelopeSender(settings.from()));
        if (settings.starttls()) {
            // required, not just enabled: a server that offers no TLS gets nothing in clear
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        if (settings.user().isPresent()) {
            p.setProperty("mail.smtp.auth", "true");
        }
        this.session = Session.getInstance(p);
    }

    @Override
    public void deliver(MailMessage message, byte[] mime) throws DeliveryException {
        if (unreachable != null) {
            throw unreachable;
        }
        connect(message.subject());
        try {
            MimeMessage parsed = new MimeMessage(session, new ByteArrayInputStream(mime));
            transport.sendMessage(parsed, new Address[] {new InternetAddress(message.recipient())});
        } catch (MessagingException e) {
            throw new DeliveryException(Failures.reason(e, message.subject()), e, kind(e));
        }
    }

    /**
     * A 5xx reply to this message (MAIL, RCPT or DATA) is permanent: the server will not take it
     * however often it is tried. A timeout means the server stopped answering: the run stops.
     */
    static DeliveryException.Kind kind(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException) {
                return DeliveryException.Kind.NOT_ANSWERING;
            }
            int code = returnCode(t);
            if (code >= 500 && code < 600) {
                return DeliveryException.Kind.PERMANENT;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return DeliveryException.Kind.TEMPORARY;
    }

    /** The SMTP reply code an SMTP exception carries (its getReturnCode(), or the code its message starts with), or 0. */
    private static int returnCode(Throwable t) {
        try {
            java.lang.reflect.Method m = t.getClass().getMethod("getReturnCode");
            Object v = m.invoke(t);
            if (v instanceof Integer i && i > 0) {
                return i;
            }
        } catch (ReflectiveOperationException | RuntimeException none) {
            // not an SMTP exception
        }
        String msg = t.getMessage();
        if (t instanceof MessagingException && msg != null && msg.matches("(?s)^[2-5]\\d\\d[ -].*")) {
            return Integer.parseInt(msg.substring(0, 3));
        }
        return 0;
    }

    private void connect(String subject) throws DeliveryException {
        if (transport != null && transport.isConnected()) {
            return;
        }
        try {
            transport = session.getTransport("smtp");
            transport.connect(settings.host().orElseThrow(), settings.port(), settings.user().orElse(null),
                    settings.password().orElse(null));
        } catch (MessagingException e) {
            unreachable = new DeliveryException("cannot send through " + describeServer() + ": " + Failures.reason(e, subject), e);
            throw unreachable;
        }
    }

    private String describeServer() {
        return settings.host().orElseThrow() + ":" + settings.port();
    }

    private static String envelopeSender(String from) {
        try {
            return new InternetAddress(from).getAddress();
        } catch (MessagingException e) {
            return from;
        }
    }

    @Override
    public String describe() {
        return "smtp " + describeServer();
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the messages are already accepted or already recorded as failed
            }
        }
    }
}
