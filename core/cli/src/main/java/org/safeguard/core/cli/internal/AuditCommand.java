package org.safeguard.core.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.model.AuditEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard audit list}: the audit trail, who read or changed what and when. Reading it is itself audited. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit trail: who read or changed which record, when.",
        subcommands = {AuditCommand.ListEntries.class})
final class AuditCommand extends GroupCommand {

    /** The names people use for the kinds the store records, where they differ from the stored name. */
    private static final Map<String, String> ALIASES = Map.of("person", "person_of_concern", "missing", "missing_episode",
            "mail", "mail_message", "missing-episode", "missing_episode", "person-of-concern", "person_of_concern");

    /**
     * The kinds of record the core audits, for suggesting a correction when a kind has no
     * entries at all: a kind recorded later is still listed, because it is only checked then.
     */
    private static final List<String> KINDS = List.of("child", "case", "referral", "assessment", "missing_episode", "person_of_concern",
            "location", "decision", "meeting", "action", "mail_message", "disclosure", "plugin", "home", "audit");

    static Map<String, Object> toJson(AuditEntry a) {
        return Output.obj("id", a.id(), "at", a.at().toString(), "actor", a.actor(), "action", a.action(), "entity", a.entity(),
                "entityId", a.entityId(), "details", a.details());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The audit trail, newest last: its latest entries, or those of one record (--entity with --id).")
    static final class ListEntries implements Callable<Integer> {
        @ParentCommand AuditCommand parent;
        @Option(names = "--entity", paramLabel = "KIND", description = "The kind of record, e.g. child, case, missing_episode, person_of_concern, location, decision (with --id).") String entity;
        @Option(names = "--id", paramLabel = "ID", description = "The record's id (with --entity).") Long id;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most this many entries, the latest (default: ${DEFAULT-VALUE}).") int limit;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            if ((entity == null) != (id == null)) {
                throw InvalidInputException.of("refused", Problem.of(entity == null ? "id" : "entity", "--entity and --id go together"));
            }
            if (limit < 1) {
                throw InvalidInputException.of("refused", Problem.of("limit", "'" + limit + "' is not a positive number"));
            }
            String typed = entity == null ? null : entity.strip().toLowerCase(Locale.ROOT);
            String kind = typed == null ? null : ALIASES.getOrDefault(typed, typed);
            List<AuditEntry> entries = s.store().inTransaction(s.actor, tx -> {
                tx.audit().record("list", "audit", null, kind == null ? "limit=" + limit : "entity=" + kind + " id=" + id);
                if (kind == null) {
                    List<AuditEntry> latest = new ArrayList<>(tx.audit().latest(limit));
                    Collections.reverse(latest);
                    return latest;
                }
                List<AuditEntry> all = tx.audit().forEntity(kind, id);
                if (all.isEmpty() && !KINDS.contains(kind)) {
                    throw InvalidInputException.of("refused", new Problem("entity", "'" + entity + "' is not a kind of record ("
                            + String.join(", ", KINDS) + ")", Suggestions.closest(kind, KINDS).orElse(null)));
                }
                return all.subList(Math.max(0, all.size() - limit), all.size());
            });
            if (json) {
                Output.json(s.out, entries.stream().map(AuditCommand::toJson).toList());
                return 0;
            }
            if (entries.isEmpty()) {
                s.out.println("No audit entries for " + kind + " " + id + ".");
            }
            entries.forEach(a -> s.out.println(String.format("%-6d %s  %-16s %-16s %-18s %s", a.id(), Dates.local(a.at()), a.actor(), a.action(),
                    a.entity() + (a.entityId() == null ? "" : " " + a.entityId()), a.details()).stripTrailing()));
            return 0;
        }
    }
}
