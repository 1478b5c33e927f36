package org.safeguard.core.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.store.internal.Database;

/**
 * The home's database. Every change happens in one {@link Tx transaction}: all of it is
 * written, or none of it. Foreign keys are enforced, the journal is write-ahead, and the
 * file is readable by its owner only. Thread-safe; one instance per process and file.
 */
public final class Store implements AutoCloseable {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Path file;

    private final Jdbi reader;

    private Store(Path file, Jdbi jdbi, Jdbi reader, Clock clock) {
        this.file = file;
        this.jdbi = jdbi;
        this.reader = reader;
        this.clock = clock;
    }

    /** Opens (creating if needed) the database file and brings its schema up to date. */
    public static Store open(Path file) {
        return open(file, Clock.systemUTC());
    }

    public static Store open(Path file, Clock clock) {
        Jdbi jdbi = Database.open(file);
        jdbi.setSqlLogger(StatementCount.LOGGER);
        Jdbi reader = Database.openReader(file);
        reader.setSqlLogger(StatementCount.LOGGER);
        return new Store(file, jdbi, reader, clock);
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction on behalf of {@code actor}; rolls back if it throws. */
    public <R> R inTransaction(String actor, Function<Tx, R> work) {
        return inTransaction(actor, clock, work);
    }

    /**
     * Runs {@code work} in one transaction on behalf of {@code actor}, its timestamps taken from
     * {@code at} (the caller's clock: the application layer passes the request's, so a fixed
     * clock fixes every time the work writes); rolls back if it throws.
     */
    public <R> R inTransaction(String actor, Clock at, Function<Tx, R> work) {
        try {
            return jdbi.inTransaction(handle -> work.apply(new Tx(handle, actor, at.instant())));
        } catch (SafeguardException e) {
            throw e;
        } catch (org.jdbi.v3.core.JdbiException e) {
            throw Database.explain(e);
        }
    }

    /**
     * Runs {@code work} in a read-only transaction: a consistent snapshot of the records that
     * takes no write lock, so other commands write while it runs (rendering a meeting's papers,
     * for one). Anything it tries to write — an audit entry too — fails: audit the read in a
     * transaction of its own.
     */
    public <R> R read(String actor, Clock at, Function<Tx, R> work) {
        try {
            return reader.inTransaction(handle -> work.apply(new Tx(handle, actor, at.instant())));
        } catch (SafeguardException e) {
            throw e;
        } catch (org.jdbi.v3.core.JdbiException e) {
            throw Database.explain(e);
        }
    }

    /** Like {@link #inTransaction} for work that returns nothing. */
    public void useTransaction(String actor, Consumer<Tx> work) {
        inTransaction(actor, tx -> {
            work.accept(tx);
            return null;
        });
    }

    @Override
    public void close() {
        // connections are opened per transaction by the data source; nothing is pooled
    }
}
