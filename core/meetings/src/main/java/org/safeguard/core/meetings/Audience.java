package org.safeguard.core.meetings;

/**
 * Who a rendering is for. A restricted audience (for instance parents invited to the open
 * part of a strategy meeting) receives documents with every confidential part left out
 * entirely — not blanked — so that nothing about it, not even its title, reaches them.
 */
public enum Audience {
    FULL, RESTRICTED;

    public boolean sees(boolean confidential) {
        return this == FULL || !confidential;
    }
}
