package org.safeguard.core.api.form;

import java.util.List;

/** The service a plugin registers to offer forms. Must be thread-safe; usually constant data. */
@FunctionalInterface
public interface FormProvider {
    List<FormDefinition> forms();
}
