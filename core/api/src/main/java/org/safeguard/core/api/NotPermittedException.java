package org.safeguard.core.api;

/**
 * The request came from someone who may not make it: not a user of the home, a disabled user,
 * someone acting as another, or a user whose role does not cover it. A front end answers it as
 * its kind of "forbidden" (a web console: 403). Nothing was stored but the audit entry that
 * records the refusal.
 */
public class NotPermittedException extends RefusedException {
    private static final long serialVersionUID = 1L;

    public NotPermittedException(String rule, String message) {
        super(rule, message);
    }
}
