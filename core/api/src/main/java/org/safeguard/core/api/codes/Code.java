package org.safeguard.core.api.codes;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a code list: the code stored, its label, an optional longer description, and
 * other spellings accepted on input (for example a printed form's misprint). Immutable.
 */
public record Code(String code, String label, String description, List<String> aliases) {
    public Code {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        description = description == null ? "" : description;
        aliases = List.copyOf(aliases);
    }

    public static Code of(String code, String label) {
        return new Code(code, label, "", List.of());
    }

    public static Code of(String code, String label, String description) {
        return new Code(code, label, description, List.of());
    }
}
