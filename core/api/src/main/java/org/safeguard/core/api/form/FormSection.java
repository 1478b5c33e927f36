package org.safeguard.core.api.form;

import java.util.List;
import java.util.Objects;

/** A titled part of a form, in the printed form's order. Immutable. */
public record FormSection(String title, List<FieldDefinition> fields) {
    public FormSection {
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
    }

    public static FormSection of(String title, FieldDefinition... fields) {
        return new FormSection(title, List.of(fields));
    }
}
