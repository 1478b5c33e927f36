package org.safeguard.core.api.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.codes.CodeList;

/**
 * A form an area uses, e.g. a referral form: its id and version, title, source and sections.
 * Immutable and thread-safe.
 *
 * @param id      unique across plugins, e.g. {@code lancashire.cse1}
 * @param version changes whenever a field changes; stored with every submission
 * @param title   the form's title
 * @param source  where the form comes from (document and appendix)
 */
public record FormDefinition(String id, String version, String title, String source, List<FormSection> sections) {
    public FormDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        source = source == null ? "" : source;
        sections = List.copyOf(sections);
    }

    public List<FieldDefinition> fields() {
        return sections.stream().flatMap(s -> s.fields().stream()).toList();
    }

    public Optional<FieldDefinition> boundTo(CoreField concept) {
        return fields().stream().filter(f -> f.binding() == concept).findFirst();
    }

    /**
     * Checks submitted values against the fields and returns them normalised (dates as
     * YYYY-MM-DD, yes/no as booleans, codes by their stored spelling), in form order.
     * Every problem is reported at once.
     *
     * @param values    field id to value: a String, a List of Strings for CODES, a List of Maps for GROUP
     * @param codeLists resolves a code list id (lists come from plugins)
     * @throws InvalidInputException listing every missing, unknown or malformed value
     */
    public Map<String, Object> validate(Map<String, ?> values, Function<String, Optional<CodeList>> codeLists) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> out = FieldValidator.validateAll(fields(), values, codeLists, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(title + " refused", problems);
        }
        return out;
    }

    /** Field ids that are not part of this form, with a suggestion each. */
    static void unknownKeys(List<FieldDefinition> fields, Map<String, ?> values, String prefix, List<Problem> problems) {
        Set<String> known = fields.stream().map(FieldDefinition::id).collect(Collectors.toSet());
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                problems.add(new Problem(prefix + key, "is not a field of this form",
                        Suggestions.closest(key, known).orElse(null)));
            }
        }
    }

    /** Keeps insertion order for callers that build values by hand. */
    public static Map<String, Object> values() {
        return new LinkedHashMap<>();
    }
}
