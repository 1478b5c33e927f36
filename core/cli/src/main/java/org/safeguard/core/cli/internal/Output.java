package org.safeguard.core.cli.internal;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Printing helpers: one JSON document per command when --json is given, aligned text otherwise. */
final class Output {
    private static final JSON PRETTY = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).without(JSON.Feature.WRITE_NULL_PROPERTIES);
    private static final JSON PRETTY_WITH_NULLS = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT, JSON.Feature.WRITE_NULL_PROPERTIES);

    private Output() {
    }

    static void json(PrintStream out, Object value) {
        try {
            out.println(PRETTY_WITH_NULLS.asString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String compact(Object value) {
        try {
            return PRETTY.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An insertion-ordered map from alternating keys and values. */
    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /**
     * Text as it may reach a terminal: line feeds and tabs kept, every other control character
     * (C0, DEL, C1, line and paragraph separators) and every bidirectional override or isolate
     * shown as a visible escape (a backslash, u and four hex digits). Used for all text output (see {@link Escaping}).
     */
    static String escaped(String s) {
        return escaped(s, true);
    }

    /**
     * A value printed on one line (a table cell, a name after a label): as {@link #escaped(String)},
     * line feeds and tabs escaped too, so a stored value can never start a line of its own.
     */
    static String line(Object value) {
        return escaped(String.valueOf(value), false);
    }

    private static String escaped(String s, boolean keepLines) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = !(keepLines && (c == '\n' || c == '\t')) && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'));
            if (unsafe && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (unsafe) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    static String orDash(Object o) {
        return o == null || (o instanceof String s && s.isBlank()) ? "—" : String.valueOf(o);
    }
}
