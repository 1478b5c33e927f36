package org.safeguard.core.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.safeguard.core.app.Application;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.runtime.Distribution;
import org.safeguard.core.runtime.Home;

/**
 * What one command works with: the home, the acting user, where its output goes, and the
 * {@link Application} on the home (opened on first use), whose services every command calls.
 */
final class Session implements AutoCloseable {
    final Home home;
    final boolean debug;
    final String actor;
    final PrintStream out;
    final PrintStream err;
    private Application.Mode mode = Application.Mode.COMMAND;
    private Application app;

    Session(Home home, boolean debug, String actor, PrintStream out, PrintStream err) {
        this.home = home;
        this.debug = debug;
        this.actor = actor;
        this.out = out;
        this.err = err;
    }

    static Home resolveHome(Path option) {
        if (option != null) {
            return new Home(option);
        }
        String env = System.getenv("SAFEGUARD_HOME");
        if (env != null && !env.isBlank()) {
            return new Home(Path.of(env));
        }
        return new Home(Path.of(System.getProperty("user.home"), ".safeguard"));
    }

    static String resolveUser(String option) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        String env = System.getenv("SAFEGUARD_USER");
        return env != null && !env.isBlank() ? env : System.getProperty("user.name", "unknown");
    }

    /** The application on the home, opened on first use: what every command calls. */
    Application app() {
        if (app == null) {
            app = Application.open(home, distribution(), mode, debug, new Application.Events() {
                @Override
                public void container(String line) {
                    containerEvent(line);
                }

                @Override
                public void warning(String message) {
                    err.println("safeguard: " + message);
                }
            });
        }
        return app;
    }

    /** Who is acting in this command, on the system clock. */
    RequestContext ctx() {
        return RequestContext.of(actor, Clock.systemUTC());
    }

    /** Makes the application keep its container running ({@code serve}); before first use only. */
    void serving() {
        if (app != null) {
            throw new IllegalStateException("the application is already open");
        }
        mode = Application.Mode.SERVE;
    }

    /** A line of {@code serve}'s report on standard output: container events and the command's own, one at a time. */
    synchronized void serveLine(String line) {
        out.println(line);
        out.flush();
    }

    Distribution distribution() {
        return Distribution.fromSystemProperty();
    }

    private void containerEvent(String line) {
        if (mode == Application.Mode.SERVE) {
            serveLine(line);
            return;
        }
        // plugin lifecycle lines are for 'serve'; a one-shot command reports only trouble
        if (debug || line.contains("did not start") || line.startsWith("container") || line.startsWith("skipped") || line.startsWith("refused")) {
            err.println("safeguard: " + line);
        }
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
        }
    }
}
