package org.safeguard.core.api;

import java.util.Objects;

/**
 * A request was understood and well-formed, but a rule of the protocol or of the record's
 * state says no: "only an open case is classified", "minutes of an inquorate meeting are not
 * issued". Distinct from {@link InvalidInputException} (the input itself is wrong) and
 * {@link NotFoundException} (what was named does not exist), so a front end can answer each
 * in its own way (a web console: 409 rather than 422 or 404). The rule is a stable id a front
 * end or a support page can key on; the message says it in words and carries no front end's
 * hints. Nothing was stored when this is thrown.
 */
public class RefusedException extends SafeguardException {
    private static final long serialVersionUID = 1L;
    private final String rule;

    /**
     * @param rule    a stable id of the rule that refused, e.g. {@code case-must-be-open}
     * @param message what was refused and why, for the person at the keyboard
     */
    public RefusedException(String rule, String message) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The stable id of the rule that refused. */
    public String rule() {
        return rule;
    }
}
