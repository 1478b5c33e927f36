package org.safeguard.plugins.lancashire;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.report.ProblemProfile;
import org.safeguard.core.api.report.ReportProvider;

/**
 * The Lancashire CSE problem profile, the measures of the CSE Briefing Note ("About Victims" and
 * "Pursue"): victim referrals every six months, their social care outcomes by section of the
 * Children Act, CAMHS contact, repeat missing children (three times or more) and those missing
 * more than once, children in care, children referred more than once, gender and ethnicity, the
 * offender and suspect referrals with their gender and ethnicity, and the methods of initial
 * contact. "In care" is the CSE 1 form's looked-after answers for a foster family, a residential
 * unit or secure accommodation; "white" is the form's W codes. Constant data; thread-safe.
 */
@Component(service = ReportProvider.class)
public final class LancashireReports implements ReportProvider {
    static final ProblemProfile PROFILE = ProblemProfile.builder("profile")
            .title("Lancashire CSE problem profile")
            .source("Lancashire Constabulary, Child Sexual Exploitation Briefing Note (About Victims; Pursue)")
            .inCare("foster", "residential", "secure")
            .white("W1", "W2", "W9")
            .note("Shares are of the period's victim referrals (offender shares of its offender referrals), as the briefing"
                    + " note gives them; a referral with a fact not recorded counts as not having it.")
            .note("Missing is counted before each referral: the tracker's count where the referral was imported with one,"
                    + " otherwise the child's recorded missing episodes that began before it.")
            .build();

    public LancashireReports() {
        // DS needs a public no-arg constructor; the profile is constant.
    }

    @Override
    public String area() {
        return LancashireArea.ID;
    }

    @Override
    public List<ProblemProfile> profiles() {
        return List.of(PROFILE);
    }
}
