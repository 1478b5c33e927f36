/**
 * Evaluating checked definitions: conditions against a snapshot of one case, due times of
 * deadlines by the working-day calendar, and the catalogue of model fields conditions may use.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.dsl.eval;
