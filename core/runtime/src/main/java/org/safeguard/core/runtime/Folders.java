package org.safeguard.core.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Small file helpers the JDK lacks, for the runtime and the front ends' throwaway homes (the
 * demonstration, the start-up training, benchmarks).
 */
public final class Folders {
    private Folders() {
    }

    /** Deletes a folder and everything in it, as far as it can; nothing when it does not exist. */
    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover cache file in the temp folder harms nothing
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    /** A value that changes when a file is written (its time and size), or 0 when there is no such file. */
    public static long lastModified(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis() ^ Files.size(file) : 0L;
        } catch (IOException e) {
            return 0L;
        }
    }
}
