package org.safeguard.core.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeguard.core.app.MeetingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard meeting agree-minutes ID --at MEETING [--correction TEXT]…}: issued minutes agreed at a later meeting. */
@Command(name = "agree-minutes", mixinStandardHelpOptions = true,
        description = {"Record that a later meeting of the same panel agreed a meeting's issued minutes as an accurate record,",
                "with any corrections. The issued minutes stay as they were sent; the agreement and its corrections",
                "go into the minutes of the meeting that agreed them (record it before those are issued)."})
final class AgreeMinutes implements Callable<Integer> {
    @ParentCommand MeetingCommand parent;
    @Parameters(paramLabel = "ID", converter = Ids.Meeting.class,
            description = "The meeting whose minutes were agreed: its number or reference (M00001).") Ids.Ref id;
    @Option(names = "--at", required = true, paramLabel = "MEETING", converter = Ids.Meeting.class,
            description = "The later meeting that agreed them: its number or reference.") Ids.Ref at;
    @Option(names = "--correction", paramLabel = "TEXT", description = "A correction agreed with them. Repeatable.") List<String> corrections = new ArrayList<>();
    @Option(names = "--json") boolean json;

    @Override
    public Integer call() {
        Session s = parent.root.session();
        MeetingService.Agreed done = s.app().meetings().agreeMinutes(s.ctx(), Ids.id(s, id), Ids.id(s, at), corrections);
        if (json) {
            var v = MeetingCommand.toJson(done.minutesOf());
            v.put("agreedAt", MeetingCommand.toJson(done.at()));
            v.put("corrections", done.corrections());
            Output.json(s.out, v);
        } else {
            int n = done.corrections().size();
            s.out.println("The minutes of " + done.minutesOf().reference() + " are agreed at " + done.at().reference()
                    + (n == 0 ? " as an accurate record." : ", with " + n + " correction" + (n == 1 ? "" : "s") + ".")
                    + " The minutes of " + done.at().reference() + " will say so.");
        }
        return 0;
    }
}
