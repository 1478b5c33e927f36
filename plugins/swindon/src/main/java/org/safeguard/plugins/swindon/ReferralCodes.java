package org.safeguard.plugins.swindon;

import java.util.List;
import org.safeguard.core.api.codes.CensusEthnicity;
import org.safeguard.core.api.codes.CodeList;

/** The ethnicity list the referral records against a child. */
final class ReferralCodes {
    static final String ETHNICITY = "swindon.ethnicity";

    private ReferralCodes() {
    }

    static List<CodeList> all() {
        return List.of(ethnicity());
    }

    /** The protocol asks ethnicity but prints no list: the 2011 census groups the API ships. */
    static CodeList ethnicity() {
        return CensusEthnicity.england2011(ETHNICITY, SwindonChecklists.HANDBOOK + " prints no ethnicity list: 2011 census ethnic groups (England)");
    }
}
