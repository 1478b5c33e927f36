package org.safeguard.core.store;

/**
 * Where a queued message stands. {@code SENDING} is written before the message goes on the
 * wire and replaced after, in separate transactions: a message still {@code SENDING} once
 * its claim has lapsed was interrupted mid-send.
 */
public enum MailStatus {
    QUEUED,
    SENDING,
    SENT,
    FAILED
}
