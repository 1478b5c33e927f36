package org.safeguard.core.app;

import java.util.List;
import java.util.Set;
import org.safeguard.core.model.Role;
import org.safeguard.core.model.User;

/**
 * The home's users: who may act on it, and in which role. A user is identified by a login the
 * front end vouches for — the command line's is the operating-system login of whoever runs it —
 * and signs in with {@link Application#signIn}. The first {@code init} makes its user the
 * administrator. Users are never removed: a disabled user can do nothing more, and what they did
 * still names them. Implementations are thread-safe.
 */
public interface UserService {
    /**
     * Names Safeguard acts under itself (the mail queue's deliveries, a rule's firing): never a
     * user's, so no entry of the audit trail can pass for the system's work.
     */
    Set<String> SYSTEM_ACTORS = Set.of("mailer", "scheduler", "system", "safeguard", "rules");

    /** The longest login accepted. */
    int MAX_LOGIN = 64;

    /**
     * Adds a user with a role; a disabled user is enabled again with the role given. An active
     * user is refused (their role stays as it is), as is a login that is not usable (see
     * {@link #MAX_LOGIN}: letters, digits, {@code . _ - @}, not starting with a punctuation mark)
     * or is a {@link #SYSTEM_ACTORS system actor}.
     */
    @Needs(Role.ADMINISTRATOR)
    Changed add(RequestContext ctx, String login, Role role);

    /** Every user, active ones first, then by login. */
    @Needs({Role.ADMINISTRATOR, Role.AUDITOR})
    List<User> list(RequestContext ctx);

    /**
     * Disables a user: from now on every request they make is refused. The home's last active
     * administrator cannot be disabled (nobody could add users after them).
     */
    @Needs(Role.ADMINISTRATOR)
    Changed disable(RequestContext ctx, String login);

    /**
     * A user as changed.
     *
     * @param user    the user now
     * @param enabled whether {@link #add} enabled a disabled user again (rather than adding a new one)
     */
    record Changed(User user, boolean enabled) {
    }
}
