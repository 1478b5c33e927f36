package org.safeguard.core.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderOptionsTest {
    @TempDir
    Path dir;

    @Test
    void aSymbolicLinkWhereTheTemporaryFileUsedToBeIsNeverFollowed() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim"), "untouched");
        Path out = dir.resolve("agenda.pdf");
        Files.createSymbolicLink(dir.resolve("agenda.pdf.part"), victim);
        RenderOptions.writeAtomically(out, "%PDF".getBytes(StandardCharsets.US_ASCII));
        assertEquals("untouched", Files.readString(victim));
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(out));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(out));
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        Path out = Files.createDirectories(dir.resolve("minutes.pdf"));
        Files.writeString(out.resolve("keep"), "a folder in the way");
        assertThrows(IOException.class, () -> RenderOptions.writeAtomically(out, new byte[] {1, 2, 3}));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(out), left.toList(), "no temporary file is left beside the target");
        }
    }
}
