package org.safeguard.core.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import org.safeguard.core.app.Application;
import org.safeguard.core.app.RequestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.area.AreaDescriptor;
import java.util.Set;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.runtime.AreaDefinitions;
import org.safeguard.core.render.Renderer;
import org.safeguard.core.render.TemplateSources;
import org.safeguard.core.runtime.Container;
import org.safeguard.core.runtime.LiveVocabulary;
import org.safeguard.core.runtime.Distribution;
import org.safeguard.core.runtime.Home;
import org.safeguard.core.store.Store;

/**
 * What one command works with: the home, the acting user, and — opened only when the
 * command needs them — the store and the container with the home's enabled plugins.
 */
final class Session implements AutoCloseable {
    final Home home;
    final boolean debug;
    final String actor;
    final PrintStream out;
    final PrintStream err;
    private Application.Mode mode = Application.Mode.COMMAND;
    private Store store;
    private Container container;
    private Renderer renderer;
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

    Store store() {
        if (store == null) {
            store = Store.open(home.requireExisting().database());
        }
        return store;
    }

    Container container() {
        if (container == null) {
            home.requireExisting();
            container = Container.start(home, distribution(), Container.Mode.COMMAND, debug, this::containerEvent);
        }
        return container;
    }

    private void containerEvent(String line) {
        if (mode == Application.Mode.SERVE) {
            serveLine(line);
            return;
        }
        // plugin lifecycle lines are for 'serve'; a one-shot command reports only trouble
        if (debug || line.contains("did not start") || line.startsWith("container") || line.startsWith("skipped")) {
            err.println("safeguard: " + line);
        }
    }

    /** The home's area definitions, checked against the enabled plugins' vocabulary. */
    AreaDefinitions areaDefinitions() {
        return new AreaDefinitions(home.requireExisting(), () -> LiveVocabulary.of(container(), this::templateNames));
    }

    /** Uses a container started elsewhere (the one {@code serve} keeps running) instead of starting one. */
    void attach(Container running) {
        if (container != null) {
            throw new IllegalStateException("a container is already running for this command");
        }
        container = running;
    }

    /** The meeting work of an area, under the area definition in force (the last good one if the file has errors). */
    AreaMeetings meetings(String areaId) {
        AreaDefinitions.Loaded loaded = areaDefinitions().find(areaId).orElseThrow(() -> new NotFoundException(
                "no area definition for " + areaId + " in " + home.areas() + " (safeguard areas list)"));
        var definition = loaded.inForce().orElseThrow(() -> new SafeguardException(loaded.file().getFileName()
                + " has errors and no good version was ever applied: safeguard areas check " + loaded.file()));
        if (!loaded.applied()) {
            err.println("safeguard: " + loaded.file().getFileName() + " has errors; the last good version (" + loaded.lastGood() + ") is used");
        }
        return new AreaMeetings(definition, LiveVocabulary.of(container(), this::templateNames));
    }

    /** Template names the renderer can resolve: shared, shipped by enabled plugins, and the home's overrides. */
    Set<String> templateNames() {
        return renderer().catalogue().names();
    }

    /** The process's one renderer: home overrides, then enabled plugins' templates, then the shared ones. */
    Renderer renderer() {
        if (renderer == null) {
            Container c = container();
            renderer = Renderer.create(TemplateSources.shared(distribution().root().resolve("templates"))
                    .withHomeOverrides(home.root().resolve("templates"))
                    .withPlugins(() -> c.templates().all()));
        }
        return renderer;
    }

    /** The area to work in: the one named, else the only enabled one. */
    AreaDescriptor area(String requested) {
        List<AreaDescriptor> areas = container().enabledAreas();
        if (requested != null) {
            Optional<AreaDescriptor> a = areas.stream().filter(x -> x.id().equals(requested)).findFirst();
            return a.orElseThrow(() -> new NotFoundException("area '" + requested + "' is not enabled in this home"
                    + (areas.isEmpty() ? "" : " (enabled: " + String.join(", ", areas.stream().map(AreaDescriptor::id).toList()) + ")")));
        }
        if (areas.size() == 1) {
            return areas.get(0);
        }
        if (areas.isEmpty()) {
            throw new SafeguardException("no area plugin is enabled in this home; enable one with: safeguard plugins enable <id>");
        }
        throw new SafeguardException("several areas are enabled; say which with --area ("
                + String.join(", ", areas.stream().map(AreaDescriptor::id).toList()) + ")");
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
        }
        if (container != null) {
            container.close();
        }
        if (store != null) {
            store.close();
        }
    }
}
