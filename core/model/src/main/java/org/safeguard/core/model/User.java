package org.safeguard.core.model;

import java.time.Instant;

/**
 * A user of a home: the login that identifies them (their operating-system login, today), the
 * role that decides what they may do, and who added or disabled them. A disabled user acts no
 * more but is never removed: the records they made still name them.
 *
 * @param disabled   when the user was disabled, or null while active
 * @param disabledBy who disabled them, or null while active
 */
public record User(long id, String login, Role role, Instant added, String addedBy, Instant disabled, String disabledBy) {
    public boolean active() {
        return disabled == null;
    }
}
