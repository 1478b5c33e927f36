package org.safeguard.plugins.london;

import java.util.List;
import org.safeguard.core.api.codes.CensusEthnicity;
import org.safeguard.core.api.codes.CodeList;

/** The ethnicity list the referral and MASE information forms record against a child. */
final class ReferralCodes {
    static final String ETHNICITY = "london.ethnicity";

    private ReferralCodes() {
    }

    static List<CodeList> all() {
        return List.of(ethnicity());
    }

    /** The protocol asks ethnicity but prints no list: the 2011 census groups the API ships. */
    static CodeList ethnicity() {
        return CensusEthnicity.england2011(ETHNICITY,
                ProtocolCodes.PROTOCOL + ", Appendix F asks ethnicity but prints no list: 2011 census ethnic groups (England)");
    }
}
