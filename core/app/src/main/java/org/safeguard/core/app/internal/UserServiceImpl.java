package org.safeguard.core.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.NotPermittedException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.app.UserService;
import org.safeguard.core.model.Role;
import org.safeguard.core.model.User;

/** {@link UserService}, and signing a login in to the home ({@link #signIn}). */
final class UserServiceImpl implements UserService {
    /** A login as operating systems and directories write them: no spaces, no control characters, not an option. */
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._@-]*");

    private final Wiring w;

    UserServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public Changed add(RequestContext ctx, String login, Role role) {
        String name = usable("login", login);
        if (role == null) {
            throw InvalidInputException.of("refused", Problem.of("role", "is missing"));
        }
        return w.inTransaction(ctx, tx -> {
            Optional<User> known = tx.users().find(name);
            if (known.isEmpty()) {
                return new Changed(tx.users().add(name, role), false);
            }
            User u = known.get();
            if (u.active()) {
                throw new RefusedException("user-exists", name + " is already a user of this home (" + u.role().label() + ")");
            }
            return new Changed(tx.users().enable(u.id(), role), true);
        });
    }

    @Override
    public List<User> list(RequestContext ctx) {
        return w.inTransaction(ctx, tx -> {
            tx.audit().record("list", "user", null, "");
            return tx.users().list();
        });
    }

    @Override
    public Changed disable(RequestContext ctx, String login) {
        String name = Inputs.required("login", login);
        return w.inTransaction(ctx, tx -> {
            User u = tx.users().find(name).orElseThrow(() -> new NotFoundException("no user '" + name + "' in this home"));
            if (!u.active()) {
                throw new RefusedException("user-already-disabled", name + " was disabled on " + u.disabled() + " by " + u.disabledBy());
            }
            if (u.role() == Role.ADMINISTRATOR && tx.users().activeWith(Role.ADMINISTRATOR) == 1) {
                throw new RefusedException("last-administrator", name + " is the home's only administrator: add another before disabling them");
            }
            return new Changed(tx.users().disable(u.id()), false);
        });
    }

    /**
     * The request context of a login the front end vouches for, on a clock. Before the home exists
     * its first {@code init} is all anyone can do, and whoever makes it becomes its administrator,
     * so the login is given that role; a home made before users existed makes the owner of its
     * folder its administrator at their first command. Every refusal is audited.
     */
    RequestContext signIn(String login, String claimed, Clock clock) {
        String name = usable("your login", login);
        if (claimed != null && !claimed.equals(name)) {
            if (w.home().exists()) {
                refuse(name, clock, "acting-as-another", actingAsAnother(name));
            }
            throw new NotPermittedException("acting-as-another", actingAsAnother(name));
        }
        if (!w.home().exists()) {
            return new RequestContext(name, RequestContext.granting(Role.ADMINISTRATOR), clock);
        }
        Optional<User> user = w.store().read(name, clock, tx -> tx.users().find(name));
        if (user.isEmpty()) {
            user = firstOfOlderHome(name, clock);
        }
        if (user.isEmpty()) {
            refuse(name, clock, "not-a-user", "you (" + name + ") are not a user of this home; an administrator adds you with "
                    + "'safeguard users add " + name + " --role ROLE'");
        }
        User u = user.get();
        if (!u.active()) {
            refuse(name, clock, "user-disabled", "your use of this home (" + name + ") was disabled by " + u.disabledBy()
                    + "; an administrator can enable it again with 'safeguard users add " + name + " --role ROLE'");
        }
        return new RequestContext(name, RequestContext.granting(u.role()), clock);
    }

    private static String actingAsAnother(String login) {
        return "you are logged in as " + login + ", and acting as another user is refused: each person acts under their own login";
    }

    /** A home made before version 7 has no users: the owner of its folder becomes its administrator. */
    private Optional<User> firstOfOlderHome(String name, Clock clock) {
        String owner;
        try {
            owner = Files.getOwner(w.home().root()).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        if (!owner.equals(name)) {
            return Optional.empty();
        }
        return w.store().inTransaction(name, clock, tx -> {
            if (tx.users().any()) {
                return tx.users().find(name);
            }
            return Optional.of(tx.users().add(name, Role.ADMINISTRATOR));
        });
    }

    /** Refuses a request, after recording on the audit trail that it was refused. */
    void refuse(String actor, Clock clock, String rule, String message) {
        w.store().inTransaction(actor, clock, tx -> {
            tx.audit().record("refused", "access", null, "rule=" + rule);
            return null;
        });
        throw new NotPermittedException(rule, message);
    }

    /** A login that can be a user's: the pattern, the length, not a system actor. */
    static String usable(String subject, String login) {
        String name = Inputs.required(subject, login);
        if (name.length() > MAX_LOGIN) {
            throw InvalidInputException.of("refused", Problem.of(subject, "is longer than " + MAX_LOGIN + " characters"));
        }
        if (!LOGIN.matcher(name).matches()) {
            throw InvalidInputException.of("refused", Problem.of(subject, "'" + name + "' is not a login: letters, digits and . _ - @ only, "
                    + "not starting with a punctuation mark"));
        }
        if (SYSTEM_ACTORS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new NotPermittedException("system-actor", "'" + name + "' is the name Safeguard acts under itself, never a user's");
        }
        return name;
    }
}
