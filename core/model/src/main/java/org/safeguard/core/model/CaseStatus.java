package org.safeguard.core.model;

/** Where a case stands. Only one OPEN case per child per area at a time. */
public enum CaseStatus { OPEN, CLOSED, DISCHARGED, TRANSFERRED }
