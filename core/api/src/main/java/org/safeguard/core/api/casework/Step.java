package org.safeguard.core.api.casework;

import java.util.Objects;

/**
 * A step in a case's life that an area may refuse until something is recorded. Immutable.
 */
public sealed interface Step {
    /** Putting the case on the panel of a meeting of a type (a meeting type id of the area definition). */
    record OnMeeting(String meetingType) implements Step {
        public OnMeeting {
            Objects.requireNonNull(meetingType, "meetingType");
        }
    }

    /** Discharging the case: work with the child ends with the panel's agreement. */
    record Discharge() implements Step {
    }

    /**
     * Issuing the minutes of a meeting of a type with the case on its panel (a meeting type id of
     * the area definition): asked for every case on the panel before the minutes are sent.
     *
     * @since 1.1
     */
    record IssueMinutes(String meetingType) implements Step {
        public IssueMinutes {
            Objects.requireNonNull(meetingType, "meetingType");
        }
    }

    /**
     * Recording a decision of a kind on the case (e.g. {@code not-to-refer}).
     *
     * @param kind       what was decided about
     * @param approvedBy who approved it (a senior manager, say), or null when nobody is named
     * @param childAge   the child's age in whole years on the day decided, or null when the date of birth is not recorded
     * @since 1.1
     */
    record Decide(String kind, String approvedBy, Integer childAge) implements Step {
        public Decide {
            Objects.requireNonNull(kind, "kind");
        }
    }
}
