package org.safeguard.core.model;

/**
 * Someone invited to a meeting. A restricted invitee (for instance a parent invited to the
 * open part) receives renderings with every confidential part left out.
 */
public record Invitee(long id, long meetingId, String name, String email, String agency, String role, boolean restricted) {
}
