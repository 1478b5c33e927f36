package org.safeguard.plugins.london;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.report.PanelReport;
import org.safeguard.core.api.report.ProblemProfile;
import org.safeguard.core.api.report.ReportProvider;

/**
 * London's MASE report to the LSCB CSE sub-group (Protocol §7, "Governance" and "Reporting"): the
 * MASE meetings held, the themes of the cases discussed as their MASE information forms record
 * them (the CSE model types with the primary, group and gang offending, NRM and PREVENT
 * referrals, and the written themes of Appendix F), the trends month by month, and the activity
 * measured against the four strands with the planner for the next period. The strands are the
 * area definition's. Constant data; thread-safe.
 */
@Component(service = ReportProvider.class)
public final class LondonReports implements ReportProvider {
    static final String FORM = LondonForms.MASE_INFO;
    static final PanelReport MASE = PanelReport.builder("mase")
            .title("MASE report to the LSCB CSE sub-group")
            .source(ProtocolCodes.PROTOCOL + ", §7 (Governance; the MASE report to the LSCB)")
            .meetingType("mase")
            .themeWithPrimary("CSE model type", FORM, LondonForms.MODELS)
            .theme("Exploitative group offending", FORM, LondonForms.GROUP_OFFENDING)
            .theme("Exploitative gang offending", FORM, LondonForms.GANG_OFFENDING)
            .theme("Missing episodes", FORM, "missing-episodes")
            .theme("A&E attendance", FORM, "ae-attendance")
            .theme("Cross-border issues", FORM, "cross-border")
            .theme("Substance use", FORM, "substance-use")
            .theme("Risky internet use", FORM, "risky-internet-use")
            .theme("Trafficking concerns", FORM, "trafficking")
            .theme("NRM referral completed", FORM, "nrm-completed")
            .theme("Sexual health concerns", FORM, "sexual-health")
            .theme("County lines", FORM, "county-lines")
            .theme("Sibling or familial CSE link", FORM, "familial-link")
            .theme("Radicalisation concerns", FORM, "radicalisation")
            .theme("PREVENT referral made", FORM, "prevent-referral")
            .note("The protocol asks that these figures go to the sub-group with a narrative giving their context and the"
                    + " thematic patterns, trends and concerns; it is printed first when the coordinator writes one.")
            .build();

    public LondonReports() {
        // DS needs a public no-arg constructor; the report is constant.
    }

    @Override
    public String area() {
        return LondonArea.ID;
    }

    @Override
    public List<ProblemProfile> profiles() {
        return List.of();
    }

    @Override
    public List<PanelReport> panels() {
        return List.of(MASE);
    }
}
