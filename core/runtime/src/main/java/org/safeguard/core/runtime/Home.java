package org.safeguard.core.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.safeguard.core.api.SafeguardException;

/**
 * A Safeguard home: the database, {@code conf/}, {@code areas/}, {@code plugins/} (the jars
 * this home runs, watched while serving) and {@code outbox/}. Immutable.
 */
public record Home(Path root) {
    public static final String DATABASE = "safeguard.db";

    public Home {
        root = root.toAbsolutePath().normalize();
    }

    public Path database() { return root.resolve(DATABASE); }
    public Path conf() { return root.resolve("conf"); }
    public Path areas() { return root.resolve("areas"); }
    public Path plugins() { return root.resolve("plugins"); }
    public Path outbox() { return root.resolve("outbox"); }
    public Path pluginPolicyFile() { return conf().resolve("plugins.properties"); }

    /** A home exists once {@code init} has made its folders; the database is created on first use. */
    public boolean exists() {
        return Files.isDirectory(conf()) && Files.isDirectory(plugins());
    }

    /** Creates the folders, owner-only, as the data under them is sensitive. Idempotent. */
    public Home create() {
        try {
            for (Path p : new Path[] {root, conf(), areas(), plugins(), outbox()}) {
                Files.createDirectories(p);
                try {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException nonPosix) {
                    // the platform's own ACLs apply
                }
            }
            return this;
        } catch (IOException e) {
            throw new SafeguardException("cannot create the home folder " + root + ": " + e.getMessage(), e);
        }
    }

    /** Fails with a helpful message when this is not a home yet. */
    public Home requireExisting() {
        if (!exists()) {
            throw new SafeguardException("no Safeguard home at " + root + " — create one with: safeguard --home " + root + " init --area <id>");
        }
        return this;
    }
}
