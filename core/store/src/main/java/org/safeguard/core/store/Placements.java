package org.safeguard.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.model.Placement;
import org.safeguard.core.store.internal.Rows;

/** Placements of children in another authority's area: only added. */
public final class Placements {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Placements(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    public Placement add(long childId, String hostArea, LocalDate placedOn) {
        long id = handle.createUpdate("INSERT INTO placement (child_id, host_area, placed_on, recorded_by, recorded) VALUES (?, ?, ?, ?, ?)")
                .bind(0, childId).bind(1, hostArea).bind(2, placedOn.toString()).bind(3, audit.actor()).bind(4, now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("add", "placement", id, "child=" + childId, AuditTrail.Sealed.PLACEMENT, id);
        return handle.createQuery("SELECT * FROM placement WHERE id = ?").bind(0, id).map(Rows::placement).one();
    }

    /** The placements of these children in one query, by child then day (the latest last). */
    public List<Placement> forChildren(Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT * FROM placement WHERE child_id IN (<ids>) ORDER BY child_id, placed_on, id")
                .bindList("ids", List.copyOf(childIds)).map(Rows::placement).list();
    }
}
