package org.safeguard.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.store.internal.Rows;

/**
 * The append-only audit trail. Entries name the action, the record and the fields touched —
 * never the values, which may be a child's details.
 *
 * <p>The trail is a hash chain: each entry's {@code seal} is the SHA-256 of the previous entry's
 * seal and its own fields, and an entry that records a protected record ({@link Sealed}) also
 * carries a digest of that record's row as written. {@link #verify} recomputes both, so an
 * entry or a protected record changed, removed or inserted behind the application's back is
 * found and named. Someone able to rewrite the database file can recompute the whole chain; the
 * head seal {@link Verification} reports, written down elsewhere, is the anchor that catches that.
 */
public final class AuditTrail {
    /** The tables whose rows an entry can vouch for: never changed once written. */
    public enum Sealed {
        ASSESSMENT("assessment"), CLASSIFICATION("classification"), DECISION("decision"), DISCLOSURE("disclosure"),
        DISCLOSURE_OUTCOME("disclosure_outcome"), MEETING_DOCUMENT("meeting_document"), INSTRUMENT_VERSION("instrument_version"),
        DOCUMENT_COPY("document_copy"), CASE_FORM("case_form"), CASE_OUTCOME("case_outcome"),
        CHECKLIST_VERSION("checklist_version"), SCREENING("screening"), PLACEMENT("placement"), RULE_FIRING("rule_firing"), PLAN("plan"), EXPORT("data_export");

        final String table;

        Sealed(String table) {
            this.table = table;
        }

