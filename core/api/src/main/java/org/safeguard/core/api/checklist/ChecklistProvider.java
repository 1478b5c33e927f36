package org.safeguard.core.api.checklist;

import java.util.List;

/**
 * Offers an area plugin's checklists. Registered as a Declarative Services component; the
 * checklists are constant data, so implementations are stateless and thread-safe.
 */
public interface ChecklistProvider {
    /** The checklists, ids prefixed with the plugin's id ({@code swindon.screening}). */
    List<Checklist> checklists();
}
