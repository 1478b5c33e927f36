package org.safeguard.core.model;

import java.util.List;

/**
 * The minutes of one agenda item ({@code item} like "1.2": part 1, item 2): notes and the
 * decisions taken. Confidential entries belong to a confidential part and never reach a
 * restricted audience.
 */
public record MinutesEntry(long id, long meetingId, String item, String title, boolean confidential, Long caseId,
                           String notes, List<String> decisions) {
    public MinutesEntry {
        decisions = List.copyOf(decisions);
    }
}
