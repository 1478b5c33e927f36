package org.safeguard.core.render.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A view object as templates see it: named values that refuse a name they do not have.
 *
 * <p>Deliberately not a {@link Map}: Velocity reads a map's property with a direct call whose
 * exception loses the template position, but reads this type through its public
 * {@link #get(String)} method by reflection, so {@code $meeting.venu} fails loudly, with line
 * and column, even inside {@code #if} or {@code $!}, where strict mode alone would let it pass
 * as empty. A name that is present with no value reads as {@code null}, which {@code #if} and
 * {@code $!} treat as absent. Immutable. Public only so the engine may call it; the package is
 * not exported.
 */
public final class ViewMap {
    private final Map<String, Object> values;

    ViewMap(LinkedHashMap<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** The named value; a name this view object does not have is an error. */
    public Object get(String name) {
        if (!values.containsKey(name)) {
            throw new UnknownFieldException(name, values.keySet());
        }
        return values.get(name);
    }

    /** The names of this view object's values, in order. */
    public Set<String> names() {
        return values.keySet();
    }

    @Override
    public String toString() {
        return "view object " + values.keySet();
    }

    /** A template asked for a value its view object does not have. */
    static final class UnknownFieldException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownFieldException(String key, Set<String> known) {
            super("no value '" + key + "' here; this view object has " + String.join(", ", known), null, false, false);
        }
    }
}
