package org.safeguard.core.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The exports of an area's records to table files: one row per file written, the document the
 * disclosure log names for it ({@code export}, this id, version 1). Append-only (the schema's
 * triggers refuse anything else); recording one is audited, its row sealed.
 */
public final class Exports {
    /** The kind of document an export is in the disclosure log. */
    public static final String DOCUMENT_KIND = "export";

    /**
     * One export as recorded.
     *
     * @param withNames whether children's names and dates of birth were in the file
     * @param rows      the rows written, the header not counted
     * @param fileName  the file's name (not its folder, which says nothing the log needs)
     */
    public record Entry(long id, String area, String kind, String format, boolean withNames, int rows, String fileName,
                        String exportedBy, Instant exported) {
        /** The document the disclosure log names for this export. */
        public DocumentRef document() {
            return DocumentRef.of(DOCUMENT_KIND, id, 1);
        }
    }

    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Exports(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /** Records an export written by the transaction's actor, and audits it ("export"). */
    public Entry record(String area, String kind, String format, boolean withNames, int rows, String fileName) {
        long id = handle.createUpdate("""
                INSERT INTO data_export (area, kind, format, with_names, rows, file_name, exported_by, exported)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, area).bind(1, kind).bind(2, format).bind(3, withNames ? 1 : 0).bind(4, rows).bind(5, fileName)
                .bind(6, audit.actor()).bind(7, now.toString()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("export", "export", id, "area=" + area + " kind=" + kind + " format=" + format + " rows=" + rows
                + (withNames ? " with names" : ""), AuditTrail.Sealed.EXPORT, id);
        return find(id).orElseThrow();
    }

    public Optional<Entry> find(long id) {
        return handle.createQuery("SELECT * FROM data_export WHERE id = ?").bind(0, id)
                .map((r, c) -> new Entry(r.getLong("id"), r.getString("area"), r.getString("kind"), r.getString("format"),
                        r.getInt("with_names") == 1, r.getInt("rows"), r.getString("file_name"), r.getString("exported_by"),
                        Instant.parse(r.getString("exported"))))
                .findOne();
    }
}
