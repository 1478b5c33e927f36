package org.safeguard.core.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.SafeguardException;

/** {@code --out}: a file is written whole or not at all, and a folder that is missing or a folder named as the file is said plainly. */
class RenderOptionsTest {
    @TempDir
    Path dir;

    private List<Path> left() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void aMissingFolderOrAFolderAsTheFileIsRefusedInWordsAndLeavesNothing() throws Exception {
        SafeguardException missing = assertThrows(SafeguardException.class,
                () -> RenderOptions.writeAtomically(dir.resolve("no-such/agenda.pdf"), new byte[] {1}));
        assertTrue(missing.getMessage().endsWith("does not exist"), missing.getMessage());
        Files.createDirectory(dir.resolve("papers"));
        SafeguardException folder = assertThrows(SafeguardException.class, () -> RenderOptions.writeAtomically(dir.resolve("papers"), new byte[] {1}));
        assertTrue(folder.getMessage().contains("it is a folder"), folder.getMessage());
        assertEquals(List.of(dir.resolve("papers")), left(), "no .part file behind");
        RenderOptions.writeAtomically(dir.resolve("agenda.pdf"), new byte[] {1, 2});
        assertArrayEquals(new byte[] {1, 2}, Files.readAllBytes(dir.resolve("agenda.pdf")));
    }
}
