package org.safeguard.core.store;

/** What became of a disclosure: waiting to go, gone, or given up on after the last attempt. */
public enum DisclosureOutcome {
    QUEUED,
    SENT,
    FAILED
}
