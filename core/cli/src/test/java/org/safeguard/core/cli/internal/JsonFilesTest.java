package org.safeguard.core.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.SafeguardException;

/** A JSON file a person wrote is refused in words and by place, never in the JSON library's own (the attack's minutes-file findings). */
class JsonFilesTest {
    @TempDir
    Path dir;

    private String refused(String text) throws Exception {
        Path f = dir.resolve("minutes.json");
        Files.writeString(f, text);
        return assertThrows(SafeguardException.class, () -> JsonFiles.readObject(f, "minutes")).getMessage();
    }

    @Test
    void brokenJsonIsNamedByLineAndColumnInPlainWords() throws Exception {
        String comma = refused("{\"items\": [\n  {\"item\": \"1.1\",}\n]}");
        assertTrue(comma.contains("minutes.json:2:"), comma);
        assertTrue(comma.contains("not valid JSON here"), comma);
        assertFalse(comma.contains("Unexpected character") || comma.contains("Source:"), "not the library's words: " + comma);
        String early = refused("{\"items\": [");
        assertTrue(early.contains("ends too early"), early);
        String deep = refused("[".repeat(1100) + "]".repeat(1100));
        assertTrue(deep.contains("nested deeper") || deep.contains("not valid JSON"), deep);
        assertFalse(deep.contains("StreamReadConstraints"), deep);
        assertTrue(refused("").contains("is empty"));
    }

    @Test
    void aFolderOrBytesThatAreNotTextAreSaidForWhatTheyAre() throws Exception {
        Files.createDirectory(dir.resolve("papers"));
        assertTrue(assertThrows(SafeguardException.class, () -> JsonFiles.readObject(dir.resolve("papers"), "minutes")).getMessage()
                .contains("is a folder"));
        Path binary = dir.resolve("bin.json");
        Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1, 2});
        assertTrue(assertThrows(SafeguardException.class, () -> JsonFiles.readObject(binary, "minutes")).getMessage()
                .contains("is not UTF-8 text"));
        assertEquals("no such file: " + dir.resolve("none.json"),
                assertThrows(SafeguardException.class, () -> JsonFiles.readObject(dir.resolve("none.json"), "minutes")).getMessage());
    }
}
