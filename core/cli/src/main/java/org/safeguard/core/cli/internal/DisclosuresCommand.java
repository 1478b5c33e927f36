package org.safeguard.core.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.app.DisclosureService;
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
                "disclosed", d.disclosed().toString(), "outcome", d.outcome().name(), "outcomeDetail", d.outcomeDetail());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every disclosure, newest last.")
    static final class ListDisclosures implements Callable<Integer> {
        @ParentCommand DisclosuresCommand parent;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<Map<String, Object>> rows = s.app().disclosures().list(s.ctx()).stream().map(DisclosuresCommand::toJson).toList();
            if (json) {
                Output.json(s.out, rows);
                return 0;
            }
            if (rows.isEmpty()) {
                s.out.println("Nothing has been disclosed.");
            }
            rows.forEach(r -> s.out.printf("%-4s %-10s v%-3s %-22s %-32s %s%n", r.get("id"), r.get("document"), r.get("version"),
                    r.get("parts"), r.get("recipient"), r.get("outcome")));
            return 0;
        }
    }
}
