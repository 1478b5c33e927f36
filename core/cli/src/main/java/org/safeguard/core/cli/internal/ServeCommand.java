package org.safeguard.core.cli.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.safeguard.core.runtime.Container;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code safeguard serve}: keeps a container running on the home. Plugin jars dropped into,
 * replaced in or removed from the home's {@code plugins/} folder are installed, updated or
 * uninstalled without a restart; enabling and disabling take effect within a second. Each
 * change is reported on one line, followed by the instruments then available.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Keep the container running: hot-deploys plugins from the home's plugins/ folder. Stop with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Override
    public Integer call() throws InterruptedException {
        Session s = root.session();
        s.home.requireExisting();
        CountDownLatch stopped = new CountDownLatch(1);
        Container container = Container.start(s.home, s.distribution(), Container.Mode.SERVE, s.debug, line -> {
            s.out.println(line);
            s.out.flush();
        });
        container.onChange(() -> {
            s.out.println("instruments: " + String.join(", ", container.instruments().ids()));
            s.out.flush();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            container.close();
            stopped.countDown();
        }, "safeguard-shutdown"));
        s.out.println("Serving " + s.home.root() + "; watching " + s.home.plugins() + ". Stop with Ctrl+C.");
        s.out.println("instruments: " + String.join(", ", container.instruments().ids()));
        s.out.flush();
        stopped.await();
        return 0;
    }
}
