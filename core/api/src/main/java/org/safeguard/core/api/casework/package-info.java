/**
 * What an area plugin derives from a case's recorded facts and what it refuses: flags with
 * the reason each holds ({@link org.safeguard.core.api.casework.FlagProvider}), and guards
 * that refuse a step — putting a case on a meeting, discharging it — naming what is missing
 * ({@link org.safeguard.core.api.casework.CaseGuard}). Both read a case through
 * {@link org.safeguard.core.api.casework.RecordedCase}, a read-only snapshot the core takes.
 *
 * @since 1.0
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.core.api.casework;
