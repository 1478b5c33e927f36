package org.safeguard.core.store;

import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.model.Child;
import org.safeguard.core.store.internal.Json;
import org.safeguard.core.store.internal.Rows;

/** Children: recorded once, looked up by id; each gets a non-identifying reference. */
public final class Children {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Children(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    public Child add(NewChild c) {
        long id = handle.createUpdate("""
                INSERT INTO child (reference, family_name, given_name, middle_names, alternative_names, date_of_birth,
                    gender, ethnicity, address, looked_after_status, legal_status, disability, education_status, school,
                    allocated_worker, home_area, host_area, recorded)
                VALUES ('pending-' || hex(randomblob(8)), :family, :given, :middle, :aliases, :dob, :gender, :ethnicity,
                    :address, :lookedAfter, :legal, :disability, :education, :school, :worker, :home, :host, :recorded)""")
                .bind("family", c.familyName()).bind("given", c.givenName()).bind("middle", c.middleNames())
                .bind("aliases", Json.write(c.alternativeNames()))
                .bind("dob", c.dateOfBirth() == null ? null : c.dateOfBirth().toString())
                .bind("gender", c.gender()).bind("ethnicity", c.ethnicity()).bind("address", c.address())
                .bind("lookedAfter", c.lookedAfterStatus()).bind("legal", c.legalStatus()).bind("disability", c.disability())
                .bind("education", c.educationStatus()).bind("school", c.school()).bind("worker", c.allocatedWorker())
                .bind("home", c.homeArea()).bind("host", c.hostArea()).bind("recorded", now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        handle.createUpdate("UPDATE child SET reference = ? WHERE id = ?").bind(0, reference(id)).bind(1, id).execute();
        audit.record("add", "child", id, "");
        return require(id);
    }

    /** A reference that says nothing about the child, safe for subjects and file names. */
    static String reference(long id) {
        return String.format("C%05d", id);
    }

    public Optional<Child> find(long id) {
        return handle.createQuery("SELECT * FROM child WHERE id = ?").bind(0, id).map(Rows::child).findOne();
    }

    public Child require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no child with id " + id));
    }

    public List<Child> list() {
        return handle.createQuery("SELECT * FROM child ORDER BY id").map(Rows::child).list();
    }

    /** The children with these ids, by id, in one query (those that do not exist are absent). */
    public Map<Long, Child> withIds(Collection<Long> ids) {
        Map<Long, Child> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            handle.createQuery("SELECT * FROM child WHERE id IN (<ids>) ORDER BY id").bindList("ids", List.copyOf(ids))
                    .map(Rows::child).forEach(c -> out.put(c.id(), c));
        }
        return out;
    }
}
