package org.safeguard.core.app;

import org.safeguard.core.model.Role;

/**
 * Turns what a person types for a record — its number, or the reference the lists and papers
 * print (C00003, the area's case reference such as CSE-00004, M00001, A00002, P00001, R00001;
 * locations and missing episodes by the number their lists print) — into
 * its id. Finding the id is not a read of the record; the call that follows with the id is
 * audited as usual. Implementations are thread-safe.
 */
public interface ReferenceService {
    /** The kinds of record that carry a printed reference. */
    enum Kind {
        CHILD("child", "C00003"), CASE("case", "CSE-00004"), MEETING("meeting", "M00001"), ACTION("action", "A00002"),
        PERSON("person of concern", "P00001"),
        REFERRAL("referral", "R00001"),
        /** Locations and missing episodes print their number only: that is what they take. */
        LOCATION("location", "3"), EPISODE("missing episode", "2");

        private final String noun;
        private final String example;

        Kind(String noun, String example) {
            this.noun = noun;
            this.example = example;
        }

        /** What the record is called, e.g. "child". */
        public String noun() {
            return noun;
        }

        /** A reference of that kind, for messages. */
        public String example() {
            return example;
        }
    }

    /**
     * The id a typed number or reference stands for: a number is the id itself; a reference is
     * looked up (letters in any case).
     *
     * @throws org.safeguard.core.api.NotFoundException when no record of the kind has the reference
     * @throws org.safeguard.core.api.InvalidInputException when the text is empty
     */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    long resolve(RequestContext ctx, Kind kind, String typed);
}
