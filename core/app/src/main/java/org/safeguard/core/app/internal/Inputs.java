package org.safeguard.core.app.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.app.RequestContext;
import org.safeguard.dsl.eval.CaseField;

/**
 * Checks on values every service makes the same way: required text, nothing in the future, and no
 * control characters. A single-line value people type (a name, an agency, a reference, an email, a
 * reason) may hold no control character and no bidirectional override, because it is printed in
 * tables, terminals and mail headers where one would move the cursor, fake a line or reorder text;
 * multi-line free text (notes, decisions, descriptions) may also hold line feeds and tabs, its
 * CR LF and lone CR read as line feeds.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * A gender as the rules read it — {@code female}, {@code male}, {@code non-binary} or
     * {@code not-known} (the language's {@code child.gender} values), in any case — or null when
     * none is given; anything else is a problem with the closest value suggested.
     */
    static String gender(String subject, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> known = CaseField.CHILD_GENDER.fixedValues();
        String v = value.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        if (known.contains(v)) {
            return v;
        }
        Problem line = lineProblem(subject, value);
        problems.add(line != null ? line : new Problem(subject, "'" + value.strip() + "' is not a gender Safeguard records ("
                + String.join(", ", known) + ")", Suggestions.closest(v, known).orElse(null)));
        return null;
    }

    /** A single-line value stripped; refused when missing, blank or holding a control character. */
    static String required(String subject, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("refused", Problem.of(subject, "is empty"));
        }
        return line(subject, value);
    }

    /** A single-line value stripped, or null when missing or blank; refused when holding a control character. */
    static String optional(String subject, String value) {
        return value == null || value.isBlank() ? null : line(subject, value);
    }

    /** Multi-line free text stripped, its line ends as line feeds; refused when missing, blank or holding another control character. */
    static String requiredText(String subject, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("refused", Problem.of(subject, "is empty"));
        }
        return text(subject, value);
    }

    /** Multi-line free text as {@link #requiredText}, or null when missing or blank. */
    static String optionalText(String subject, String value) {
        return value == null || value.isBlank() ? null : text(subject, value);
    }

    /** A single-line value stripped (null stays null); refused when it holds a control character or bidirectional override. */
    static String line(String subject, String value) {
        Problem p = lineProblem(subject, value);
        if (p != null) {
            throw InvalidInputException.of("refused", p);
        }
        return value == null ? null : value.strip();
    }

    /** Multi-line text stripped, CR LF and CR as LF (null stays null); refused when it holds a control character other than LF and tab. */
    static String text(String subject, String value) {
        Problem p = textProblem(subject, value);
        if (p != null) {
            throw InvalidInputException.of("refused", p);
        }
        return value == null ? null : newlines(value).strip();
    }

    /** The problem with a single-line value, or null when it has none (for services that collect every problem). */
    static Problem lineProblem(String subject, String value) {
        return value == null ? null : unsafe(subject, value, false);
    }

    /** The problem with multi-line text, or null when it has none. */
    static Problem textProblem(String subject, String value) {
        return value == null ? null : unsafe(subject, newlines(value), true);
    }

    private static String newlines(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The longest single-line value (a name, a venue) and the longest free text (notes, reasons), as forms allow. */
    static final int LINE_LIMIT = 500;
    static final int TEXT_LIMIT = 20_000;

    private static Problem unsafe(String subject, String value, boolean multiLine) {
        int limit = multiLine ? TEXT_LIMIT : LINE_LIMIT;
        if (value.strip().length() > limit) {
            return Problem.of(subject, "is " + value.strip().length() + " characters long; the limit is " + limit);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (multiLine && (c == '\n' || c == '\t')) {
                continue;
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return Problem.of(subject, "contains a control character (" + codePoint(c) + ")");
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return Problem.of(subject, "contains a bidirectional override (" + codePoint(c) + ")");
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
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
