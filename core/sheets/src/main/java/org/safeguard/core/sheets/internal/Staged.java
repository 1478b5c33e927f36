package org.safeguard.core.sheets.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import org.safeguard.core.sheets.SheetException;

/**
 * A file written under a temporary name beside its target, readable and writable by its owner
 * only, and moved into place whole; deleted if never committed.
 */
final class Staged {
    private final Path target;
    private final Path part;
    private boolean committed;

    Staged(Path target) {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        try {
            FileAttribute<?>[] ownerOnly = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            this.part = Files.createTempFile(dir, "." + target.getFileName(), ".part", ownerOnly);
        } catch (NoSuchFileException e) {
            throw new SheetException(target + ": the folder " + dir + " does not exist");
        } catch (IOException e) {
            throw new SheetException(target + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    OutputStream open() {
        try {
            return Files.newOutputStream(part);
        } catch (IOException e) {
            discard();
            throw new SheetException(target + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    void commit() {
        try {
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            discard();
            throw new SheetException(target + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    void discard() {
        if (!committed) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // a temporary file left behind holds nothing the target did not
            }
        }
    }

    String name() {
        return String.valueOf(target.getFileName());
    }
}
