package org.safeguard.core.store;

import java.util.Objects;

/**
 * A disclosure to record: which document, which parts, to whom (address, name, agency) and on
 * what basis. The basis and the agency are required: the log exists to show them. Immutable.
 */
public record NewDisclosure(DocumentRef document, DisclosedParts parts, String recipient, String recipientName,
                            String recipientAgency, String basis) {
    public NewDisclosure {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(parts, "parts");
    }
}
