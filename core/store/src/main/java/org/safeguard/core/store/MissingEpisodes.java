package org.safeguard.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.model.MissingEpisode;
import org.safeguard.core.store.internal.Rows;

/** Missing episodes of a child, their return and the return interview. */
public final class MissingEpisodes {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    MissingEpisodes(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    public MissingEpisode add(long childId, Instant started, Instant returned, String whereFound, boolean interviewRequired) {
        if (returned != null && returned.isBefore(started)) {
            throw new SafeguardException("the return is before the start of the missing episode");
        }
        long id = handle.createUpdate("""
                INSERT INTO missing_episode (child_id, started, returned, where_found, return_interview_required, recorded)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .bind(0, childId).bind(1, started.toString()).bind(2, returned == null ? null : returned.toString())
                .bind(3, whereFound).bind(4, interviewRequired ? 1 : 0).bind(5, now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("add", "missing_episode", id, "child=" + childId);
        return require(id);
    }

    public MissingEpisode recordReturn(long id, Instant returned, String whereFound) {
        MissingEpisode e = require(id);
        if (!e.open()) {
            throw new SafeguardException("missing episode " + id + " already has a return recorded");
        }
        if (returned.isBefore(e.started())) {
            throw new SafeguardException("the return is before the start of the missing episode");
        }
        handle.createUpdate("UPDATE missing_episode SET returned = ?, where_found = ? WHERE id = ?")
                .bind(0, returned.toString()).bind(1, whereFound).bind(2, id).execute();
        audit.record("return", "missing_episode", id, "");
        return require(id);
    }

    public MissingEpisode recordInterview(long id, Instant held) {
        MissingEpisode e = require(id);
        if (e.open()) {
            throw new SafeguardException("a return interview follows the return; record the return of episode " + id + " first");
        }
        handle.createUpdate("UPDATE missing_episode SET return_interview_held = ? WHERE id = ?").bind(0, held.toString()).bind(1, id).execute();
        audit.record("return-interview", "missing_episode", id, "");
        return require(id);
    }

    public Optional<MissingEpisode> find(long id) {
        return handle.createQuery("SELECT * FROM missing_episode WHERE id = ?").bind(0, id).map(Rows::missing).findOne();
    }

    public MissingEpisode require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no missing episode with id " + id));
    }

    /** Every missing episode of these children, by child then start, in one query. */
    public List<MissingEpisode> forChildren(Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT * FROM missing_episode WHERE child_id IN (<ids>) ORDER BY child_id, started")
                .bindList("ids", List.copyOf(childIds)).map(Rows::missing).list();
    }

    public List<MissingEpisode> forChild(long childId) {
        return handle.createQuery("SELECT * FROM missing_episode WHERE child_id = ? ORDER BY started")
                .bind(0, childId).map(Rows::missing).list();
    }

    /** Every child's episodes, in one query. */
    public List<MissingEpisode> all() {
        return handle.createQuery("SELECT * FROM missing_episode ORDER BY started, id").map(Rows::missing).list();
    }
}
