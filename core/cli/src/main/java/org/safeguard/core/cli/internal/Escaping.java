package org.safeguard.core.cli.internal;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The command line's text output: every string printed goes through {@link Output#escaped}, so a
 * value stored before input was checked (or by another route) can never move the terminal's
 * cursor, colour it, fake a table line or reorder text; a text argument of {@code printf} (a
 * table cell) has its line feeds and tabs escaped too. Raw bytes ({@code write}) pass untouched,
 * for documents written to standard output. Not thread-safe beyond what {@link PrintStream} is.
 */
final class Escaping extends PrintStream {
    private final PrintStream to;

    private Escaping(PrintStream to) {
        super(to, true);
        this.to = to;
    }

    /** The stream escaping what is printed to it (once: an escaping stream is returned as it is). */
    static PrintStream of(PrintStream out) {
        return out instanceof Escaping ? out : new Escaping(out);
    }

    @Override
    public void print(String s) {
        to.print(Output.escaped(String.valueOf(s)));
    }

    @Override
    public void print(Object o) {
        print(String.valueOf(o));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }

    @Override
    public void print(boolean b) {
        to.print(b);
    }

    @Override
    public void print(int i) {
        to.print(i);
    }

    @Override
    public void print(long l) {
        to.print(l);
    }

    @Override
    public void print(float f) {
        to.print(f);
    }

    @Override
    public void print(double d) {
        to.print(d);
    }

    @Override
    public void println() {
        to.println();
    }

    @Override
    public void println(String s) {
        synchronized (this) {
            print(s);
            to.println();
        }
    }

    @Override
    public void println(Object o) {
        println(String.valueOf(o));
    }

    @Override
    public void println(char c) {
        println(String.valueOf(c));
    }

    @Override
    public void println(char[] s) {
        println(new String(s));
    }

    @Override
    public void println(boolean b) {
        to.println(b);
    }

    @Override
    public void println(int i) {
        to.println(i);
    }

    @Override
    public void println(long l) {
        to.println(l);
    }

    @Override
    public void println(float f) {
        to.println(f);
    }

    @Override
    public void println(double d) {
        to.println(d);
    }

    /** Formatted output is how tables print: a text argument is a cell, and may not break its line. */
    @Override
    public PrintStream format(String format, Object... args) {
        print(String.format(format, cells(args)));
        return this;
    }

    @Override
    public PrintStream format(Locale l, String format, Object... args) {
        print(String.format(l, format, cells(args)));
        return this;
    }

    private static Object[] cells(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] cells = args.clone();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof CharSequence text) {
                cells[i] = Output.line(text);
            }
        }
        return cells;
    }

    @Override
    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    @Override
    public PrintStream printf(Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    @Override
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        print(String.valueOf(csq == null ? "null" : csq).substring(start, end));
        return this;
    }

    @Override
    public PrintStream append(char c) {
        print(c);
        return this;
    }

    @Override
    public void write(int b) {
        to.write(b);
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        to.write(buf, off, len);
    }

    @Override
    public void flush() {
        to.flush();
    }

    @Override
    public void close() {
        to.flush();
    }

    @Override
    public boolean checkError() {
        return to.checkError();
    }
}
