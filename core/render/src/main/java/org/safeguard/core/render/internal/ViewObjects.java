package org.safeguard.core.render.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.render.Markup;

/**
 * Turns a caller's view model into what templates see: strings, numbers, booleans,
 * {@link Markup}, lists and {@link ViewMap}s, nothing else. Records made for the template become
 * maps of their components; enums become their names; an empty Optional becomes a missing value.
 * Anything else, a live domain or persistence object, a date or an array, is refused with the
 * path to it, so no template can reach a method the view model did not mean to offer. Records of
 * the core model ({@code org.safeguard.core.model}) are refused too: they are domain objects,
 * not views.
 */
final class ViewObjects {
    private static final String DOMAIN_PACKAGE = "org.safeguard.core.model";
    private static final int MAX_DEPTH = 32;

    private ViewObjects() {
    }

    static Map<String, Object> convert(Map<String, ?> viewModel) {
        LinkedHashMap<String, Object> top = new LinkedHashMap<>();
        viewModel.forEach((k, v) -> top.put(k, value(v, k, 0)));
        return top;
    }

    private static Object value(Object v, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("view model is nested deeper than " + MAX_DEPTH + " levels at " + path + " (a cycle?)");
        }
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Markup || v instanceof Character
                || v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof Double || v instanceof Float || v instanceof BigDecimal || v instanceof BigInteger) {
            return v;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Optional<?> o) {
            return value(o.orElse(null), path, depth + 1);
        }
        if (v instanceof Map<?, ?> m) {
            LinkedHashMap<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("view model map at " + path + " has a key that is not a String");
                }
                out.put(key, value(e.getValue(), path + "." + key, depth + 1));
            }
            return new ViewMap(out);
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            int i = 0;
            for (Object item : c) {
                out.add(value(item, path + "[" + i++ + "]", depth + 1));
            }
            return Collections.unmodifiableList(out);
        }
        Class<?> type = v.getClass();
        if (type.isRecord() && !type.getPackageName().equals(DOMAIN_PACKAGE)) {
            return record(v, path, depth);
        }
        throw new IllegalArgumentException("view model field " + path + " is a " + type.getName()
                + ", which is not a view object: pass strings (dates already formatted), numbers, booleans, Markup,"
                + " lists, maps or records made for the template, never domain or persistence objects");
    }

    private static ViewMap record(Object r, String path, int depth) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Method accessor = c.getAccessor();
            try {
                accessor.trySetAccessible();
                out.put(c.getName(), value(accessor.invoke(r), path + "." + c.getName(), depth + 1));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalArgumentException("cannot read " + path + "." + c.getName() + " of " + r.getClass().getName(), e);
            }
        }
        return new ViewMap(out);
    }
}
