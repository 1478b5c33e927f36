package org.safeguard.core.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.Suggestions;

/**
 * How this home sends mail, from {@code <home>/conf/safeguard.properties}:
 * {@code mail.smtp.host}, {@code mail.smtp.port}, {@code mail.smtp.starttls},
 * {@code mail.smtp.user}, {@code mail.from}. With no host, messages are written to the
 * outbox folder instead. The SMTP password is never kept in the properties file (a password
 * key there is refused): it comes from the environment variable
 * {@value #PASSWORD_ENVIRONMENT_VARIABLE}, or else from the file named by
 * {@code mail.smtp.password.file} (relative to {@code conf/}). STARTTLS is on unless turned
 * off, and when on it is required: a message is never sent in clear because the server did
 * not offer encryption. Immutable and thread-safe; {@link #toString} never shows the password.
 */
public final class MailSettings {
    public static final String FILE = "safeguard.properties";
    public static final String PASSWORD_ENVIRONMENT_VARIABLE = "SAFEGUARD_SMTP_PASSWORD";
    public static final String HOST = "mail.smtp.host";
    public static final String PORT = "mail.smtp.port";
    public static final String STARTTLS = "mail.smtp.starttls";
    public static final String USER = "mail.smtp.user";
    public static final String PASSWORD_FILE = "mail.smtp.password.file";
    public static final String FROM = "mail.from";
    /** How the coordinator signs invitations and is named as the calendar event's organiser (default: their login). */
    public static final String SENDER_NAME = "mail.sender.name";
    /** The phone number invitations give for replies, if any. */
    public static final String SENDER_PHONE = "mail.sender.phone";
    /** Where replies go (a Reply-To header on every message), when not to {@code mail.from}. */
    public static final String REPLY_TO = "mail.replyTo";
    /** The sender used in outbox mode when {@code mail.from} is not set. */
    public static final String DEFAULT_FROM = "Safeguard <safeguard@localhost>";
    private static final Set<String> KEYS = Set.of(HOST, PORT, STARTTLS, USER, PASSWORD_FILE, FROM, SENDER_NAME, SENDER_PHONE, REPLY_TO);
    private static final int MAX_SENDER = 100;
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final String host;
    private final int port;
    private final boolean starttls;
    private final String user;
    private final String password;
    private final String from;
    private final Duration timeout;

    private final String senderName;
    private final String senderPhone;
    private final String replyTo;

    private MailSettings(String host, int port, boolean starttls, String user, String password, String from, Duration timeout) {
        this(host, port, starttls, user, password, from, timeout, null, null, null);
    }

    private MailSettings(String host, int port, boolean starttls, String user, String password, String from, Duration timeout,
                         String senderName, String senderPhone, String replyTo) {
        this.host = host;
        this.port = port;
        this.starttls = starttls;
        this.user = user;
        this.password = password;
        this.from = from;
        this.timeout = timeout;
        this.senderName = senderName;
        this.senderPhone = senderPhone;
        this.replyTo = replyTo;
    }

    /** The same settings with how the sender signs (name, phone; null for none) and where replies go (null: to the sender). */
    public MailSettings withSender(String name, String phone, String replyTo) {
        return new MailSettings(host, port, starttls, user, password, from, timeout, name, phone, replyTo);
    }

    /** Outbox mode: messages become {@code .eml} files, nothing goes over the network. */
    public static MailSettings outbox(String from) {
        return new MailSettings(null, 0, false, null, null, from == null ? DEFAULT_FROM : from, DEFAULT_TIMEOUT);
    }

    /** SMTP mode; {@code user} and {@code password} may be {@code null} for a relay that needs no login. */
    public static MailSettings smtp(String host, int port, boolean starttls, String user, String password, String from) {
        return new MailSettings(host, port, starttls, user, password, from, DEFAULT_TIMEOUT);
    }

    /** Reads {@code <home>/conf/safeguard.properties} and the process environment. */
    public static MailSettings fromHome(Path home) {
        return load(home.resolve("conf").resolve(FILE), System.getenv());
    }

