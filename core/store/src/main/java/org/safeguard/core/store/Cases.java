package org.safeguard.core.store;

import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.CaseStatus;
import org.safeguard.core.store.internal.Rows;

/** Cases: one child in one area; at most one open at a time per child and area. */
public final class Cases {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Cases(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /** Opens a case for a child in an area, numbered as the area numbers its cases. */
    public CaseRecord open(long childId, AreaDescriptor inArea, LocalDate opened) {
        String area = inArea.id();
        if (openFor(childId, area).isPresent()) {
            throw new SafeguardException("the child already has an open case in " + area);
        }
        long id = handle.createUpdate("""
                INSERT INTO safeguarding_case (reference, child_id, area, status, opened, recorded)
                VALUES ('pending-' || hex(randomblob(8)), ?, ?, 'OPEN', ?, ?)""")
                .bind(0, childId).bind(1, area).bind(2, opened.toString()).bind(3, now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        handle.createUpdate("UPDATE safeguarding_case SET reference = ? WHERE id = ?")
                .bind(0, inArea.caseReference(id)).bind(1, id).execute();
        audit.record("open", "case", id, "area=" + area);
        return require(id);
    }

    public Optional<CaseRecord> openFor(long childId, String area) {
        return handle.createQuery("SELECT * FROM safeguarding_case WHERE child_id = ? AND area = ? AND status = 'OPEN'")
                .bind(0, childId).bind(1, area).map(Rows::caseRecord).findOne();
    }

    public Optional<CaseRecord> find(long id) {
        return handle.createQuery("SELECT * FROM safeguarding_case WHERE id = ?").bind(0, id).map(Rows::caseRecord).findOne();
    }

    public CaseRecord require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no case with id " + id));
    }

    public List<CaseRecord> list() {
        return handle.createQuery("SELECT * FROM safeguarding_case ORDER BY id").map(Rows::caseRecord).list();
    }

    /** The open cases of an area, or of every area when {@code area} is null, in id order. */
    public List<CaseRecord> open(String area) {
        return area == null
                ? handle.createQuery("SELECT * FROM safeguarding_case WHERE status = 'OPEN' ORDER BY id").map(Rows::caseRecord).list()
                : handle.createQuery("SELECT * FROM safeguarding_case WHERE status = 'OPEN' AND area = ? ORDER BY id").bind(0, area)
                        .map(Rows::caseRecord).list();
    }

    /** Priorities from lowest: a case is raised, never lowered, by its area's rules. */
    public static final List<String> PRIORITIES = List.of("normal", "high", "urgent");

    /** Raises the case's priority to {@code level} when that is higher; says whether it changed. */
    public boolean raisePriority(long id, String level) {
        if (!PRIORITIES.contains(level)) {
            throw new IllegalArgumentException("no priority " + level);
        }
        CaseRecord c = require(id);
        if (PRIORITIES.indexOf(level) <= PRIORITIES.indexOf(c.priority())) {
            return false;
        }
        handle.createUpdate("UPDATE safeguarding_case SET priority = ? WHERE id = ?").bind(0, level).bind(1, id).execute();
        audit.record("raise-priority", "case", id, c.priority() + " -> " + level);
        return true;
    }

    public List<CaseRecord> forChild(long childId) {
        return handle.createQuery("SELECT * FROM safeguarding_case WHERE child_id = ? ORDER BY id")
                .bind(0, childId).map(Rows::caseRecord).list();
    }

    /** Closes an open case with a reason; a closed case is not reopened (a new referral opens a new case). */
    public CaseRecord close(long id, CaseStatus how, String reason, LocalDate on) {
        if (how == CaseStatus.OPEN) {
            throw new IllegalArgumentException("closing needs a closed status");
        }
        CaseRecord c = require(id);
        if (c.status() != CaseStatus.OPEN) {
            throw new SafeguardException("case " + c.reference() + " is already " + c.status().name().toLowerCase());
        }
        handle.createUpdate("UPDATE safeguarding_case SET status = ?, closed = ?, close_reason = ? WHERE id = ?")
                .bind(0, how.name()).bind(1, on.toString()).bind(2, reason).bind(3, id).execute();
        audit.record(how.name().toLowerCase(), "case", id, "");
        return require(id);
    }

    /** The cases with these ids, by id, in one query (those that do not exist are absent). */
    public Map<Long, CaseRecord> withIds(Collection<Long> ids) {
        Map<Long, CaseRecord> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            handle.createQuery("SELECT * FROM safeguarding_case WHERE id IN (<ids>) ORDER BY id").bindList("ids", List.copyOf(ids))
                    .map(Rows::caseRecord).forEach(c -> out.put(c.id(), c));
        }
        return out;
    }
}
