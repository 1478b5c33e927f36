package org.safeguard.core.api.area;

import java.util.Objects;

/**
 * An outcome an area records at the conclusion of work on a case — London's MI (a positive
 * intervention for the victim) or FP, FO, FQ (orders and disruption on a suspect) — and whose
 * record it goes on: the victim's, or a named person of concern's. Immutable.
 *
 * @param code   the code as people write it, e.g. {@code MI}
 * @param title  what it means, from the protocol
 * @param on     whose record it is entered on
 * @param source where the code comes from (document and section)
 * @since 1.2
 */
public record OutcomeCode(String code, String title, On on, String source) {
    /** Whose record an outcome is entered on. */
    public enum On {
        /** The child's own (the victim's page). */
        VICTIM,
        /** A person of concern linked to the child (the suspect's page). */
        PERSON
    }

    public OutcomeCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(on, "on");
        source = source == null ? "" : source;
    }

    public static OutcomeCode onVictim(String code, String title, String source) {
        return new OutcomeCode(code, title, On.VICTIM, source);
    }

    public static OutcomeCode onPerson(String code, String title, String source) {
        return new OutcomeCode(code, title, On.PERSON, source);
    }
}
