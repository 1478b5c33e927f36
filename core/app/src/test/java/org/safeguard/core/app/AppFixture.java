package org.safeguard.core.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.Role;
import org.safeguard.core.runtime.Distribution;
import org.safeguard.core.runtime.Home;
import org.safeguard.core.store.Store;
import org.safeguard.core.store.Tx;

/**
 * A home for a service test: a real SQLite file in a temporary folder, the real Felix container
 * with the plugin jar as shipped (copied by the build into {@code target/test-dist}, with the
 * service bundles and the shared templates), and a clock the test sets. One per test.
 *
 * <pre>{@code
 * try (AppFixture f = AppFixture.withArea(tmp, "lancashire")) {
 *     f.app().cases().list(f.ctx(), false);
 * }
 * }</pre>
 */
public final class AppFixture implements AutoCloseable {
    /** Where the fixture's clock starts: a Wednesday morning in November, London time = UTC. */
    public static final Instant START = Instant.parse("2026-11-18T09:30:00Z");
    /** Who acts in the fixture's requests. */
    public static final String ACTOR = "test.coordinator";

    private final Home home;
    private final Distribution distribution;
    private final SettableClock clock = new SettableClock(START);
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final Application app;

    private AppFixture(Path dir) {
        this.home = new Home(dir.resolve("home"));
        this.distribution = new Distribution(distributionRoot());
        this.app = Application.open(home, distribution, Application.Mode.COMMAND, false, Application.Events.lines(events::add));
    }

    /** A home made by {@link HomeService#init} with the named areas' plugins enabled and their default definitions written. */
    public static AppFixture withArea(Path dir, String... areas) {
        AppFixture f = new AppFixture(dir);
        f.app.homes().init(f.ctx(), List.of(areas));
        return f;
    }

    /** A home with no plugin enabled (for services that need no area). */
    public static AppFixture bare(Path dir) {
        return withArea(dir);
    }

    /** An application on a home not yet created (to test what is refused before anything exists). */
    public static AppFixture uninitialised(Path dir) {
        return new AppFixture(dir);
    }

    static Path distributionRoot() {
        String dir = System.getProperty(Distribution.PROPERTY);
        Path root = dir == null ? Path.of("target", "test-dist") : Path.of(dir);
        if (!Files.isDirectory(root.resolve("plugins"))) {
            throw new IllegalStateException(root.toAbsolutePath() + " has no plugins/: run the tests through Maven (verify), which copies "
                    + "the plugin and service bundles there");
        }
        return root;
    }

    public Application app() {
        return app;
    }

    public Home home() {
        return home;
    }

    /** The fixture's actor, signed in on the fixture's clock: the home's administrator (it made the home). */
    public RequestContext ctx() {
        return app.signIn(ACTOR, clock);
    }

    /** Someone else acting, on the fixture's clock: a coordinator, added by the administrator if they are not a user yet. */
    public RequestContext as(String actor) {
        return as(actor, Role.COORDINATOR);
    }

    /** Someone else acting in a role, on the fixture's clock; added by the administrator if they are not a user yet. */
    public RequestContext as(String actor, Role role) {
        boolean known = store(tx -> tx.users().find(actor)).isPresent();
        if (!known) {
            app.users().add(ctx(), actor, role);
        }
        return app.signIn(actor, clock);
    }

    public SettableClock clock() {
        return clock;
    }

    /** Warnings and container lines the application reported. */
    public List<String> events() {
        return List.copyOf(events);
    }

    /**
     * Direct work on the home's database, for a test's setting-up and its assertions (never
     * in place of the service under test). Opens its own connection and closes it.
     */
    public <R> R store(Function<Tx, R> work) {
        try (Store s = Store.open(home.database())) {
            return s.inTransaction("test.setup", clock, work);
        }
    }

    /** The audit trail, oldest first. */
    public List<AuditEntry> audit() {
        List<AuditEntry> newestFirst = new ArrayList<>(store(tx -> tx.audit().latest(100_000)));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Audit entries of one action on one kind of record, oldest first. */
    public List<AuditEntry> audited(String action, String entity) {
        return audit().stream().filter(e -> e.action().equals(action) && e.entity().equals(entity)).toList();
    }

    @Override
    public void close() {
        app.close();
    }

    /** A clock a test moves by hand; UTC, as the application reads it through {@link RequestContext#ZONE}. */
    public static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant start) {
            this.now = start;
        }

        public void set(Instant at) {
            now = at;
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the fixture's clock stays in UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
