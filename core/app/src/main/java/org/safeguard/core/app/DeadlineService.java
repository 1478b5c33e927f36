package org.safeguard.core.app;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Role;

/**
 * The deadlines of open cases, as their area's definition writes them ({@code deadline … within
 * … of … met by …}), worked out from what is recorded at the request's time. Reads are audited.
 * Implementations are thread-safe.
 */
public interface DeadlineService {
    /** Where a deadline's clock stands. */
    enum State {
        OPEN, MET, OVERDUE;

        /** As the command line and JSON say it. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One deadline of one case.
     *
     * @param id      the deadline's id in the area definition
     * @param title   its label
     * @param due     from when it has passed unless met
     * @param dueDate the last local date allowed (Europe/London): due at 00:00 on 1 May is by 30 April
     * @param met     when what meets it was recorded, or null
     * @param metBy   what meets it, as a sentence ("a final assessment of lancashire.cse2 or a decision of kind strategy"); empty when nothing does
     */
    record Entry(CaseRecord onCase, String id, String title, Instant due, LocalDate dueDate, Instant met, State state, String metBy) {
        public Entry {
            Objects.requireNonNull(onCase, "onCase");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(state, "state");
        }

        /** Met after it was due. */
        public boolean late() {
            return met != null && met.isAfter(due);
        }
    }

    /**
     * Which deadlines to list.
     *
     * @param area      one area's, or null for every area's
     * @param overdue   only those overdue
     * @param dueWithin only those open and due within this time from now, or null for any
     */
    record Filter(String area, boolean overdue, Duration dueWithin) {
        public static final Filter ALL = new Filter(null, false, null);
    }

    /** The running deadlines of one case (those whose event has happened), in definition order; the read is audited. */
    @Needs(Role.PRACTITIONER)
    List<Entry> forCase(RequestContext ctx, long caseId);

    /** The running deadlines of every open case the filter keeps, soonest due first; the read is audited. */
    @Needs(Role.COORDINATOR)
    List<Entry> list(RequestContext ctx, Filter filter);
}
