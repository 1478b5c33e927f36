package org.safeguard.core.app.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.app.AuditService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.store.AuditTrail;

/** {@link AuditService} over the store's trail. */
final class AuditServiceImpl implements AuditService {
    /** The names people use for the kinds the store records, where they differ from the stored name. */
    private static final Map<String, String> ALIASES = Map.of("person", "person_of_concern", "missing", "missing_episode",
            "mail", "mail_message", "missing-episode", "missing_episode", "person-of-concern", "person_of_concern");

    /**
     * The kinds of record the core audits, for suggesting a correction when a kind has no
     * entries at all: a kind recorded later is still listed, because it is only checked then.
     */
    private static final List<String> KINDS = List.of("child", "case", "referral", "assessment", "missing_episode", "person_of_concern",
            "location", "decision", "meeting", "action", "mail_message", "disclosure", "plugin", "home", "audit");

    private final Wiring w;

    AuditServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public Trail latest(RequestContext ctx, int limit) {
        positive(limit);
        return w.inTransaction(ctx, tx -> {
            tx.audit().record("list", "audit", null, "limit=" + limit);
            List<AuditEntry> latest = new ArrayList<>(tx.audit().latest(limit));
            Collections.reverse(latest);
            return new Trail(null, null, List.copyOf(latest));
        });
    }

    @Override
    public Trail forRecord(RequestContext ctx, String entity, long entityId, int limit) {
        positive(limit);
        String typed = Objects.requireNonNull(entity, "entity").strip().toLowerCase(Locale.ROOT);
        String kind = ALIASES.getOrDefault(typed, typed);
        return w.inTransaction(ctx, tx -> {
            tx.audit().record("list", "audit", null, "entity=" + kind + " id=" + entityId);
            List<AuditEntry> all = tx.audit().forEntity(kind, entityId);
            if (all.isEmpty() && !KINDS.contains(kind)) {
                throw InvalidInputException.of("refused", new Problem("entity", "'" + entity + "' is not a kind of record ("
                        + String.join(", ", KINDS) + ")", Suggestions.closest(kind, KINDS).orElse(null)));
            }
            return new Trail(kind, entityId, List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size())));
        });
    }

    @Override
    public Verification verify(RequestContext ctx, Long anchorId, String anchorSeal) {
        if ((anchorId == null) != (anchorSeal == null || anchorSeal.isBlank())) {
            throw InvalidInputException.of("refused", Problem.of("anchor", "give an entry's id and its seal together (ID:SEAL)"));
        }
        // the whole trail is read from one snapshot that holds no write lock: other commands carry on meanwhile
        AuditTrail.Verification v = w.read(ctx, tx -> tx.audit().verify(anchorId,
                anchorSeal == null ? null : anchorSeal.strip().toLowerCase(Locale.ROOT)));
        w.inTransaction(ctx, tx -> {
            tx.audit().record("verify", "audit", null, (anchorId == null ? "" : "anchor=" + anchorId + " ")
                    + (v.intact() ? "intact" : "not intact"));
            return null;
        });
        return new Verification(v.entries(), v.unsealed(), v.records(), v.problems(), v.headId(), v.headSeal(), v.anchor());
    }

    private static void positive(int limit) {
        if (limit < 1) {
            throw InvalidInputException.of("refused", Problem.of("limit", "'" + limit + "' is not a positive number"));
        }
    }
}
