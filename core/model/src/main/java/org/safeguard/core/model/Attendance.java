package org.safeguard.core.model;

/** Whether a person, for an agency, was at a meeting. */
public record Attendance(long meetingId, String name, String agency, Status status) {
    /** Present, sent apologies, or absent without them. */
    public enum Status { PRESENT, APOLOGIES, ABSENT }
}
