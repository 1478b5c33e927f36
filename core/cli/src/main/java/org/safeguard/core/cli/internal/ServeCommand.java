package org.safeguard.core.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.safeguard.core.app.Application;
import org.safeguard.core.app.MailService;
import org.safeguard.core.runtime.AreaDefinitions;
import org.safeguard.core.runtime.Container;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code safeguard serve}: keeps a container running on the home. Plugin jars dropped into,
 * replaced in or removed from the home's {@code plugins/} folder are installed, updated or
 * uninstalled without a restart; enabling and disabling take effect within a second. A saved
 * area definition is checked and applied within a second, or the last good one stays in force
 * and the errors are printed. Queued mail is delivered every minute. Each change is reported on
 * standard output.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Keep the container running: hot-deploys plugins from the home's plugins/ folder and "
                + "reloads area definitions from areas/ when they are saved, delivers queued mail and sweeps the area rules every minute. Stop with Ctrl+C.")
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    /** How often the areas folder is looked at; a saved change applies within a second. */
    private static final long AREA_POLL_MILLIS = 300;
    /** How often the area rules are swept. */
    private static final long RULES_SECONDS = 60;
    /** How often queued mail is delivered (retries wait out their own backoff). */
    private static final long MAIL_SECONDS = 60;

    @ParentCommand
    Root root;

    @Override
    public Integer call() throws InterruptedException {
        Session s = root.session();
        s.home.requireExisting();
        s.serving();
        Application app = s.app();
        CountDownLatch stopped = new CountDownLatch(1);
        Container container = app.container();
        ScheduledExecutorService areaWatch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "safeguard-area-watch");
            t.setDaemon(true);
            return t;
        });
        String[] seen = {fingerprint(s.home.areas())};
        container.onChange(() -> {
            print(s, "instruments: " + String.join(", ", container.instruments().ids()));
            areaWatch.execute(() -> reload(s));
        });
        areaWatch.scheduleWithFixedDelay(() -> {
            String now = fingerprint(s.home.areas());
            if (!now.equals(seen[0])) {
                seen[0] = now;
                reload(s);
            }
        }, AREA_POLL_MILLIS, AREA_POLL_MILLIS, TimeUnit.MILLISECONDS);
        // mail on its own thread: a slow or hanging server never delays an area reload
        ScheduledExecutorService mail = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "safeguard-mail");
            t.setDaemon(true);
            return t;
        });
        mail.scheduleWithFixedDelay(() -> deliver(s), 1, MAIL_SECONDS, TimeUnit.SECONDS);
        // the rules on a thread of their own too: a sweep's notifications are delivered by the mail thread
        ScheduledExecutorService rules = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "safeguard-rules");
            t.setDaemon(true);
            return t;
        });
        rules.scheduleWithFixedDelay(() -> sweep(s), 2, RULES_SECONDS, TimeUnit.SECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.shutdownNow();
            rules.shutdownNow();
            areaWatch.shutdownNow();
            app.close();
            stopped.countDown();
        }, "safeguard-shutdown"));
        print(s, "Serving " + s.home.root() + "; watching " + s.home.plugins() + " and " + s.home.areas() + ". Stop with Ctrl+C.");
        print(s, "instruments: " + String.join(", ", container.instruments().ids()));
        reload(s);
        stopped.await();
        return 0;
    }

    /** Checks the area files again through the area service (each tick is a request on the system clock) and reports each. */
    private static void reload(Session s) {
        try {
            for (AreaDefinitions.Loaded l : s.app().areas().reload(s.ctx())) {
                if (!l.applied()) {
                    print(s, l.latest().format().stripTrailing());
                }
                print(s, "area " + AreasCommand.line(l));
            }
        } catch (RuntimeException e) {
            print(s, "area definitions not reloaded: " + e.getMessage());
        }
    }

    /** Delivers the mail that is due through the mail service; reports only when something was sent or went wrong. */
    private static void deliver(Session s) {
        try {
            MailService.Delivery report = s.app().mail().deliver(s.ctx(), false);
            if (report.sent() + report.retrying() + report.failed() > 0) {
                print(s, "mail: " + report);
                report.problems().forEach(p -> print(s, "mail: " + p));
            }
        } catch (RuntimeException e) {
            print(s, "mail not delivered: " + e.getMessage());
        }
    }

    /** Sweeps every enabled area's rules through the rule service; reports only what fired, and failures. */
    private static void sweep(Session s) {
        try {
            for (org.safeguard.core.rules.RuleSweep.Report r : s.app().rules().run(s.ctx(), null, null, false).reports()) {
                for (org.safeguard.core.rules.RuleSweep.Fired f : r.fired()) {
                    print(s, "rule " + f.rule().id() + " fired for " + f.onCase().reference() + ": " + String.join("; ",
                            f.done().stream().map(d -> d.action() + " — " + d.outcome()).toList()));
                }
            }
        } catch (RuntimeException e) {
            print(s, "rules not swept: " + e.getMessage());
        }
    }

    /** Names, sizes and modification times of the files in the areas folder (area files and what they include). */
    private static String fingerprint(Path folder) {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).sorted().forEach(p -> {
                try {
                    sb.append(p.getFileName()).append(':').append(Files.size(p)).append(':')
                            .append(Files.getLastModifiedTime(p).toMillis()).append(';');
                } catch (IOException e) {
                    sb.append(p.getFileName()).append(":gone;");
                }
            });
        } catch (IOException e) {
            sb.append("unreadable");
        }
        return sb.toString();
    }

    private static void print(Session s, String line) {
        s.serveLine(line);
    }
}
