package org.safeguard.core.store.internal;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguard.core.api.SafeguardException;

/** JSON text columns: lists, answer sets, instrument definitions. */
public final class Json {
    private static final JSON JSON_ = JSON.std;

    private Json() {
    }

    public static String write(Object value) {
        try {
            return JSON_.asString(value);
        } catch (IOException e) {
            throw new SafeguardException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    public static Map<String, Object> map(String text) {
        try {
            Map<String, Object> m = JSON_.mapFrom(text);
            return m == null ? new LinkedHashMap<>() : m;
        } catch (IOException e) {
            throw new SafeguardException("stored JSON is damaged: " + e.getMessage(), e);
        }
    }

    /** A stored JSON list as it reads (maps, lists, strings, numbers). */
    public static List<Object> list(String text) {
        try {
            List<Object> list = JSON_.listFrom(text);
            return list == null ? List.of() : list;
        } catch (IOException e) {
            throw new SafeguardException("stored JSON is damaged: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<String> strings(String text) {
        try {
            List<Object> list = JSON_.listFrom(text);
            return list == null ? List.of() : (List<String>) (List<?>) list.stream().map(String::valueOf).toList();
        } catch (IOException e) {
            throw new SafeguardException("stored JSON is damaged: " + e.getMessage(), e);
        }
    }

    public static Map<String, Integer> ints(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        map(text).forEach((k, v) -> out.put(k, ((Number) v).intValue()));
        return out;
    }

    public static Map<String, Boolean> booleans(String text) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        map(text).forEach((k, v) -> out.put(k, (Boolean) v));
        return out;
    }
}
