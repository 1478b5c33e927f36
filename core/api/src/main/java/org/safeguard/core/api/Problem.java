package org.safeguard.core.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a piece of input: which field or answer, what is wrong, and a likely
 * correction when there is one. Immutable.
 *
 * @param subject    the field, factor or argument the problem is about, e.g. {@code "dateOfBirth"}
 * @param message    what is wrong, as a sentence fragment a person can act on
 * @param suggestion a likely correction ("did you mean …"), or {@code null}
 */
public record Problem(String subject, String message, String suggestion) {
    public Problem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    public static Problem of(String subject, String message) {
        return new Problem(subject, message, null);
    }

    public Optional<String> suggestionIfAny() {
        return Optional.ofNullable(suggestion);
    }

    /** One line: {@code subject: message (did you mean 'x'?)}. */
    @Override
    public String toString() {
        return subject + ": " + message + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)");
    }
}
