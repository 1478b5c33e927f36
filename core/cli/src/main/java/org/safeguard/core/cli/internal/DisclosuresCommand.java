package org.safeguard.core.cli.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.app.DisclosureService;
import org.safeguard.core.app.RequestContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard disclosures list}: the disclosure log, each record with its latest outcome. */
@Command(name = "disclosures", mixinStandardHelpOptions = true, description = "The disclosure log: every document sent, to whom, which parts, why.",
        subcommands = {DisclosuresCommand.ListDisclosures.class})
final class DisclosuresCommand extends GroupCommand {

    static Map<String, Object> toJson(DisclosureService.Entry d) {
        return Output.obj("id", d.id(), "document", d.document(), "documentId", d.documentId(), "version", d.version(),
                "parts", d.parts().name(), "recipient", d.recipient(), "agency", d.agency(), "basis", d.basis(),
                "disclosed", d.disclosed().toString(), "outcome", d.outcome().name(), "outcomeDetail", d.outcomeDetail(),
                "meeting", d.meeting(), "children", d.children());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Disclosures, oldest first: every one, or those matching every option given.",
                    "--child answers \"where did this child's details go?\" (a subject access request, a review)."})
    static final class ListDisclosures implements Callable<Integer> {
        @ParentCommand DisclosuresCommand parent;

        @Option(names = "--child", paramLabel = "ID", converter = Ids.Child.class, description = "Those that concerned this child (number or reference, e.g. C00003).")
        Ids.Ref child;

        @Option(names = "--meeting", paramLabel = "ID", converter = Ids.Meeting.class, description = "Those of this meeting's documents (number or reference, e.g. M00001).")
        Ids.Ref meeting;

        @Option(names = "--recipient", paramLabel = "ADDRESS", description = "Those sent to this email address.")
        String recipient;

        @Option(names = "--since", paramLabel = "DATE", description = "Those made on or after this day (YYYY-MM-DD or DD/MM/YYYY).")
        String since;

        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            Long childId = child == null ? null : Ids.id(s, child);
            Long meetingId = meeting == null ? null : Ids.id(s, meeting);
            Instant from = since == null ? null : Dates.parse("--since", since).atStartOfDay(RequestContext.ZONE).toInstant();
            DisclosureService.Filter filter = new DisclosureService.Filter(childId, meetingId, recipient, from);
            List<Map<String, Object>> rows = s.app().disclosures().list(s.ctx(), filter).stream().map(DisclosuresCommand::toJson).toList();
            if (json) {
                Output.json(s.out, rows);
                return 0;
            }
            if (rows.isEmpty()) {
                s.out.println(filter.equals(DisclosureService.Filter.ALL) ? "Nothing has been disclosed." : "No disclosure matches.");
                return 0;
            }
            s.out.printf("%-4s %-16s %-8s %-10s %-4s %-22s %-32s %-8s %s%n", "ID", "DISCLOSED", "MEETING", "DOCUMENT", "VER", "PARTS",
                    "RECIPIENT", "OUTCOME", "CHILDREN");
            rows.forEach(r -> s.out.printf("%-4s %-16s %-8s %-10s v%-3s %-22s %-32s %-8s %s%n", r.get("id"),
                    Dates.local(Instant.parse((String) r.get("disclosed"))), r.get("meeting") == null ? "-" : r.get("meeting"),
                    r.get("document"), r.get("version"), r.get("parts"), r.get("recipient"), r.get("outcome"),
                    ((List<?>) r.get("children")).isEmpty() ? "-" : String.join(" ", ((List<?>) r.get("children")).stream().map(Object::toString).toList())));
            return 0;
        }
    }
}
