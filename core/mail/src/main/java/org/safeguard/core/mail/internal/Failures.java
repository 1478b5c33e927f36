package org.safeguard.core.mail.internal;

import java.util.regex.Pattern;

/**
 * Turns a failure into the reason stored with the message: the chain of messages (server
 * replies such as {@code 535 5.7.8 authentication failed}, {@code Connection refused}) on one
 * line, with the subject blanked should a server echo it, and cut to a length a person reads.
 */
final class Failures {
    private static final int MAX = 400;

    private Failures() {
    }

    static String reason(Throwable failure, String subject) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 6; t = t.getCause(), depth++) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().replaceAll("\\s+", " ").strip();
            if (!m.isEmpty() && out.indexOf(m) < 0) {
                out.append(out.length() == 0 ? "" : ": ").append(m);
            }
        }
        String reason = out.toString();
        if (subject != null && !subject.isBlank()) {
            reason = reason.replaceAll("(?i)" + Pattern.quote(subject.strip()), "[subject]");
        }
        return reason.length() <= MAX ? reason : reason.substring(0, MAX - 1) + "…";
    }
}
