package org.safeguard.core.cli.internal;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.SafeguardException;
import picocli.CommandLine;

/**
 * Runs one command line. Exit codes: 0 done, 1 refused (bad input, missing record, a rule of
 * the protocol), 2 usage error. No stack trace is printed unless {@code --debug} is given.
 */
public final class Cli {
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String[] args, PrintStream rawOut, PrintStream rawErr) {
        PrintStream out = Escaping.of(rawOut);
        PrintStream err = Escaping.of(rawErr);
        Root root = new Root(out, err);
        CommandLine cl = new CommandLine(root);
        String named = commandName(args);
        for (Class<?> command : Root.COMMANDS) {
            String name = command.getAnnotation(CommandLine.Command.class).name();
            if (named == null || named.equals(name)) {
                cl.addSubcommand(name, command);
            }
        }
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            report(ex, root.debug(), err);
            return REFUSED;
        });
        cl.setParameterExceptionHandler((ex, args2) -> {
            err.println("safeguard: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try 'safeguard " + subcommandPath(ex.getCommandLine()) + "--help' for usage.");
            return USAGE;
        });
        try {
            int exit = cl.execute(args);
            // only saved text has warnings, so they stand whatever happened after the save
            root.reportWarnings();
            return exit;
        } finally {
            root.close();
        }
    }

    /** The subcommand a command line names, when it names one we have; else null (then all are added). */
    static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (Root.OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                String name = a;
                return Root.COMMANDS.stream().anyMatch(c -> c.getAnnotation(CommandLine.Command.class).name().equals(name)) ? a : null;
            }
        }
        return null;
    }

    private static String subcommandPath(CommandLine cl) {
        StringBuilder path = new StringBuilder();
        for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
            path.insert(0, c.getCommandName() + " ");
        }
        return path.toString();
    }

    /** A refusal's message with the command line's way past it, where it has one (the services' messages carry no hints). */
    static void report(Exception ex, boolean debug, PrintStream err) {
        if (ex instanceof InvalidInputException invalid) {
            String what = invalid.getMessage().split(": ", 2)[0];
            if (invalid.problems().size() == 1) {
                err.println("safeguard: " + what + ": " + invalid.problems().get(0));
            } else {
                err.println("safeguard: " + what + ":");
                for (Problem p : invalid.problems()) {
                    err.println("  - " + p);
                }
            }
        } else if (ex instanceof RefusedException refused) {
            err.println("safeguard: " + Hints.message(refused));
        } else if (ex instanceof SafeguardException) {
            err.println("safeguard: " + ex.getMessage());
        } else {
            err.println("safeguard: internal error: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                    + (debug ? "" : " (run again with --debug for details)"));
        }
        if (debug) {
            ex.printStackTrace(err);
        }
    }
}
