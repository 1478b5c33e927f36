package org.safeguard.core.store;

import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Finds a record by the reference the lists print (C00003, CSE-00004, M00001, A00002, P00001):
 * one indexed lookup. Reads nothing but the id, so it is not an audited read; the read that
 * follows with the id is.
 */
public final class References {
    /** The kinds of record that carry a printed reference. */
    public enum Kind {
        CHILD("child"), CASE("safeguarding_case"), MEETING("meeting"), ACTION("meeting_action"), PERSON("person_of_concern");

        private final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    private final Handle handle;

    References(Handle handle) {
        this.handle = handle;
    }

    /** The id of the record of that kind with that reference, as printed or typed in lower case (at most two indexed lookups). */
    public Optional<Long> idOf(Kind kind, String reference) {
        String typed = reference.strip();
        Optional<Long> exact = lookup(kind, typed);
        String upper = typed.toUpperCase(Locale.ROOT);
        return exact.isPresent() || upper.equals(typed) ? exact : lookup(kind, upper);
    }

    private Optional<Long> lookup(Kind kind, String reference) {
        return handle.createQuery("SELECT id FROM " + kind.table + " WHERE reference = ?")
                .bind(0, reference).mapTo(Long.class).findOne();
    }
}
