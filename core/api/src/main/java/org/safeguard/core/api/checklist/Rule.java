package org.safeguard.core.api.checklist;

import java.util.List;
import java.util.Objects;

/**
 * A rule of a checklist: when its condition holds, it proposes its routes, and a result names
 * it beside them, so a person reads why each route is proposed.
 *
 * @param id       the rule's id, e.g. {@code under-13}
 * @param source   the protocol's section it comes from, e.g. "§9.2, §9.5"
 * @param when     when it holds
 * @param proposes the route ids it proposes, in order
 */
public record Rule(String id, String source, Condition when, List<String> proposes) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        source = source == null ? "" : source;
        proposes = List.copyOf(proposes);
        if (proposes.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " proposes nothing");
        }
    }
}
