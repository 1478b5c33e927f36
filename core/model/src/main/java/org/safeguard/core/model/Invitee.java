package org.safeguard.core.model;

/**
 * Someone invited to a meeting. A restricted invitee (for instance a parent invited to the
 * open part) receives renderings with every confidential part left out. An invitee who is not
 * a member of the meeting (not one of its type's agencies) is restricted unless someone recorded
 * why not: {@code unrestrictedReason} and {@code unrestrictedBy} say why and who, and are null
 * otherwise.
 */
public record Invitee(long id, long meetingId, String name, String email, String agency, String role, boolean restricted,
                      String unrestrictedReason, String unrestrictedBy) {
}
