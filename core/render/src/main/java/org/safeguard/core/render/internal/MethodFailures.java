package org.safeguard.core.render.internal;

import org.apache.velocity.app.event.MethodExceptionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.util.introspection.Info;
import org.safeguard.core.render.RenderException;

/**
 * Turns an exception thrown while a template reads a view object, above all an unknown value
 * name, into a {@link RenderException} at the template's line and column. Without this handler
 * Velocity would render the failed read as an empty value whenever any other event handler is
 * attached. Thread-safe.
 */
final class MethodFailures implements MethodExceptionEventHandler {
    private final Errors errors;

    MethodFailures(Errors errors) {
        this.errors = errors;
    }

    @Override
    public Object methodException(Context context, Class<?> type, String method, Exception e, Info info) {
        String what = e instanceof ViewMap.UnknownFieldException
                ? e.getMessage()
                : "reading the view model failed in " + method + ": " + e.getClass().getSimpleName();
        throw errors.at(info.getTemplateName(), info.getLine(), info.getColumn(), what, e);
    }
}
