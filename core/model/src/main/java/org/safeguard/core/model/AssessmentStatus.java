package org.safeguard.core.model;

/** A draft may be incomplete and has no band; a final is complete and never edited. */
public enum AssessmentStatus { DRAFT, FINAL }
