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

    static String orDash(Object o) {
        return o == null || (o instanceof String s && s.isBlank()) ? "—" : String.valueOf(o);
    }
}
