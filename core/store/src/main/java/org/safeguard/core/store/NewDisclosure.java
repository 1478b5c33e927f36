package org.safeguard.core.store;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A disclosure to record: which document, which parts, to whom (address, name, agency), on
 * what basis, and which children the copy concerns (by id: what "where did this child's details
 * go?" is answered from). The basis and the agency are required: the log exists to show them.
 * Immutable.
 */
public record NewDisclosure(DocumentRef document, DisclosedParts parts, String recipient, String recipientName,
                            String recipientAgency, String basis, List<Long> children) {
    public NewDisclosure {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(parts, "parts");
        children = children == null ? List.of() : List.copyOf(children.stream().distinct().sorted().toList());
    }

    /** A disclosure that concerns no child by name (an invitation, an open part). */
    public NewDisclosure(DocumentRef document, DisclosedParts parts, String recipient, String recipientName, String recipientAgency,
                         String basis) {
        this(document, parts, recipient, recipientName, recipientAgency, basis, List.of());
    }

    /** The same disclosure concerning these children. */
    public NewDisclosure concerning(Collection<Long> childIds) {
        return new NewDisclosure(document, parts, recipient, recipientName, recipientAgency, basis, List.copyOf(childIds));
    }
}
