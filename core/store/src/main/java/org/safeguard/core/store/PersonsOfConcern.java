package org.safeguard.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.model.PersonOfConcern;
import org.safeguard.core.store.internal.Json;
import org.safeguard.core.store.internal.Rows;

/** Persons of concern (alleged or known offenders, suspects) and their links to children. */
public final class PersonsOfConcern {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    PersonsOfConcern(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    public PersonOfConcern add(String name, List<String> aliases, LocalDate dateOfBirth, String gender,
                               String gangAffiliation, String offendingHistory) {
        return add(name, aliases, dateOfBirth, gender, gangAffiliation, offendingHistory, null, null, null);
    }

    /**
     * Records a person of concern.
     *
     * @param ethnicity a code of the area's ethnicity list, or null
     * @param referred  when they were referred to the panel as an offender or suspect, or null
     * @param area      the area that referred them, or null
     */
    public PersonOfConcern add(String name, List<String> aliases, LocalDate dateOfBirth, String gender,
                               String gangAffiliation, String offendingHistory, String ethnicity, LocalDate referred, String area) {
        long id = handle.createUpdate("""
                INSERT INTO person_of_concern (reference, name, aliases, date_of_birth, gender, gang_affiliation,
                    offending_history, recorded, ethnicity, referred, area)
                VALUES ('pending-' || hex(randomblob(8)), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, name).bind(1, Json.write(aliases == null ? List.of() : aliases))
                .bind(2, dateOfBirth == null ? null : dateOfBirth.toString()).bind(3, gender).bind(4, gangAffiliation)
                .bind(5, offendingHistory).bind(6, now.toString()).bind(7, ethnicity)
                .bind(8, referred == null ? null : referred.toString()).bind(9, area)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        handle.createUpdate("UPDATE person_of_concern SET reference = ? WHERE id = ?").bind(0, String.format("P%05d", id)).bind(1, id).execute();
        audit.record("add", "person_of_concern", id, "");
        return require(id);
    }

    public PersonOfConcern require(long id) {
        return handle.createQuery("SELECT * FROM person_of_concern WHERE id = ?").bind(0, id).map(Rows::person).findOne()
                .orElseThrow(() -> new NotFoundException("no person of concern with id " + id));
    }

    public void linkChild(long personId, long childId, String relationship) {
        handle.createUpdate("INSERT OR IGNORE INTO person_child_link (person_id, child_id, relationship, recorded) VALUES (?, ?, ?, ?)")
                .bind(0, personId).bind(1, childId).bind(2, relationship).bind(3, now.toString()).execute();
        audit.record("link", "person_of_concern", personId, "child=" + childId);
    }

    /** The persons linked to each of these children (children with none are absent), in one query. */
    public Map<Long, List<PersonOfConcern>> linkedToChildren(Collection<Long> childIds) {
        Map<Long, List<PersonOfConcern>> out = new LinkedHashMap<>();
        if (!childIds.isEmpty()) {
            handle.createQuery("""
                    SELECT l.child_id AS linked_child, p.* FROM person_of_concern p JOIN person_child_link l ON l.person_id = p.id
                    WHERE l.child_id IN (<ids>) ORDER BY l.child_id, p.id""").bindList("ids", List.copyOf(childIds))
                    .map((r, ctx) -> Map.entry(r.getLong("linked_child"), Rows.person(r, ctx)))
                    .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return out;
    }

    public List<PersonOfConcern> linkedTo(long childId) {
        return handle.createQuery("""
                SELECT p.* FROM person_of_concern p JOIN person_child_link l ON l.person_id = p.id
                WHERE l.child_id = ? ORDER BY p.id""").bind(0, childId).map(Rows::person).list();
    }
}
