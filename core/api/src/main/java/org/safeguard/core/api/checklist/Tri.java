package org.safeguard.core.api.checklist;

/** Whether a condition holds: yes, no, or not decided while an answer it reads is unknown. */
public enum Tri {
    TRUE, FALSE, UNDECIDED;

    static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }
}
