package org.safeguard.core.mail.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.safeguard.core.store.MailMessage;

/**
 * Writes each message to {@code <outbox>/<key>.eml}: to a temporary file in the same folder,
 * flushed to disk, then renamed into place, so a reader never sees half a message. Writing
 * the same key again replaces the file, so a resumed run cannot leave two copies. The folder
 * and files are readable by their owner only.
 */
public final class OutboxChannel implements Channel {
    private final Path outbox;

    public OutboxChannel(Path outbox) {
        this.outbox = outbox.toAbsolutePath();
    }

    @Override
    public void deliver(MailMessage message, byte[] mime) throws DeliveryException {
        Path temporary = null;
        try {
            createFolder();
            temporary = Files.createTempFile(outbox, "." + message.key() + "-", ".tmp"); // owner-only on POSIX
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(mime);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(temporary, outbox.resolve(message.key() + ".eml"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            syncFolder();
        } catch (IOException e) {
            throw new DeliveryException("cannot write to the outbox " + outbox + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a stray .tmp file is harmless and names only the key
                }
            }
        }
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(outbox)) {
            return;
        }
        Files.createDirectories(outbox);
        try {
            Files.setPosixFilePermissions(outbox, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException nonPosix) {
            // the platform's own ACLs apply
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder. */
    private void syncFolder() {
        try (FileChannel folder = FileChannel.open(outbox, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // not every platform can sync a directory; the file itself is already on disk
        }
    }

    @Override
    public String describe() {
        return "outbox";
    }

    @Override
    public void close() {
        // nothing held open between messages
    }
}
