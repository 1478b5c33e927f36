/**
 * The reports an area contributes: {@link org.safeguard.core.api.report.ReportProvider}, registered
 * as a Declarative Services component, declares them as data, and the core counts them from the
 * recorded referrals, renders them and audits every run. The first kind is the
 * {@link org.safeguard.core.api.report.ProblemProfile}: the measures of a safeguarding board's
 * problem profile for any period (victim and offender referrals, social care outcomes, CAMHS
 * contact, going missing, children in care, repeat referrals, gender and ethnicity, methods of
 * initial contact), with what the area's codes mean for them. The second is the
 * {@link org.safeguard.core.api.report.PanelReport}: a panel's report on the themes of the cases
 * it discussed, their trends and the activity tracked against the area's strands (1.1). Every
 * area also has the core's activity report, which needs no declaration.
 *
 * @since 1.0
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.safeguard.core.api.report;
