package org.safeguard.plugins.lancashire;

import static org.safeguard.core.api.codes.Code.of;

import java.util.List;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;

/** The code lists of the CSE 1 referral form (SOP Appendix G), in the form's printed order. */
final class ReferralCodes {
    static final String ETHNICITY = "lancashire.ethnicity";
    static final String LOOKED_AFTER = "lancashire.looked-after";
    static final String LEGAL_STATUS = "lancashire.legal-status";
    static final String BASIS_OF_CONCERN = "lancashire.basis-of-concern";
    static final String VIOLENCE = "lancashire.violence";

    private static final String FORM = "Pan-Lancashire CSE Standard Operating Protocol, Appendix G (CSE Referral Form CSE 1)";

    private ReferralCodes() {
    }

    static List<CodeList> all() {
        return List.of(ethnicity(), lookedAfter(), legalStatus(), basisOfConcern(), violence());
    }

    /** The form prints the last two codes as "01" and "09": a letter O read as a zero. Both spellings are accepted. */
    static CodeList ethnicity() {
        return new CodeList(ETHNICITY, "Ethnicity", FORM + ", ethnicity codes", List.of(
                of("W1", "British"),
                of("W2", "Irish"),
                of("W9", "Any other white background"),
                of("M1", "White and Black Caribbean"),
                of("M2", "White and Black African"),
                of("M3", "White and Asian"),
                of("M9", "Any other mixed background"),
                of("A1", "Indian"),
                of("A2", "Pakistani"),
                of("A3", "Bangladeshi"),
                of("A9", "Any other Asian background"),
                of("B1", "Caribbean"),
                of("B2", "African"),
                of("B9", "Any other black background"),
                new Code("O1", "Chinese", "", List.of("01")),
                new Code("O9", "Any other ethnic background", "", List.of("09"))));
    }

    static CodeList lookedAfter() {
        return new CodeList(LOOKED_AFTER, "Looked after status", FORM + ", looked after status", List.of(
                of("family-no-care", "Lives with family, no experience of care"),
                of("family-previous-care", "Lives with family members, previous experience of care"),
                of("care-leaver", "Care leaver"),
                of("unknown", "Unknown"),
                of("foster", "Young person is looked after: foster family"),
                of("residential", "Young person is looked after: residential unit"),
                of("secure", "Young person is in secure accommodation")));
    }

    static CodeList legalStatus() {
        return new CodeList(LEGAL_STATUS, "Legal status where looked after", FORM + ", looked after status", List.of(
                new Code("section-20", "Section 20 (voluntary)",
                        "Children Act 1989 s20: accommodated by the local authority by agreement", List.of("s20")),
                new Code("section-38", "Section 38 (interim care order)",
                        "Children Act 1989 s38: an interim care order", List.of("s38")),
                new Code("section-31", "Section 31 (care order)",
                        "Children Act 1989 s31: a care order", List.of("s31"))));
    }

    /** "Peers being sexually exploited" replaces the printed form's wording (language rule, SOP §14). */
    static CodeList basisOfConcern() {
        return new CodeList(BASIS_OF_CONCERN, "Basis of concerns regarding sexual exploitation (reason for referral)",
                FORM + ", basis of concerns", List.of(
                        of("disclosure", "Disclosure of exploitation"),
                        of("missing", "Going missing"),
                        of("incident", "Incident or suspected incident of sexual exploitation"),
                        of("carer-communication", "Breakdown in communication with carers"),
                        of("older-relationship", "Concerns about relationship with older male/female"),
                        of("money-or-items", "Unexplained money or items"),
                        of("alcohol-drugs", "Alcohol/drug use"),
                        of("changed-behaviour", "Changed behaviour"),
                        of("peers-exploited", "Peers being sexually exploited"),
                        of("preventative", "Preventative work"),
                        of("other", "Other (please state)")));
    }

    /** "Physical violence from a partner" replaces the printed form's wording (language rule, SOP §14). */
    static CodeList violence() {
        return new CodeList(VIOLENCE, "Experience of violence in past", FORM + ", experience of violence in past", List.of(
                of("domestic-abuse", "Domestic abuse"),
                of("family-violence", "Physical violence from family"),
                of("sexual-abuse", "Sexual abuse"),
                of("violent-to-others", "Violent towards others"),
                of("partner-violence", "Physical violence from a partner",
                        "Violence from someone the child is or was in a relationship with"),
                of("peers-violent", "Peers are violent"),
                of("unknown", "Unknown")));
    }
}
