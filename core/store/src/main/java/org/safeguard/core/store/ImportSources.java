package org.safeguard.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The rows imported from trackers, by area, kind and the id each row had there: what makes a
 * second import of the same file change nothing. Only ever added.
 */
public final class ImportSources {
    /** A row imported before: the record it became and the fingerprint of its cells then. */
    public record Imported(String sourceId, long recordId, String fingerprint) {
    }

    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    ImportSources(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /** The rows of these source ids imported before, by source id, in one query per 500 ids. */
    public Map<String, Imported> find(String area, String kind, Collection<String> sourceIds) {
        Map<String, Imported> out = new HashMap<>();
        List<String> ids = List.copyOf(sourceIds);
        for (int i = 0; i < ids.size(); i += 500) {
            handle.createQuery("SELECT source_id, record_id, fingerprint FROM import_source WHERE area = :area AND kind = :kind AND source_id IN (<ids>)")
                    .bind("area", area).bind("kind", kind).bindList("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
                    .map((r, c) -> new Imported(r.getString(1), r.getLong(2), r.getString(3)))
                    .forEach(x -> out.put(x.sourceId(), x));
        }
        return out;
    }

    /** Records that a row became a record. */
    public void add(String area, String kind, String sourceId, long recordId, String fingerprint) {
        handle.createUpdate("""
                INSERT INTO import_source (area, kind, source_id, record_id, fingerprint, imported, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").bind(0, area).bind(1, kind).bind(2, sourceId).bind(3, recordId)
                .bind(4, fingerprint).bind(5, now.toString()).bind(6, audit.actor()).execute();
    }
}
