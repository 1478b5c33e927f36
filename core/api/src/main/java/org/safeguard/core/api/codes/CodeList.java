package org.safeguard.core.api.codes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named list of codes, e.g. {@code lancashire.ethnicity}. Codes are unique; lookups accept
 * a code or any of its aliases, ignoring case. Immutable and thread-safe.
 *
 * @param id     unique across plugins, conventionally {@code <plugin>.<name>}
 * @param title  what the list is, for people
 * @param source where the list comes from (document and section)
 * @param codes  the entries in their printed order
 */
public record CodeList(String id, String title, String source, List<Code> codes) {
    public CodeList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        source = source == null ? "" : source;
        codes = List.copyOf(codes);
        if (codes.stream().map(Code::code).distinct().count() != codes.size()) {
            throw new IllegalArgumentException("code list " + id + " has a duplicate code");
        }
        java.util.Set<String> spellings = new java.util.HashSet<>();
        for (Code c : codes) {
            for (String s : java.util.stream.Stream.concat(java.util.stream.Stream.of(c.code()), c.aliases().stream()).toList()) {
                if (!spellings.add(s.toLowerCase(java.util.Locale.ROOT))) {
                    throw new IllegalArgumentException("code list " + id + ": '" + s + "' names two entries");
                }
            }
        }
    }

    /** The entry whose code or alias matches {@code input}, ignoring case and surrounding space. */
    public Optional<Code> find(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String key = input.trim();
        return codes.stream()
                .filter(c -> c.code().equalsIgnoreCase(key) || c.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(key)))
                .findFirst();
    }

    public List<String> codeValues() {
        return codes.stream().map(Code::code).toList();
    }
}
