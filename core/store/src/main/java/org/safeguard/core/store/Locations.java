package org.safeguard.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.model.Location;
import org.safeguard.core.model.LocationKind;
import org.safeguard.core.store.internal.Rows;

/** Locations and their links to children and persons of concern. */
public final class Locations {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Locations(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    public Location add(LocationKind kind, String description, String address, String postcode) {
        long id = handle.createUpdate("INSERT INTO location (kind, description, address, postcode, recorded) VALUES (?, ?, ?, ?, ?)")
                .bind(0, kind.name()).bind(1, description).bind(2, address).bind(3, postcode).bind(4, now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("add", "location", id, "kind=" + kind);
        return require(id);
    }

    public Location require(long id) {
        return handle.createQuery("SELECT * FROM location WHERE id = ?").bind(0, id).map(Rows::location).findOne()
                .orElseThrow(() -> new NotFoundException("no location with id " + id));
    }

    public void linkChild(long locationId, long childId) {
        handle.createUpdate("INSERT INTO location_link (location_id, child_id, recorded) VALUES (?, ?, ?)")
                .bind(0, locationId).bind(1, childId).bind(2, now.toString()).execute();
        audit.record("link", "location", locationId, "child=" + childId);
    }

    public void linkPerson(long locationId, long personId) {
        handle.createUpdate("INSERT INTO location_link (location_id, person_id, recorded) VALUES (?, ?, ?)")
                .bind(0, locationId).bind(1, personId).bind(2, now.toString()).execute();
        audit.record("link", "location", locationId, "person=" + personId);
    }

    public List<Location> forChild(long childId) {
        return handle.createQuery("""
                SELECT DISTINCT l.* FROM location l JOIN location_link k ON k.location_id = l.id
                WHERE k.child_id = ? ORDER BY l.id""").bind(0, childId).map(Rows::location).list();
    }

    /** The locations linked to each of these children (children with none are absent), in one query. */
    public Map<Long, List<Location>> forChildren(Collection<Long> childIds) {
        Map<Long, List<Location>> out = new LinkedHashMap<>();
        if (!childIds.isEmpty()) {
            handle.createQuery("""
                    SELECT DISTINCT k.child_id AS linked_child, l.* FROM location l JOIN location_link k ON k.location_id = l.id
                    WHERE k.child_id IN (<ids>) ORDER BY k.child_id, l.id""").bindList("ids", List.copyOf(childIds))
                    .map((r, ctx) -> Map.entry(r.getLong("linked_child"), Rows.location(r, ctx)))
                    .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return out;
    }

    public List<Location> forPerson(long personId) {
        return handle.createQuery("""
                SELECT DISTINCT l.* FROM location l JOIN location_link k ON k.location_id = l.id
                WHERE k.person_id = ? ORDER BY l.id""").bind(0, personId).map(Rows::location).list();
    }
}
