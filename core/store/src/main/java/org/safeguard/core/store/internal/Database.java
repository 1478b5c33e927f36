package org.safeguard.core.store.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.JdbiException;
import org.safeguard.core.api.SafeguardException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens the SQLite file safely and keeps its schema current. */
public final class Database {
    /** The schema version the newest migration sets with {@code PRAGMA user_version}. */
    public static final int SCHEMA_VERSION = 15;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private Database() {
    }

    public static Jdbi open(Path file) {
        createOwnerOnly(file);
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        // IMMEDIATE takes the write lock at BEGIN, so two commands never deadlock upgrading a read.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        migrate(dataSource);
        Jdbi jdbi = Jdbi.create(dataSource);
        // A failed statement's message never carries its bound values (a child's name, a
        // narrative): they would reach --debug's stack traces and any log. The SQL is kept out too.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
    }

    /**
     * A second way into an open database for reading only: transactions begin DEFERRED on a
     * read-only connection, so one holds a consistent snapshot (write-ahead log) and takes no
     * write lock — writers carry on while, say, a meeting's PDFs are rendered from it. The file
     * must exist with its schema current ({@link #open} first).
     */
    public static Jdbi openReader(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
    }

    /**
     * Applies pending migrations with Flyway. When the file already carries the newest
     * {@code user_version}, Flyway's scan and validation are skipped: they cost more than the
     * command itself, and the version can only be set by the migrations.
     */
    static void migrate(SQLiteDataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            if (rs.next() && rs.getInt(1) == SCHEMA_VERSION) {
                return;
            }
        } catch (SQLException e) {
            throw new SafeguardException("cannot open the database: " + e.getMessage(), e);
        }
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new SafeguardException("cannot bring the database schema up to date: " + e.getMessage(), e);
        }
    }

    private static void createOwnerOnly(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException exists) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException nonPosix) {
            // not a POSIX file system: the file's ACLs are the platform's business
        } catch (IOException e) {
            throw new SafeguardException("cannot create the database file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Turns a database failure into a sentence; SQLite's messages carry no values, only names. */
    public static SafeguardException explain(JdbiException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        if (message.contains("case_one_open_per_child_and_area") || message.contains("safeguarding_case.child_id, safeguarding_case.area")) {
            return new SafeguardException("the child already has an open case in this area");
        }
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
            return new SafeguardException("the database is busy with another command; nothing was saved — try again", e);
        }
        if (message.contains("SQLITE_CONSTRAINT_TRIGGER")) {
            // the triggers' own words, e.g. "a final assessment is never edited …"
            int open = message.indexOf('(');
            int close = message.lastIndexOf(')');
            return new SafeguardException(open >= 0 && close > open ? message.substring(open + 1, close) : message, e);
        }
        return new SafeguardException("nothing was saved: " + message, e);
    }
}
