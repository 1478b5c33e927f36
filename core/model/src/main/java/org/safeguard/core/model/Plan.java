package org.safeguard.core.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a plan recorded on a case: a plan of a kind the case's area declares (a safety
 * plan, say), the route it leads to when its kind has routes (an exit strategy's), what it says,
 * who owns it and when it is reviewed. A change is a new version, never an edit; the latest
 * version of a kind is the plan in force.
 *
 * @param number   1 for the first plan of its kind on the case, 2 for the next …
 * @param route    the route chosen among its kind's, or null when the kind has none
 * @param owner    who owns the plan, or null when none is named
 * @param reviewOn the day it is reviewed, or null when none is set
 */
public record Plan(long id, long caseId, String kind, int number, String route, String text, String owner, LocalDate reviewOn,
                   String recordedBy, Instant recorded) {
}
