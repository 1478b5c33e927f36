package org.safeguard.core.mail.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.util.Locale;
import org.safeguard.core.store.MailMessage;

/**
 * Writes each message to {@code <outbox>/<subject as a token>.<key>.eml} — for example
 * {@code macse-panel-10-december-2026-agenda-m00005-v2.agenda-37-v2-r1a2b3c4d5e6.eml}, so the
 * folder sorts by meeting and names the meeting, document and version of each file, while the
 * key keeps the name unique and the subject has already been checked to name no child. It
 * writes to a temporary file in the same folder,
 * flushed to disk, then renamed into place, so a reader never sees half a message. Writing
 * the same key again replaces the file, so a resumed run cannot leave two copies. The folder
 * and files are readable by their owner only.
 */
public final class OutboxChannel implements Channel {
    private static final int MAX_SUBJECT_TOKEN = 80;
    private final Path outbox;

    public OutboxChannel(Path outbox) {
        this.outbox = outbox.toAbsolutePath();
    }

    @Override
    public void deliver(MailMessage message, byte[] mime) throws DeliveryException {
        Path temporary = null;
        try {
            createFolder();
            temporary = Files.createTempFile(outbox, "." + message.key() + "-", ".tmp"); // owner-only on POSIX; names only the key
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(mime);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(temporary, outbox.resolve(fileName(message)), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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

    /** The file a message is written to: its subject as a lower-case token of at most 80 characters, then its key. */
    public static String fileName(MailMessage message) {
        String folded = Normalizer.normalize(message.subject() == null ? "" : message.subject(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replaceAll("[^a-z0-9]+", "-");
        String token = folded.length() > MAX_SUBJECT_TOKEN ? folded.substring(0, MAX_SUBJECT_TOKEN) : folded;
        token = token.replaceAll("^-+|-+$", "");
        return (token.isEmpty() ? "" : token + ".") + message.key() + ".eml";
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
