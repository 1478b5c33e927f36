package org.safeguard.core.mail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A meeting request carried as an iCalendar part ({@code text/calendar; method=REQUEST})
 * beside the text and HTML: one event in UTC. {@code uid} identifies the meeting across
 * updates and {@code sequence} counts them (0 for the first request), so a calendar replaces
 * rather than duplicates the event. With no attendees given, the message's recipient is the
 * attendee — least data: one invitee's message need not list everyone else. Immutable.
 */
public record CalendarInvite(String uid, int sequence, Instant start, Instant end, String summary, String location,
                             Person organizer, List<Person> attendees) {
    public CalendarInvite {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(organizer, "organizer");
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a meeting ends after it starts");
        }
    }

    /** An organizer or attendee: a mail address and a display name (may be {@code null}). */
    public record Person(String address, String name) {
        public Person {
            Objects.requireNonNull(address, "address");
        }
    }
}
