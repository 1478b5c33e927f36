package org.safeguard.core.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action agreed at a meeting: what, who (person and agency), by when, for which case.
 * Overdue is not stored: an open action past its due date is overdue ({@link #overdueOn}).
 * {@code confidential} is the confidentiality of the agenda item that agreed it, kept with the
 * action so that no later rendering (a review of actions, a case's notes) shows an action agreed
 * in a confidential part to a restricted audience, whatever the meeting type has become since.
 * An action an area rule created is agreed at no meeting: {@code meetingId} is null and {@code
 * area} names the area whose next meeting reviews it (null for an action agreed at a meeting).
 */
public record MeetingAction(long id, String reference, Long meetingId, String item, Long caseId, String description,
                            String owner, String agency, LocalDate due, Status status, Instant closed, String closedNote,
                            Instant recorded, boolean confidential, String strand, String area) {
    /** Open until done or cancelled. */
    public enum Status { OPEN, DONE, CANCELLED }

    public boolean overdueOn(LocalDate day) {
        return status == Status.OPEN && due.isBefore(day);
    }

    /** open, overdue, done or cancelled, as coordinators say it. */
    public String state(LocalDate day) {
        return overdueOn(day) ? "overdue" : status.name().toLowerCase();
    }
}
