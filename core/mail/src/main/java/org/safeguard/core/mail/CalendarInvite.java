package org.safeguard.core.mail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A meeting request carried as an iCalendar part ({@code text/calendar; method=REQUEST})
 * beside the text and HTML: one event in UTC. {@code uid} identifies the meeting across
 * updates and {@code sequence} counts them (0 for the first request), so a calendar replaces
 * rather than duplicates the event. With no attendees given, the message's recipient is the
 * attendee — least data: one invitee's message need not list everyone else. A cancellation
 * ({@link Method#CANCEL}, from {@link #cancelled}) withdraws the event of the same uid, and
 * carries a sequence higher than the last request's. Immutable.
 */
public record CalendarInvite(String uid, int sequence, Instant start, Instant end, String summary, String location,
                             Person organizer, List<Person> attendees, Method method) {
    /** What the message asks of the calendar: put the event in (or update it), or take it out. */
    public enum Method { REQUEST, CANCEL }

    /** A meeting request. */
    public CalendarInvite(String uid, int sequence, Instant start, Instant end, String summary, String location, Person organizer,
                          List<Person> attendees) {
        this(uid, sequence, start, end, summary, location, organizer, attendees, Method.REQUEST);
    }

    public CalendarInvite {
        Objects.requireNonNull(method, "method");
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

    /** The cancellation of this event: the same uid and times, at {@code sequence}. */
    public CalendarInvite cancelled(int sequence) {
        return new CalendarInvite(uid, sequence, start, end, summary, location, organizer, attendees, Method.CANCEL);
    }

    /** An organizer or attendee: a mail address and a display name (may be {@code null}). */
    public record Person(String address, String name) {
        public Person {
            Objects.requireNonNull(address, "address");
        }
    }
}
