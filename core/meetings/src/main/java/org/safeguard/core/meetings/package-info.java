/**
 * Meetings of the types an area's definition declares: the quorum rule, agendas built from the
 * type's structure and the live cases and actions, minutes recorded against the agenda, and
 * the audiences a document may reach. Host-side only.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.safeguard.core.meetings;
