package org.safeguard.core.api.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;

/** Field-by-field validation behind {@link FormDefinition#validate}; stateless. */
final class FieldValidator {
    static final int TEXT_LIMIT = 500;
    static final int LONG_TEXT_LIMIT = 20_000;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private FieldValidator() {
    }

    static Map<String, Object> validateAll(List<FieldDefinition> fields, Map<String, ?> values,
                                           Function<String, Optional<CodeList>> codeLists, String prefix, List<Problem> problems) {
        FormDefinition.unknownKeys(fields, values, prefix, problems);
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldDefinition field : fields) {
            Object raw = values.get(field.id());
            if (isEmpty(raw)) {
                if (field.required()) {
                    problems.add(Problem.of(prefix + field.id(), "is required (" + field.label() + ")"));
                }
                continue;
            }
            Object value = validate(field, raw, codeLists, prefix + field.id(), problems);
            if (value != null) {
                out.put(field.id(), value);
            }
        }
        return out;
    }

    private static Object validate(FieldDefinition field, Object raw, Function<String, Optional<CodeList>> codeLists,
                                   String path, List<Problem> problems) {
        return switch (field.type()) {
            case TEXT -> text(raw, TEXT_LIMIT, path, problems);
            case LONG_TEXT -> text(raw, LONG_TEXT_LIMIT, path, problems);
            case DATE -> date(String.valueOf(raw).trim(), path, problems);
            case YES_NO -> yesNo(raw, path, problems);
            case CODE -> code(field, String.valueOf(raw), codeLists, path, problems);
            case CODES -> codes(field, raw, codeLists, path, problems);
            case GROUP -> group(field, raw, codeLists, path, problems);
        };
    }

    private static boolean isEmpty(Object raw) {
        return raw == null || (raw instanceof String s && s.isBlank()) || (raw instanceof Collection<?> c && c.isEmpty());
    }

    private static String text(Object raw, int limit, String path, List<Problem> problems) {
        if (!(raw instanceof String s)) {
            problems.add(Problem.of(path, "must be text"));
            return null;
        }
        String value = s.strip();
        if (value.length() > limit) {
            problems.add(Problem.of(path, "is " + value.length() + " characters long; the limit is " + limit));
            return null;
        }
        return value;
    }

    /** Parses YYYY-MM-DD or DD/MM/YYYY strictly (no 31 February). */
    static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException iso) {
            return LocalDate.parse(value, UK_DATE);
        }
    }

    private static String date(String value, String path, List<Problem> problems) {
        try {
            return parseDate(value).toString();
        } catch (DateTimeParseException ex) {
            problems.add(Problem.of(path, "'" + value + "' is not a date (write YYYY-MM-DD or DD/MM/YYYY)"));
            return null;
        }
    }

    private static Boolean yesNo(Object raw, String path, List<Problem> problems) {
        if (raw instanceof Boolean b) {
            return b;
        }
        return switch (String.valueOf(raw).trim().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> true;
            case "no", "n", "false" -> false;
            default -> {
                problems.add(Problem.of(path, "'" + raw + "' is not yes or no"));
                yield null;
            }
        };
    }

    private static String code(FieldDefinition field, String value, Function<String, Optional<CodeList>> codeLists,
                               String path, List<Problem> problems) {
        Optional<CodeList> list = codeLists.apply(field.codeListId());
        if (list.isEmpty()) {
            problems.add(Problem.of(path, "code list " + field.codeListId() + " is not available (is its plugin enabled?)"));
            return null;
        }
        Optional<Code> code = list.get().find(value);
        if (code.isEmpty()) {
            problems.add(new Problem(path, "'" + value.trim() + "' is not in " + list.get().title()
                    + " (" + String.join(", ", list.get().codeValues()) + ")",
                    Suggestions.closest(value.trim(), list.get().codeValues()).orElse(null)));
            return null;
        }
        return code.get().code();
    }

    private static List<String> codes(FieldDefinition field, Object raw, Function<String, Optional<CodeList>> codeLists,
                                      String path, List<Problem> problems) {
        List<String> items = new ArrayList<>();
        if (raw instanceof Collection<?> c) {
            c.forEach(x -> items.add(String.valueOf(x)));
        } else {
            for (String part : String.valueOf(raw).split(",")) {
                if (!part.isBlank()) {
                    items.add(part);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String code = code(field, item, codeLists, path, problems);
            if (code != null && !out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    private static List<Map<String, Object>> group(FieldDefinition field, Object raw, Function<String, Optional<CodeList>> codeLists,
                                                   String path, List<Problem> problems) {
        if (!(raw instanceof List<?> entries)) {
            problems.add(Problem.of(path, "must be a list of entries"));
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                problems.add(Problem.of(path + "[" + (i + 1) + "]", "must be an entry of fields"));
                continue;
            }
            Map<String, Object> typed = new LinkedHashMap<>();
            entry.forEach((k, v) -> typed.put(String.valueOf(k), v));
            out.add(validateAll(field.fields(), typed, codeLists, path + "[" + (i + 1) + "].", problems));
        }
        return out;
    }
}
