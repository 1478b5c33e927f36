package org.safeguard.core.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.app.AuditService;
import org.safeguard.core.model.AuditEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard audit list}: the audit trail, who read or changed what and when. Reading it is itself audited. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit trail: who read or changed which record, when.",
        subcommands = {AuditCommand.ListEntries.class, AuditCommand.Verify.class})
final class AuditCommand extends GroupCommand {

    static Map<String, Object> toJson(AuditEntry a) {
        return Output.obj("id", a.id(), "at", a.at().toString(), "actor", a.actor(), "action", a.action(), "entity", a.entity(),
                "entityId", a.entityId(), "details", a.details());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The audit trail, newest last: its latest entries, or those of one record (--entity with --id).")
    static final class ListEntries implements Callable<Integer> {
        @ParentCommand AuditCommand parent;
        @Option(names = "--entity", paramLabel = "KIND", description = "The kind of record, e.g. child, case, missing_episode, person_of_concern, location, decision (with --id).") String entity;
        @Option(names = "--id", paramLabel = "ID", converter = Ids.AnyRecord.class, description = "The record: its number, or the reference the lists print (C00003, CSE-00004, M00001, …) (with --entity).") Ids.Ref id;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most this many entries, the latest (default: ${DEFAULT-VALUE}).") int limit;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            if ((entity == null) != (id == null)) {
                throw InvalidInputException.of("refused", Problem.of(entity == null ? "id" : "entity", "--entity and --id go together"));
            }
            AuditService.Trail trail = entity == null ? s.app().audit().latest(s.ctx(), limit)
                    : s.app().audit().forRecord(s.ctx(), entity, Ids.ofEntity(s, entity, id), limit);
            List<AuditEntry> entries = trail.entries();
            if (json) {
                Output.json(s.out, entries.stream().map(AuditCommand::toJson).toList());
                return 0;
            }
            if (entries.isEmpty()) {
                s.out.println("No audit entries for " + trail.entity() + " " + trail.entityId() + ".");
                return 0;
            }
            s.out.println(String.format("%-6s %-16s  %-16s %-16s %-18s %s", "ID", "AT", "ACTOR", "ACTION", "RECORD", "DETAILS"));
            entries.forEach(a -> s.out.println(String.format("%-6d %s  %-16s %-16s %-18s %s", a.id(), Dates.local(a.at()), a.actor(), a.action(),
                    a.entity() + (a.entityId() == null ? "" : " " + a.entityId()), a.details()).stripTrailing()));
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check that the audit trail and the records it vouches for (final assessments, classifications, decisions,",
                    "the disclosure log, document and instrument versions) are as Safeguard wrote them. Exits 1 naming the first",
                    "entry or record that no longer matches. Note the head it prints somewhere else: --anchor ID:SEAL checks later",
                    "that nothing up to it was rewritten."})
    static final class Verify implements Callable<Integer> {
        @ParentCommand AuditCommand parent;
        @Option(names = "--anchor", paramLabel = "ID:SEAL", description = "A head printed by an earlier verify.") String anchor;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Long anchorId = null;
            String anchorSeal = null;
            if (anchor != null) {
                String[] parts = anchor.strip().split(":", 2);
                if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-fA-F]{64}")) {
                    throw InvalidInputException.of("refused", Problem.of("anchor", "'" + anchor + "' is not ID:SEAL as verify prints it"));
                }
                anchorId = Long.parseLong(parts[0]);
                anchorSeal = parts[1];
            }
            AuditService.Verification v = s.app().audit().verify(s.ctx(), anchorId, anchorSeal);
            if (json) {
                Output.json(s.out, Output.obj("intact", v.intact(), "entries", v.entries(), "unsealed", v.unsealed(), "records", v.records(),
                        "problems", v.problems(), "head", v.headId() == 0 ? null : v.headId() + ":" + v.headSeal()));
                return v.intact() ? 0 : Cli.REFUSED;
            }
            if (v.intact()) {
                s.out.println("Intact: " + v.entries() + " audit entries and " + v.records() + " protected records match"
                        + (v.unsealed() > 0 ? " (" + v.unsealed() + " earlier entries were written before the trail was sealed)" : "") + ".");
            } else {
                s.out.println("NOT INTACT: " + v.problems().get(0));
                v.problems().stream().skip(1).forEach(p -> s.out.println("  also: " + p));
            }
            if (v.headId() > 0) {
                s.out.println("Head: " + v.headId() + ":" + v.headSeal());
            }
            return v.intact() ? 0 : Cli.REFUSED;
        }
    }
}
