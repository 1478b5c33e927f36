package org.safeguard.core.render.internal;

import java.io.Writer;
import java.util.Iterator;
import java.util.Set;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;

/**
 * What one rendering may use: at most {@value #MAX_ITERATIONS} loop iterations in all, at most
 * {@value #MAX_CHARS} characters of output, and none of the methods that build huge strings or
 * read the process's environment. A real document — an agenda of 200 cases — stays far inside
 * these; a template that does not is stopped with its file, line and column named, instead of
 * running for minutes or exhausting memory.
 */
final class Limits {
    static final int MAX_ITERATIONS = 2_000_000;
    static final int MAX_CHARS = 32 * 1024 * 1024;
    /** The longest single value a template may build or insert (a string doubled in a loop stops here, long before memory runs out). */
    static final int MAX_VALUE_CHARS = 4 * 1024 * 1024;
    /** Methods a template never needs: a string repeated without bound, system properties and the environment. */
    private static final Set<String> BLOCKED = Set.of("repeat", "getInteger", "getLong", "getBoolean", "getProperty", "getProperties",
            "getenv", "wait", "notify", "notifyAll", "getClass");

    /** The rendering on this thread (each rendering runs on its caller's thread): iterations left, and the loop that ran last. */
    private static final class Budget {
        int left = MAX_ITERATIONS;
        Info loop;
    }

    private static final ThreadLocal<Budget> BUDGET = ThreadLocal.withInitial(Budget::new);

    private Limits() {
    }

    /** A rendering went past a limit: where, and which. */
    static final class Exceeded extends RuntimeException {
        final String template;
        final int line;
        final int column;
        /** When the engine gave no line: the reference, as written, whose value went past the limit. */
        final String reference;

        Exceeded(String template, int line, int column, String message) {
            this(template, line, column, null, message);
        }

        Exceeded(String template, int line, int column, String reference, String message) {
            super(message, null, false, false);
            this.template = template;
            this.line = line;
            this.column = column;
            this.reference = reference;
        }
    }

    /** Starts a rendering's budget on this thread. */
    static void begin() {
        Budget b = BUDGET.get();
        b.left = MAX_ITERATIONS;
        b.loop = null;
    }

    /** The sandbox's uberspector with the limits: loops count against the budget, and the blocked methods do not exist. */
    public static final class Uberspector extends SecureUberspector {
        @Override
        public VelMethod getMethod(Object obj, String methodName, Object[] args, Info i) {
            if (BLOCKED.contains(methodName)) {
                return null;
            }
            VelMethod m = super.getMethod(obj, methodName, args, i);
            return m == null ? null : new Sized(m, i);
        }

        /** {@code $x.class} is {@code getClass()} read as a property: no template needs a Java class. */
        @Override
        public org.apache.velocity.util.introspection.VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) {
            return "class".equals(identifier) ? null : super.getPropertyGet(obj, identifier, i);
        }

        @Override
        public Iterator getIterator(Object obj, Info i) {
            Iterator<?> inner = super.getIterator(obj, i);
            if (inner == null) {
                return null;
            }
            return new Iterator<Object>() {
                @Override
                public boolean hasNext() {
                    return inner.hasNext();
                }

                @Override
                public Object next() {
                    Budget b = BUDGET.get();
                    b.loop = i;
                    if (--b.left < 0) {
                        throw new Exceeded(i.getTemplateName(), i.getLine(), i.getColumn(), "the loops of one document ran more than "
                                + MAX_ITERATIONS + " times: a #foreach does not end or goes over far more than any document holds");
                    }
                    return inner.next();
                }
            };
        }
    }

    /** A method whose result, when text, is held to {@link #MAX_VALUE_CHARS} ({@code concat}, {@code replace} doubling a string). */
    private static final class Sized implements VelMethod {
        private final VelMethod inner;
        private final Info at;

        Sized(VelMethod inner, Info at) {
            this.inner = inner;
            this.at = at;
        }

        @Override
        public Object invoke(Object o, Object[] params) throws IllegalAccessException, java.lang.reflect.InvocationTargetException {
            Object result = inner.invoke(o, params);
            if (result instanceof CharSequence cs && cs.length() > MAX_VALUE_CHARS) {
                throw tooLong(at.getTemplateName(), at.getLine(), at.getColumn());
            }
            return result;
        }

        @Override
        public boolean isCacheable() {
            return inner.isCacheable();
        }

        @Override
        public String getMethodName() {
            return inner.getMethodName();
        }

        @Override
        public java.lang.reflect.Method getMethod() {
            return inner.getMethod();
        }

        @Override
        public Class<?> getReturnType() {
            return inner.getReturnType();
        }
    }

    static Exceeded tooLong(String template, int line, int column) {
        return new Exceeded(template, line, column, "a value grew past " + (MAX_VALUE_CHARS / (1024 * 1024)) + " million characters: "
                + "a #set or a method call in the template repeats a text without end");
    }

    /**
     * Holds every inserted value, in the document or inside a quoted text a {@code #set} builds, to
     * {@link #MAX_VALUE_CHARS}: the check a string doubled by interpolation ({@code #set($s = "$s$s")})
     * meets before memory runs out.
     */
    static final class SizeCheck implements org.apache.velocity.app.event.ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(org.apache.velocity.context.Context context, String reference, Object value) {
            if (value instanceof CharSequence cs && cs.length() > MAX_VALUE_CHARS) {
                String template = context instanceof org.apache.velocity.context.InternalContextAdapter ica ? ica.getCurrentTemplateName() : null;
                Exceeded e = tooLong(template, 0, 0);
                throw new Exceeded(e.template, 0, 0, reference, e.getMessage());
            }
            return value;
        }
    }

    /**
     * Collects the output, up to {@link #MAX_CHARS} characters. Past it, the loop that ran last is
     * named: output that large comes from a loop, and the writer itself knows no template line.
     */
    static final class BoundedWriter extends Writer {
        private final StringBuilder out = new StringBuilder(16 * 1024);
        private final String template;

        BoundedWriter(String template) {
            this.template = template;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            if (out.length() + (long) len > MAX_CHARS) {
                Info loop = BUDGET.get().loop;
                String message = "the document grew past " + (MAX_CHARS / (1024 * 1024)) + " million characters: ";
                throw loop == null
                        ? new Exceeded(template, 0, 0, message + "a repetition in the template does not end")
                        : new Exceeded(loop.getTemplateName(), loop.getLine(), loop.getColumn(), message
                                + "the #foreach here (the last loop that ran) goes over far more than any document holds");
            }
            out.append(cbuf, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            if (out.length() + (long) len > MAX_CHARS) {
                write(new char[0], 0, len);
            }
            out.append(s, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