    /**
     * Reads the mail keys of {@code propertiesFile} (a missing file means outbox mode) and
     * the password from {@code environment} or the password file. Every problem is reported
     * at once, naming the key.
     */
    public static MailSettings load(Path propertiesFile, Map<String, String> environment) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException missing) {
            return outbox(null);
        } catch (IOException e) {
            throw new SafeguardException("cannot read " + propertiesFile + ": " + e.getMessage(), e);
        }
        List<Problem> problems = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            String k = key.toLowerCase(Locale.ROOT);
            if (!key.equals(PASSWORD_FILE) && (k.contains("password") || k.contains("passwd") || k.contains("secret"))) {
                problems.add(new Problem(key, "a password is never kept in " + FILE + ": set the environment variable "
                        + PASSWORD_ENVIRONMENT_VARIABLE + ", or put it in a file readable only by this account and name that file with "
                        + PASSWORD_FILE + "; then remove this line", null));
            } else if (k.startsWith("mail.") && !KEYS.contains(key)) {
                problems.add(new Problem(key, "is not a mail setting (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")",
                        Suggestions.closest(key, KEYS).orElse(null)));
            }
        }
        String host = value(p, HOST);
        boolean starttls = flag(p, STARTTLS, true, problems);
        String user = value(p, USER);
        String from = address(p, FROM, problems);
        String replyTo = address(p, REPLY_TO, problems);
        String senderName = signature(p, SENDER_NAME, problems);
        String senderPhone = signature(p, SENDER_PHONE, problems);
        if (host == null) {
            for (String key : List.of(PORT, USER, PASSWORD_FILE)) {
                if (value(p, key) != null) {
                    problems.add(Problem.of(key, "is set but " + HOST + " is not: set the host to send by SMTP, or remove the SMTP"
                            + " settings to write messages to the outbox"));
                }
            }
            throwIfAny(propertiesFile, problems);
            return outbox(from).withSender(senderName, senderPhone, replyTo);
        }
        int port = port(p, starttls, problems);
        if (from == null) {
            problems.add(Problem.of(FROM, "set the sender address messages come from, e.g. cse-panel@example.org"));
        }
        String password = user == null ? null : password(propertiesFile, p, environment, problems);
        throwIfAny(propertiesFile, problems);
        return new MailSettings(host, port, starttls, user, password, from, DEFAULT_TIMEOUT, senderName, senderPhone, replyTo);
    }

    /** A mail address setting as written, or null when not set; a problem when it is not an address. */
    private static String address(Properties p, String key, List<Problem> problems) {
        String v = value(p, key);
        if (v != null) {
            try {
                new InternetAddress(v, true).validate();
            } catch (AddressException e) {
                problems.add(Problem.of(key, "'" + v + "' is not a mail address"));
            }
        }
        return v;
    }

    /** A line of the sender's signature: printable, at most {@value #MAX_SENDER} characters. */
    private static String signature(Properties p, String key, List<Problem> problems) {
        String v = value(p, key);
        if (v == null) {
            return null;
        }
        if (v.length() > MAX_SENDER || v.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            problems.add(Problem.of(key, "is not one printable line of at most " + MAX_SENDER + " characters"));
            return null;
        }
        return v;
    }

    private static String password(Path propertiesFile, Properties p, Map<String, String> environment, List<Problem> problems) {
        String fromEnvironment = environment.get(PASSWORD_ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        String file = value(p, PASSWORD_FILE);
        if (file == null) {
            problems.add(Problem.of(USER, "is set but there is no password: set the environment variable " + PASSWORD_ENVIRONMENT_VARIABLE
                    + " or name a password file with " + PASSWORD_FILE));
            return null;
        }
        Path path = propertiesFile.toAbsolutePath().getParent().resolve(file);
        try {
            String secret = Files.readString(path, StandardCharsets.UTF_8).strip();
            if (secret.isEmpty()) {
                problems.add(Problem.of(PASSWORD_FILE, "the password file " + path + " is empty"));
            }
            return secret;
        } catch (IOException e) {
            problems.add(Problem.of(PASSWORD_FILE, "cannot read the password file " + path + " (" + e.getClass().getSimpleName() + ")"));
            return null;
        }
    }

    private static int port(Properties p, boolean starttls, List<Problem> problems) {
        String v = value(p, PORT);
        if (v == null) {
            return starttls ? 587 : 25;
        }
        try {
            int port = Integer.parseInt(v);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(Problem.of(PORT, "'" + v + "' is not a port number (1–65535)"));
        return 0;
    }

    private static boolean flag(Properties p, String key, boolean otherwise, List<Problem> problems) {
        String v = value(p, key);
        if (v == null) {
            return otherwise;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        problems.add(Problem.of(key, "'" + v + "' is neither true nor false"));
        return otherwise;
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static void throwIfAny(Path file, List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the mail settings in " + file + " are refused", problems);
        }
    }

    /** The same settings with another connection, read and write timeout. */
    public MailSettings withTimeout(Duration timeout) {
        return new MailSettings(host, port, starttls, user, password, from, timeout, senderName, senderPhone, replyTo);
    }

    /** True when no SMTP host is configured: messages are written to the outbox. */
    public boolean outboxMode() { return host == null; }
    public Optional<String> host() { return Optional.ofNullable(host); }
    public int port() { return port; }
    public boolean starttls() { return starttls; }
    public Optional<String> user() { return Optional.ofNullable(user); }
    /** For the SMTP login only; never log or show it. */
    public Optional<String> password() { return Optional.ofNullable(password); }
    /** The sender, as an RFC 5322 address ({@code Name <address>} or a bare address). */
    public String from() { return from; }

    /** The sender's bare address, e.g. {@code cse-panel@example.org} from {@code "CSE Panel <cse-panel@example.org>"}. */
    public String fromAddress() {
        try {
            return new InternetAddress(from, true).getAddress();
        } catch (AddressException e) {
            throw new IllegalStateException("mail.from was checked when the settings were read", e);
        }
    }
    public Duration timeout() { return timeout; }
    /** How the coordinator signs invitations, if set ({@code mail.sender.name}). */
    public Optional<String> senderName() { return Optional.ofNullable(senderName); }
    /** The phone number invitations give, if set ({@code mail.sender.phone}). */
    public Optional<String> senderPhone() { return Optional.ofNullable(senderPhone); }
    /** Where replies go, if not to the sender ({@code mail.replyTo}). */
    public Optional<String> replyTo() { return Optional.ofNullable(replyTo); }

    @Override
    public String toString() {
        return outboxMode() ? "outbox, from " + from
                : "smtp " + host + ":" + port + (starttls ? " (STARTTLS required)" : " (no TLS)")
                        + (user == null ? "" : ", user " + user + ", password " + (password == null ? "missing" : "set")) + ", from " + from;
    }
}
