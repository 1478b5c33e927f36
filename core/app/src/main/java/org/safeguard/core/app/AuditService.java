package org.safeguard.core.app;

import java.util.List;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.Role;

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
    @Needs({Role.AUDITOR, Role.ADMINISTRATOR})
    Trail latest(RequestContext ctx, int limit);

    /**
     * The latest {@code limit} entries of one record, oldest first. The kind may be written as
     * people say it ({@code person}, {@code missing}, {@code mail}) or as stored; a kind that has
     * no entries and is not one the core audits is refused, with the likely correction.
     */
    @Needs({Role.AUDITOR, Role.ADMINISTRATOR})
    Trail forRecord(RequestContext ctx, String entity, long entityId, int limit);

    /**
     * Checks that the trail and the protected records it vouches for (final assessments,
     * classifications, decisions, the disclosure log, document versions, instrument versions) are
     * as Safeguard wrote them: the hash chain is recomputed from its first sealed entry and every
     * record's digest compared. {@code anchorId} and {@code anchorSeal} (both or neither) are a
     * head reported by an earlier verification and noted elsewhere: that entry must still carry
     * that seal, which catches a trail recomputed wholesale. The check is itself audited.
     */
    @Needs({Role.AUDITOR, Role.ADMINISTRATOR})
    Verification verify(RequestContext ctx, Long anchorId, String anchorSeal);

    /**
     * What a verification found.
     *
     * @param entries  entries checked against the chain
     * @param unsealed entries written before the trail was sealed, not covered
     * @param records  protected records checked against the digest their entry recorded
     * @param problems what no longer matches, oldest first (the first twenty); empty when intact
     * @param headId   the newest entry checked (0 when none)
     * @param headSeal its seal, to note elsewhere as an anchor for a later check
     * @param anchor   whether the anchor given matched (true when none was given)
     */
    record Verification(int entries, int unsealed, int records, List<String> problems, long headId, String headSeal, boolean anchor) {
        public Verification {
            problems = List.copyOf(problems);
        }

        /** Nothing is changed, missing or added, and the anchor (if any) holds. */
        public boolean intact() {
            return problems.isEmpty() && anchor;
        }
    }
}
