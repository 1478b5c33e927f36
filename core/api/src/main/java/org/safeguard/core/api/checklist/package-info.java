/**
 * Checklist instruments: questions answered yes, no or unknown (and whole-number questions such
 * as an age), with rules that turn the answers into what should happen next — Swindon's
 * screening (which routes a child's case by age and the §9.3 criteria), Stockport's
 * strategy-meeting criteria (which recommend convening). Unlike a scored
 * {@link org.safeguard.core.api.instrument.Instrument}, a checklist sums nothing: each rule holds,
 * does not hold, or cannot be decided while an answer it reads is unknown, and an unknown answer
 * never counts as "does not apply". A plugin offers checklists with a
 * {@link org.safeguard.core.api.checklist.ChecklistProvider}; the core records results on cases and
 * keeps each checklist version as it was, so a result is reproducible from its answers.
 *
 * <p>1.1: {@link org.safeguard.core.api.checklist.ChecklistResult#met()} (the questions answered
 * yes) and {@link org.safeguard.core.api.checklist.Checklist#recommendation} (what a result
 * recommends, in the checklist's words).
 *
 * @since 1.0
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.safeguard.core.api.checklist;
