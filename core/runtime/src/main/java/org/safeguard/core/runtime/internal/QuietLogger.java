package org.safeguard.core.runtime.internal;

import java.util.function.Consumer;
import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Routes the framework's own log and its resolver's to the container's event sink, errors only
 * (everything when debugging), instead of Felix's default of printing to standard output, which
 * is the command line's output channel (and may be JSON).
 */
public final class QuietLogger extends Logger {
    private final Consumer<String> sink;
    private final boolean debug;

    public QuietLogger(Consumer<String> sink, boolean debug) {
        this.sink = sink;
        this.debug = debug;
        setLogLevel(debug ? LOG_DEBUG : LOG_ERROR);
    }

    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        route(bundle == null ? "" : " [" + bundle.getSymbolicName() + "]", level, msg, throwable);
    }

    /** What the resolver logs (its "WIRE" lines when debugging) comes here, not to standard output. */
    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
        route("", level, msg, throwable);
    }

    @Override
    protected void doLogOut(int level, String msg, Throwable throwable) {
        route("", level, msg, throwable);
    }

    private void route(String who, int level, String msg, Throwable throwable) {
        if (level == LOG_ERROR || debug) {
            sink.accept("container" + who + ": " + msg + (throwable == null ? "" : " (" + throwable + ")"));
        }
    }
}