        static Optional<Sealed> of(String table) {
            for (Sealed s : values()) {
                if (s.table.equals(table)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * What a verification found.
     *
     * @param entries  entries checked against the chain
     * @param unsealed entries written before the trail was sealed (schema version 6), not covered
     * @param records  protected records checked against their entry's digest
     * @param problems what no longer matches, oldest first (at most {@value #MAX_PROBLEMS}); empty when all is intact
     * @param headId   the newest entry's id (0 when none is sealed)
     * @param headSeal the newest entry's seal: write it down to check later that nothing before it was rewritten
     * @param anchor   whether the anchor asked for matched (true when none was asked for)
     */
    public record Verification(int entries, int unsealed, int records, List<String> problems, long headId, String headSeal, boolean anchor) {
        public Verification {
            problems = List.copyOf(problems);
        }

        public boolean intact() {
            return problems.isEmpty() && anchor;
        }
    }

    private static final int MAX_PROBLEMS = 20;
    private static final int PAGE = 1_000;
    private static final char SEP = '\u001f';

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
        record(action, entity, entityId, details, null, 0);
    }

    /** Records an entry that vouches for a protected record: the row with this rowid in {@code sealed}'s table, as it is now. */
    public void record(String action, String entity, Long entityId, String details, Sealed sealed, long rowId) {
        String digest = sealed == null ? null : rowDigest(sealed, rowId).orElseThrow(
                () -> new IllegalStateException("no " + sealed.table + " row " + rowId + " to seal"));
        Map<String, Object> head = handle.createQuery("SELECT id, seal FROM audit ORDER BY id DESC LIMIT 1").mapToMap().findOne().orElse(Map.of());
        long id = head.isEmpty() ? 1 : ((Number) head.get("id")).longValue() + 1;
        String text = details == null ? "" : details;
        String at = now.toString();
        String seal = seal((String) head.get("seal"), id, at, actor, action, entity, entityId, text, sealed == null ? null : sealed.table,
                sealed == null ? null : rowId, digest);
        handle.createUpdate("""
                INSERT INTO audit (id, at, actor, action, entity, entity_id, details, sealed_table, sealed_row, record_digest, seal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, id).bind(1, at).bind(2, actor).bind(3, action).bind(4, entity).bind(5, entityId).bind(6, text)
                .bind(7, sealed == null ? null : sealed.table).bind(8, sealed == null ? null : rowId).bind(9, digest).bind(10, seal).execute();
    }

    /**
     * The newest entry that records a change (not a read, listing, export or check): what
     * changed since a snapshot was read, work done on that snapshot can tell by comparing it.
     */
    public long lastChange() {
        return handle.createQuery("SELECT id FROM audit WHERE action NOT IN ('read', 'list', 'export', 'verify') ORDER BY id DESC LIMIT 1")
                .mapTo(Long.class).findOne().orElse(0L);
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

    /**
     * Recomputes the chain from its first sealed entry and every protected record's digest, a
     * page of entries at a time (memory does not grow with the trail). {@code anchorId} and
     * {@code anchorSeal}, when given, are a head reported earlier: the entry must still carry
     * that seal.
     */
    public Verification verify(Long anchorId, String anchorSeal) {
        List<String> problems = new ArrayList<>();
        int entries = 0;
        int unsealed = 0;
        int records = 0;
        String previous = null;
        long previousId = 0;
        boolean sealing = false;
        boolean anchor = anchorId == null;
        long after = 0;
        while (true) {
            List<Map<String, Object>> page = handle.createQuery("SELECT * FROM audit WHERE id > ? ORDER BY id LIMIT ?")
                    .bind(0, after).bind(1, PAGE).mapToMap().list();
            if (page.isEmpty()) {
                break;
            }
            for (Map<String, Object> e : page) {
                long id = ((Number) e.get("id")).longValue();
                after = id;
                String stored = (String) e.get("seal");
                if (stored == null) {
                    if (sealing) {
                        problem(problems, "audit entry " + id + " carries no seal: it was added outside Safeguard");
                    } else {
                        unsealed++;
                    }
                    previousId = id;
                    continue;
                }
                if (sealing && id != previousId + 1) {
                    problem(problems, (id - 1 > previousId + 1 ? "audit entries " + (previousId + 1) + " to " + (id - 1) + " are"
                            : "audit entry " + (previousId + 1) + " is") + " missing: removed outside Safeguard");
                }
                sealing = true;
                entries++;
                String table = (String) e.get("sealed_table");
                Long row = e.get("sealed_row") == null ? null : ((Number) e.get("sealed_row")).longValue();
                String digest = (String) e.get("record_digest");
                Object entityId = e.get("entity_id");
                String expected = seal(previous, id, (String) e.get("at"), (String) e.get("actor"), (String) e.get("action"),
                        (String) e.get("entity"), entityId == null ? null : ((Number) entityId).longValue(), (String) e.get("details"),
                        table, row, digest);
                if (!expected.equals(stored)) {
                    problem(problems, "audit entry " + id + " (" + e.get("at") + ", " + e.get("action") + " " + e.get("entity")
                            + ") no longer matches the trail: it was changed outside Safeguard, or an entry before it was");
                }
                if (table != null) {
                    records++;
                    Optional<List<String>> now = Sealed.of(table).flatMap(s -> rowDigests(s, row));
                    if (now.isEmpty()) {
                        problem(problems, table + " " + row + " is gone, though audit entry " + id + " recorded it");
                    } else if (!now.get().contains(digest)) {
                        problem(problems, table + " " + row + " no longer matches what audit entry " + id + " recorded on " + e.get("at")
                                + ": it was changed outside Safeguard");
                    }
                }
                if (anchorId != null && id == anchorId) {
                    anchor = stored.equals(anchorSeal);
                    if (!anchor) {
                        problem(problems, "audit entry " + id + " no longer carries the seal noted for it: the trail up to it was rewritten");
                    }
                }
                previous = stored;
                previousId = id;
            }
        }
        if (anchorId != null && anchorId > previousId) {
            anchor = false;
            problem(problems, "there is no audit entry " + anchorId + ": the trail was cut short");
        }
        return new Verification(entries, unsealed, records, problems, sealing ? previousId : 0, previous, anchor);
    }

    private static void problem(List<String> problems, String problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    /**
     * The columns a migration added to a sealed table after rows were sealed in it, with the value
     * those rows read as since (null for none). A row sealed before the column existed was
     * digested without it, so verifying also accepts the digest that leaves such a column out
     * while it holds that value; any change from the value is still caught. A migration that adds
     * a column to a sealed table adds it here.
     */
    private static final Map<String, Map<String, String>> ADDED_LATER = Map.of(
            "decision", Collections.singletonMap("approved_by", null),   // V11
            "screening", Map.of("notes", "{}"));                         // V15

    /** The digest of one protected row as it stands: every column, by name, with its SQLite type. */
    private Optional<String> rowDigest(Sealed sealed, long rowId) {
        return rowDigests(sealed, rowId).map(d -> d.get(0));
    }

    /**
     * The digests one protected row may have been sealed with: of every column (as it is sealed
     * now), then, for a table a later migration added columns to, without those columns while
     * they hold the value the earlier rows took.
     */
    private Optional<List<String>> rowDigests(Sealed sealed, long rowId) {
        Map<String, String> later = ADDED_LATER.getOrDefault(sealed.table, Map.of());
        return handle.createQuery("SELECT * FROM " + sealed.table + " WHERE rowid = ?").bind(0, rowId)
                .map((ResultSet r, org.jdbi.v3.core.statement.StatementContext ctx) -> later.isEmpty()
                        ? List.of(sha256(canonical(r, Map.of()))) : List.of(sha256(canonical(r, Map.of())), sha256(canonical(r, later))))
                .findOne();
    }

    /** Every column by name with its SQLite type, less those of {@code skip} that hold the value given there. */
    private static String canonical(ResultSet r, Map<String, String> skip) throws SQLException {
        ResultSetMetaData meta = r.getMetaData();
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object v = r.getObject(i);
            String column = meta.getColumnName(i);
            if (skip.containsKey(column) && java.util.Objects.equals(skip.get(column), v == null ? null : v.toString())) {
                continue;
            }
            b.append(meta.getColumnName(i)).append('=');
            if (v == null) {
                b.append('\u0000');
            } else if (v instanceof byte[] bytes) {
                b.append("x:").append(HexFormat.of().formatHex(bytes));
            } else if (v instanceof Number n) {
                b.append(n instanceof Double || n instanceof Float ? "r:" : "i:").append(n);
            } else {
                b.append("t:").append(v);
            }
            b.append(SEP);
        }
        return b.toString();
    }

    private static String seal(String previous, long id, String at, String actor, String action, String entity, Long entityId, String details,
                               String table, Long row, String digest) {
        StringBuilder b = new StringBuilder();
        for (Object v : new Object[] {previous, id, at, actor, action, entity, entityId, details, table, row, digest}) {
            b.append(v == null ? "\u0000" : v.toString()).append(SEP);
        }
        return sha256(b.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
