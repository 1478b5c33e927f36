/**
 * Reports counted from the recorded casework for a period. {@link org.safeguard.core.reports.Profiles}
 * works out an area's {@link org.safeguard.core.api.report.ProblemProfile} from the database's
 * aggregates ({@link org.safeguard.core.reports.ProfileFigures}), lays it out for the
 * {@code profile} templates ({@link org.safeguard.core.reports.ProfileView}), and draws its charts
 * ({@link org.safeguard.core.reports.Charts}, JFreeChart, as PNG images embedded in the HTML and PDF
 * renderings). The application layer's report service is its caller.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.safeguard.core.reports;
