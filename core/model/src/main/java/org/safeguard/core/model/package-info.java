/**
 * The shared core model every area works over: children, cases, referrals, assessments,
 * classifications, missing episodes, persons of concern, locations, decisions and the audit
 * trail. These are immutable values as read from the store; the store is their only writer.
 * Age is never stored: {@link org.safeguard.core.model.Child#ageOn} computes it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.safeguard.core.model;
