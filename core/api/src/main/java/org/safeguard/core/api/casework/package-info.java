/**
 * What an area plugin derives from a case's recorded facts and what it refuses: flags with
 * the reason each holds ({@link org.safeguard.core.api.casework.FlagProvider}), and guards
 * that refuse a step — putting a case on a meeting, discharging it — naming what is missing
 * ({@link org.safeguard.core.api.casework.CaseGuard}). Both read a case through
 * {@link org.safeguard.core.api.casework.RecordedCase}, a read-only snapshot the core takes.
 *
 * <p>1.1: the kinds of plan an area's cases carry
 * ({@link org.safeguard.core.api.casework.PlanProvider}, {@link org.safeguard.core.api.casework.PlanKind}),
 * the plans in force, decisions and meetings on {@link org.safeguard.core.api.casework.RecordedCase},
 * the step {@link org.safeguard.core.api.casework.Step.IssueMinutes}, and where a case stands on its
 * area's path ({@link org.safeguard.core.api.casework.CasePath}).
 *
 * @since 1.0
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.safeguard.core.api.casework;
