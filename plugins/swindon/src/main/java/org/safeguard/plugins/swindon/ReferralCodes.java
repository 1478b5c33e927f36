package org.safeguard.plugins.swindon;

import static org.safeguard.core.api.codes.Code.of;

import java.util.List;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;

/** The ethnicity list the referral records against a child. */
final class ReferralCodes {
    static final String ETHNICITY = "swindon.ethnicity";

    private ReferralCodes() {
    }

    static List<CodeList> all() {
        return List.of(ethnicity());
    }

    /**
     * The handbook prints no ethnicity list, so these are the 2011 census categories for England in
     * census order, coded as London's and Lancashire's are. "01" and "09" (zero for the letter O)
     * are accepted too.
     */
    static CodeList ethnicity() {
        return new CodeList(ETHNICITY, "Ethnicity",
                SwindonChecklists.HANDBOOK + " prints no ethnicity list: 2011 census ethnic groups (England)", List.of(
                of("W1", "English/Welsh/Scottish/Northern Irish/British"),
                of("W2", "Irish"),
                of("W3", "Gypsy or Irish Traveller"),
                of("W9", "Any other White background"),
                of("M1", "White and Black Caribbean"),
                of("M2", "White and Black African"),
                of("M3", "White and Asian"),
                of("M9", "Any other Mixed/multiple ethnic background"),
                of("A1", "Indian"),
                of("A2", "Pakistani"),
                of("A3", "Bangladeshi"),
                of("A4", "Chinese"),
                of("A9", "Any other Asian background"),
                of("B1", "African"),
                of("B2", "Caribbean"),
                of("B9", "Any other Black/African/Caribbean background"),
                new Code("O1", "Arab", "", List.of("01")),
                new Code("O9", "Any other ethnic group", "", List.of("09"))));
    }
}
