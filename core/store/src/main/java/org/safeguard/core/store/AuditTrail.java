package org.safeguard.core.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.store.internal.Rows;

/**
 * The append-only audit trail. Entries name the action, the record and the fields touched —
 * never the values, which may be a child's details.
 */
public final class AuditTrail {
    private final Handle handle;
    private final String actor;
    private final Instant now;

    AuditTrail(Handle handle, String actor, Instant now) {
        this.handle = handle;
        this.actor = actor;
        this.now = now;
    }

    /** Who is acting in this transaction. */
    public String actor() {
        return actor;
    }

    public void record(String action, String entity, Long entityId, String details) {
        handle.createUpdate("INSERT INTO audit (at, actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(0, now.toString()).bind(1, actor).bind(2, action).bind(3, entity).bind(4, entityId)
                .bind(5, details == null ? "" : details).execute();
    }

    /** Records that a person read a record (showing a child or a case is itself audited). */
    public void read(String entity, long entityId) {
        record("read", entity, entityId, "");
    }

    public List<AuditEntry> latest(int limit) {
        return handle.createQuery("SELECT * FROM audit ORDER BY id DESC LIMIT ?").bind(0, limit).map(Rows::audit).list();
    }

    public List<AuditEntry> forEntity(String entity, long entityId) {
        return handle.createQuery("SELECT * FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id")
                .bind(0, entity).bind(1, entityId).map(Rows::audit).list();
    }
}
