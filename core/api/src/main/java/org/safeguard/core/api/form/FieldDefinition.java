package org.safeguard.core.api.form;

import java.util.List;
import java.util.Objects;

/**
 * One field of a form. Immutable.
 *
 * @param id         the key of the field's value (lower camel case), unique within its form or group
 * @param label      the form's wording
 * @param type       how the value is validated
 * @param required   whether a value must be given
 * @param codeListId for {@link FieldType#CODE} and {@link FieldType#CODES}: the code list's id
 * @param binding    the core concept the value fills, or null
 * @param fields     for {@link FieldType#GROUP}: the sub-fields of each entry
 */
public record FieldDefinition(String id, String label, FieldType type, boolean required, String codeListId,
                              CoreField binding, List<FieldDefinition> fields) {
    public FieldDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        fields = List.copyOf(fields);
        if ((type == FieldType.CODE || type == FieldType.CODES) && codeListId == null) {
            throw new IllegalArgumentException("field " + id + " needs a code list");
        }
    }

    public static FieldDefinition text(String id, String label, boolean required, CoreField binding) {
        return new FieldDefinition(id, label, FieldType.TEXT, required, null, binding, List.of());
    }

    public static FieldDefinition longText(String id, String label, boolean required, CoreField binding) {
        return new FieldDefinition(id, label, FieldType.LONG_TEXT, required, null, binding, List.of());
    }

    public static FieldDefinition date(String id, String label, boolean required, CoreField binding) {
        return new FieldDefinition(id, label, FieldType.DATE, required, null, binding, List.of());
    }

    public static FieldDefinition yesNo(String id, String label, boolean required, CoreField binding) {
        return new FieldDefinition(id, label, FieldType.YES_NO, required, null, binding, List.of());
    }

    public static FieldDefinition code(String id, String label, boolean required, String codeList, CoreField binding) {
        return new FieldDefinition(id, label, FieldType.CODE, required, codeList, binding, List.of());
    }

    public static FieldDefinition codes(String id, String label, boolean required, String codeList, CoreField binding) {
        return new FieldDefinition(id, label, FieldType.CODES, required, codeList, binding, List.of());
    }

    public static FieldDefinition group(String id, String label, CoreField binding, FieldDefinition... fields) {
        return new FieldDefinition(id, label, FieldType.GROUP, false, null, binding, List.of(fields));
    }
}
