package org.safeguard.core.model;

import java.util.Locale;

/**
 * What a user of a home may do. One role each; the roles nest: an administrator may do all a
 * coordinator may, a coordinator all a practitioner may. An auditor stands apart: the audit
 * trail and the disclosure log, and nothing about a child.
 */
public enum Role {
    /** Looks after the home: its users, plugins and area definitions; and may do all a coordinator may. */
    ADMINISTRATOR,
    /** Runs the panel: meetings, papers, mail, actions; and may do all a practitioner may. */
    COORDINATOR,
    /** Records and reads casework: children, referrals, assessments, missing episodes, persons, locations, decisions. */
    PRACTITIONER,
    /** Reviews the audit trail and the disclosure log; reads no child's record. */
    AUDITOR;

    /** The name a person types and reads ({@code coordinator}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
