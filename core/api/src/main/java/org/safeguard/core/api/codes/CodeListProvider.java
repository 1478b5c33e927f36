package org.safeguard.core.api.codes;

import java.util.List;

/**
 * The service a plugin registers to offer code lists. Implementations are typically constant
 * data and must be thread-safe.
 */
@FunctionalInterface
public interface CodeListProvider {
    List<CodeList> codeLists();
}
