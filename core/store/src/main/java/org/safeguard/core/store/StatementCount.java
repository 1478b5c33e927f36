package org.safeguard.core.store;

import java.util.function.Supplier;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Counts the SQL statements the current thread sends to any {@link Store} while a piece of
 * work runs: for tests and benchmarks that hold a use case to a bounded number of queries
 * (an agenda of 200 cases must not cost more than one of 20). Only a number is kept — never a
 * statement's text or a bound value. Counts nest: work counted inside counted work adds to
 * both. Transaction control (begin, commit) is not a statement here; queries and updates are.
 * Thread-safe: each thread counts its own statements.
 */
public final class StatementCount {
    private static final ThreadLocal<long[]> ACTIVE = new ThreadLocal<>();

    /** Installed on every store's JDBI: counts a statement as it is executed, when the thread is counting. */
    static final SqlLogger LOGGER = new SqlLogger() {
        @Override
        public void logBeforeExecution(StatementContext context) {
            long[] n = ACTIVE.get();
            if (n != null) {
                n[0]++;
            }
        }
    };

    private StatementCount() {
    }

    /** What the work returned, and how many statements it sent. */
    public record Counted<R>(R result, long statements) {
    }

    /** Runs the work on this thread, counting the statements it sends to any store. */
    public static <R> Counted<R> during(Supplier<R> work) {
        long[] outer = ACTIVE.get();
        long[] mine = new long[1];
        ACTIVE.set(mine);
        R result;
        try {
            result = work.get();
        } finally {
            if (outer == null) {
                ACTIVE.remove();
            } else {
                outer[0] += mine[0];
                ACTIVE.set(outer);
            }
        }
        return new Counted<>(result, mine[0]);
    }
}
