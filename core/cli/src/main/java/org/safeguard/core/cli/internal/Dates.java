package org.safeguard.core.cli.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.app.RequestContext;

/** Dates as people type them on the command line: YYYY-MM-DD or DD/MM/YYYY, checked strictly. */
final class Dates {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private Dates() {
    }

    /** A moment as the panel's clock shows it (UK local time), e.g. "2026-12-03 10:00". */
    static String local(Instant at) {
        return at == null ? "-" : LOCAL.format(at.atZone(RequestContext.ZONE));
    }

    static LocalDate parse(String subject, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(value.trim(), UK);
            } catch (DateTimeParseException uk) {
                throw InvalidInputException.of("refused", Problem.of(subject, "'" + value + "' is not a date (write YYYY-MM-DD or DD/MM/YYYY)"));
            }
        }
    }

    /**
     * A date and time as people type it, in UK local time (YYYY-MM-DDTHH:MM), or an instant with its
     * offset (2026-12-01T09:00:00Z, 2026-12-01T09:00+01:00) as a script may give it; null stays null.
     */
    static Instant localDateTime(String subject, String value) {
        if (value == null) {
            return null;
        }
        if (value.trim().matches(".*T.*([Zz]|[+-]\\d{2}:?\\d{2})$")) {
            try {
                return java.time.OffsetDateTime.parse(value.trim().replace('z', 'Z')).toInstant();
            } catch (DateTimeParseException e) {
                // fall through to the local form's message
            }
        }
        try {
            return LocalDateTime.parse(value.trim().replace(' ', 'T')).atZone(RequestContext.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("refused", Problem.of(subject, "'" + value + "' is not a date and time (write YYYY-MM-DDTHH:MM, local time)"));
        }
    }
}
