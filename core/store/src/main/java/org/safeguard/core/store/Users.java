package org.safeguard.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.model.Role;
import org.safeguard.core.model.User;
import org.safeguard.core.store.internal.Rows;

/** The home's users: added, listed, disabled and enabled again; never removed or renamed. */
public final class Users {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Users(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /** Adds a user (the login must be new). */
    public User add(String login, Role role) {
        long id = handle.createUpdate("INSERT INTO app_user (login, role, added, added_by) VALUES (?, ?, ?, ?)")
                .bind(0, login).bind(1, role.name()).bind(2, now.toString()).bind(3, audit.actor())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("add", "user", id, "role=" + role.label());
        return require(id);
    }

    /** A disabled user active again, with this role. */
    public User enable(long id, Role role) {
        handle.createUpdate("UPDATE app_user SET role = ?, disabled = NULL, disabled_by = NULL WHERE id = ?")
                .bind(0, role.name()).bind(1, id).execute();
        audit.record("enable", "user", id, "role=" + role.label());
        return require(id);
    }

    public User disable(long id) {
        handle.createUpdate("UPDATE app_user SET disabled = ?, disabled_by = ? WHERE id = ? AND disabled IS NULL")
                .bind(0, now.toString()).bind(1, audit.actor()).bind(2, id).execute();
        audit.record("disable", "user", id, "");
        return require(id);
    }

    public Optional<User> find(String login) {
        return handle.createQuery("SELECT * FROM app_user WHERE login = ?").bind(0, login).map(Rows::user).findOne();
    }

    public User require(long id) {
        return handle.createQuery("SELECT * FROM app_user WHERE id = ?").bind(0, id).map(Rows::user).one();
    }

    /** Every user, active first, then by login. */
    public List<User> list() {
        return handle.createQuery("SELECT * FROM app_user ORDER BY disabled IS NOT NULL, login").map(Rows::user).list();
    }

    /** Whether the home has any user at all (a home made before version 7 has none until its owner's first command). */
    public boolean any() {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM app_user)").mapTo(Boolean.class).one();
    }

    public int activeWith(Role role) {
        return handle.createQuery("SELECT count(*) FROM app_user WHERE role = ? AND disabled IS NULL").bind(0, role.name())
                .mapTo(Integer.class).one();
    }
}
