package org.safeguard.core.cli.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.safeguard.core.api.SafeguardException;

/** Text files named on the command line, read whole as UTF-8 with a message naming what is wrong. */
final class TextFiles {
    private TextFiles() {
    }

    static String read(Path file) {
        if (Files.isDirectory(file)) {
            throw new SafeguardException(file + " is a folder: name the text file itself");
        }
        if (!Files.isRegularFile(file)) {
            throw new SafeguardException("no such file: " + file);
        }
        try {
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new SafeguardException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new SafeguardException("cannot read " + file + ": " + e.getClass().getSimpleName().replace("Exception", ""), e);
        }
    }
}
