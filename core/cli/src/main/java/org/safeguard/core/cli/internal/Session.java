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
    /** Whom the person said they act as ({@code --user}, else {@code $SAFEGUARD_USER}), or null: it must be their login. */
    final String claimed;
    private RequestContext ctx;
    final PrintStream out;
    final PrintStream err;
    private Application.Mode mode = Application.Mode.COMMAND;
    private Application app;

    Session(Home home, boolean debug, String claimed, PrintStream out, PrintStream err) {
        this.home = home;
        this.debug = debug;
        this.claimed = claimed;
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

    /** Whom the person says they act as: {@code --user}, else {@code $SAFEGUARD_USER}; null when neither is set. */
    static String claimedUser(String option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv("SAFEGUARD_USER");
        return env != null && !env.isEmpty() ? env : null;
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

    /**
     * Who is acting in this command, on the system clock: the operating-system login, signed in
     * to the home (refused when it is not an active user, or when {@code --user} names another).
     * Kept for the command once the home exists; before that (an {@code init}) asked again.
     */
    RequestContext ctx() {
        if (ctx != null) {
            return ctx;
        }
        RequestContext signedIn = app().signIn(OsLogin.current(), claimed, Clock.systemUTC());
        if (home.exists()) {
            ctx = signedIn;
        }
        return signedIn;
    }

    /**
     * What the command's calls found in text they saved (the language check), each on a line of
     * standard error naming the field, the words and the suggested wording; the text was saved as written.
     */
    void reportWarnings() {
        if (ctx != null) {
            ctx.warnings().take().forEach(w -> err.println("safeguard: " + LanguageCommand.warning(w)));
        }
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
