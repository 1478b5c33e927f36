package org.safeguard.core.app;

import java.util.List;
import org.safeguard.core.model.AuditEntry;

/**
 * Reading the audit trail: who read or changed which record, when. Reading it is itself
 * recorded on it, before the entries are read (so the latest entries include that read).
 * Implementations are thread-safe.
 */
public interface AuditService {
    /**
     * Entries of the trail, oldest first.
     *
     * @param entity   the kind of record asked about, as stored (e.g. {@code missing_episode}); null for the latest entries
     * @param entityId the record asked about; null for the latest entries
     * @param entries  the entries
     */
    record Trail(String entity, Long entityId, List<AuditEntry> entries) {
    }

    /** The latest {@code limit} entries (at least one), oldest first. */
    Trail latest(RequestContext ctx, int limit);

    /**
     * The latest {@code limit} entries of one record, oldest first. The kind may be written as
     * people say it ({@code person}, {@code missing}, {@code mail}) or as stored; a kind that has
     * no entries and is not one the core audits is refused, with the likely correction.
     */
    Trail forRecord(RequestContext ctx, String entity, long entityId, int limit);
}
