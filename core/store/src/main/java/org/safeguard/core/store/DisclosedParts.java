package org.safeguard.core.store;

/** Which parts of a document were disclosed: the open parts only, or the confidential parts too. */
public enum DisclosedParts {
    OPEN,
    OPEN_AND_CONFIDENTIAL
}
