package org.safeguard.core.app.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.app.RequestContext;

/** Checks on values every service makes the same way: required text, nothing in the future. */
final class Inputs {
    private Inputs() {
    }

    /** The text stripped; refused when missing or blank. */
    static String required(String subject, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("refused", Problem.of(subject, "is empty"));
        }
        return value.strip();
    }

    /** The text stripped, or null when missing or blank. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A day that has come: today or before, by the request's clock in Europe/London. */
    static LocalDate notFuture(RequestContext ctx, String subject, LocalDate day) {
        if (day != null && day.isAfter(ctx.today())) {
            throw InvalidInputException.of("refused", Problem.of(subject, day + " is in the future"));
        }
        return day;
    }

    /** A moment that has happened, by the request's clock; refused naming it in local time (2026-11-18T09:30). */
    static Instant notFuture(RequestContext ctx, String subject, Instant at) {
        if (at != null && at.isAfter(ctx.now())) {
            throw InvalidInputException.of("refused", Problem.of(subject, LocalDateTime.ofInstant(at, RequestContext.ZONE) + " is in the future"));
        }
        return at;
    }
}
