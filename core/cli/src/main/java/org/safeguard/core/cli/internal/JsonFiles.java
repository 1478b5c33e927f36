package org.safeguard.core.cli.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.safeguard.core.api.SafeguardException;

/**
 * A JSON object a person wrote (a referral, a case form, minutes), read with problems said in
 * words and by place — the file, its line and column — never in the JSON library's own.
 */
final class JsonFiles {
    private JsonFiles() {
    }

    /** The object in the file. */
    static Map<String, Object> readObject(Path file, String what) {
        if (Files.isDirectory(file)) {
            throw new SafeguardException(file + " is a folder: name the " + what + " file itself");
        }
        if (!Files.isRegularFile(file)) {
            throw new SafeguardException("no such file: " + file);
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new SafeguardException(file + " is not UTF-8 text: a " + what + " file is JSON, written as plain text");
        } catch (IOException e) {
            throw new SafeguardException("cannot read " + file + ": " + e.getClass().getSimpleName().replace("Exception", ""), e);
        }
        return parseObject(text, file.toString(), what);
    }

    /** The object in a text, named {@code where} in messages. */
    static Map<String, Object> parseObject(String text, String where, String what) {
        if (text.isBlank()) {
            throw new SafeguardException(where + " is empty; it should hold one JSON object (" + what + ")");
        }
        Map<String, Object> m;
        try {
            m = JSON.std.mapFrom(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null || at.getLineNr() < 1 ? where : where + ":" + at.getLineNr() + ":" + at.getColumnNr();
            String why = String.valueOf(e.getOriginalMessage());
            throw new SafeguardException(place + ": " + (why.contains("nesting depth") ? "nested deeper than any " + what + " is"
                    : why.contains("end-of-input") || why.contains("end-of-file") ? "the JSON ends too early (a closing } or ] is missing)"
                    : "this is not valid JSON here (look for a missing or extra comma, quote or bracket)"));
        } catch (IOException e) {
            throw new SafeguardException(where + ": cannot be read as JSON");
        }
        if (m == null) {
            throw new SafeguardException(where + " is empty; it should hold one JSON object (" + what + ")");
        }
        return m;
    }
}
