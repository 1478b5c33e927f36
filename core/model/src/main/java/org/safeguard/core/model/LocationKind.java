package org.safeguard.core.model;

/** What a location is to the panel. */
public enum LocationKind { VICTIM_ADDRESS, OFFENDER_ADDRESS, INCIDENT, HOTSPOT, FOUND_WHEN_MISSING, OTHER }
