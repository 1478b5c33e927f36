package org.safeguard.core.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code safeguard} command and its global options. */
@Command(name = "safeguard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Multi-agency child sexual exploitation panels: referrals, risk assessments, cases.",
        footer = {"", "The home is --home, else $SAFEGUARD_HOME, else ~/.safeguard."})
public final class Root implements Runnable, AutoCloseable {
    /**
     * The subcommands, in the order help lists them. {@link Cli} adds only the one a command line
     * names (building picocli's model of every command costs a noticeable part of a start), and
     * all of them for help, for no command, and for a name it does not know.
     */
    static final List<Class<?>> COMMANDS = List.of(InitCommand.class, PluginsCommand.class, InstrumentsCommand.class, ChildCommand.class,
            ReferralCommand.class, CasesCommand.class, CaseCommand.class, AssessCommand.class, LanguageCommand.class, DemoCommand.class,
            ServeCommand.class, AreasCommand.class, MeetingCommand.class, ActionsCommand.class, DeadlinesCommand.class, RulesCommand.class, ReportCommand.class, ImportCommand.class, ExportCommand.class, DisclosuresCommand.class,
            MailCommand.class, MissingCommand.class, PersonCommand.class,
            LocationCommand.class, DecisionCommand.class, PlanCommand.class, AuditCommand.class, UsersCommand.class, BenchMeetingCommand.class, CdsTrainingCommand.class);

    /** The global options that take a value, so the command name can be found after them. */
    static final Set<String> OPTIONS_WITH_VALUE = Set.of("--home", "--user");
    private final PrintStream out;
    private final PrintStream err;
    private Session session;

    @Spec
    CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", description = "The Safeguard home folder.")
    Path home;

    @Option(names = "--debug", description = "Show stack traces and the container's log.")
    boolean debug;

    @Option(names = "--user", paramLabel = "NAME", description = "Who you are: your login, which is who you act as anyway "
            + "(default: $SAFEGUARD_USER); another user's name is refused.")
    String user;

    Root(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    boolean debug() {
        return debug;
    }

    /** The session shared by the subcommand; created on first use. */
    Session session() {
        if (session == null) {
            session = new Session(Session.resolveHome(home), debug, Session.claimedUser(user), out, err);
        }
        return session;
    }

    /** A session on a home other than the global one (the demo's). */
    Session session(Path otherHome) {
        if (session == null) {
            session = new Session(Session.resolveHome(otherHome != null ? otherHome : home), debug, Session.claimedUser(user), out, err);
        }
        return session;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }

    /** The warnings the command's service calls reported about text they saved, on standard error, one line each. */
    void reportWarnings() {
        if (session != null) {
            session.reportWarnings();
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
