package org.safeguard.plugins.london;

import static org.safeguard.core.api.form.FieldDefinition.code;
import static org.safeguard.core.api.form.FieldDefinition.codes;
import static org.safeguard.core.api.form.FieldDefinition.date;
import static org.safeguard.core.api.form.FieldDefinition.group;
import static org.safeguard.core.api.form.FieldDefinition.longText;
import static org.safeguard.core.api.form.FieldDefinition.text;
import static org.safeguard.core.api.form.FieldDefinition.yesNo;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.form.CoreField;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.api.form.FormProvider;
import org.safeguard.core.api.form.FormSection;

/**
 * London's two forms. The referral ({@code london.referral}) opens a case: the protocol prints no
 * referral form of its own (referrals arrive through MASH, §6), so it asks only what the core
 * needs, with the category, signs and factors of §5 and Appendix A as optional answers. The MASE
 * information form ({@code london.mase-info}, Appendix F) is recorded against a case, usually at
 * the strategy meeting (§7); none of its fields is required by the form, because what a case
 * needs before MASE is checked by {@link LondonGuards}. Constant data; thread-safe.
 */
@Component(service = FormProvider.class)
public final class LondonForms implements FormProvider {
    static final String REFERRAL = "london.referral";
    static final String MASE_INFO = "london.mase-info";
    /** Bump whenever a field is added, removed or changes meaning: every submission stores it. */
    static final String VERSION = "1";

    /** MASE information form field ids that the flags and guards read. */
    static final String MODELS = "models";
    static final String GROUP_OFFENDING = "group-offending";
    static final String GANG_OFFENDING = "gang-offending";
    static final String CRIS_NUMBER = "cris-number";
    static final String STRATEGY_MEETING_DATE = "strategy-meeting-date";
    static final String CHILD_PROTECTION_FOLLOWED = "child-protection-followed";

    private static final String SOURCE = ProtocolCodes.PROTOCOL;

    private static final FormDefinition REFERRAL_FORM = new FormDefinition(REFERRAL, VERSION, "London CSE referral",
            SOURCE + ", §5 and §6 (no referral form is printed; the fields are the core's and §5's)", List.of(
            FormSection.referrer(),
            FormSection.of("Child",
                    text("familyName", "Family name", true, CoreField.FAMILY_NAME),
                    text("firstName", "First name", true, CoreField.GIVEN_NAME),
                    text("alternativeNames", "Alias(es), separated by commas", false, CoreField.ALTERNATIVE_NAMES),
                    date("dateOfBirth", "Date of birth", true, CoreField.DATE_OF_BIRTH),
                    text("address", "Address", false, CoreField.ADDRESS),
                    code("ethnicity", "Ethnicity", false, ReferralCodes.ETHNICITY, CoreField.ETHNICITY),
                    yesNo("disability", "Disability/LD/SEN", false, null),
                    text("school", "School/college", false, CoreField.SCHOOL),
                    yesNo("parentsAware", "Are parents or carers aware of the referral?", false, CoreField.PARENTS_AWARE)),
            FormSection.of("Concerns",
                    longText("details", "Details of the concerns, incident or intelligence", true, CoreField.NARRATIVE),
                    codes("warningSigns", "SAFEGUARD warning signs seen (Appendix A)", false,
                            ProtocolCodes.SAFEGUARD_SIGNS, CoreField.WARNING_SIGNS),
                    codes("vulnerabilityFactors", "Vulnerability factors (§5)", false,
                            ProtocolCodes.VULNERABILITY_FACTORS, null),
                    code("policeCategory", "Police category, if already set (§5)", false,
                            ProtocolCodes.POLICE_CATEGORY, null),
                    code("cscTier", "Children's social care tier, if known (§5)", false, ProtocolCodes.CSC_TIER, null)),
            FormSection.of("Agencies involved",
                    group("agenciesInvolved", "Agencies involved", CoreField.AGENCIES_INVOLVED,
                            text("name", "Name", true, null),
                            text("agency", "Agency", false, null),
                            text("telephone", "Telephone", false, null)))));

    private static final FormDefinition MASE_INFO_FORM = new FormDefinition(MASE_INFO, VERSION, "MASE information form",
            SOURCE + ", Appendix F (Example of a MASE information form) and §7", List.of(
            FormSection.of("Entry to MASE (§7)",
                    date(STRATEGY_MEETING_DATE, "Date of CSE strategy meeting", false, null),
                    text(CRIS_NUMBER, "Police CSE CRIS number", false, null),
                    yesNo(CHILD_PROTECTION_FOLLOWED, "Existing child protection procedures followed", false, null),
                    code("police-category", "CSE strategy meeting assessment of police risk category", false,
                            ProtocolCodes.POLICE_CATEGORY, null)),
            FormSection.of("Victim",
                    yesNo("disability", "Disability/LD/SEN", false, null),
                    text("allocated-service", "Allocated service", false, null),
                    text("case-status", "Case status", false, null),
                    text("education-status", "Education status", false, null),
                    text("school-college", "School/college", false, null),
                    text("gang-affiliation", "Gang affiliated (name gang / identify if matrix nominal)", false, null),
                    longText("offending-history", "Offending history and YOS/police involvement", false, null)),
            FormSection.of("Locations",
                    longText("victim-addresses", "Victim address(es): present placement/home, family home", false, null),
                    longText("offender-addresses", "Offender address(es)", false, null),
                    longText("additional-locations",
                            "Additional locations: incident locations, gang borders, where located when missing, hotels",
                            false, null)),
            FormSection.of("Themes",
                    codes(MODELS, "CSE model type: primary first, then secondary and third", false,
                            ProtocolCodes.CSE_MODELS, null),
                    yesNo(GROUP_OFFENDING, "Offending appears the responsibility of an exploitative group", false, null),
                    yesNo(GANG_OFFENDING, "Offending appears the responsibility of an exploitative gang", false, null),
                    longText("missing-episodes", "Missing episodes: pattern, dates, times, where located", false, null),
                    longText("ae-attendance", "A&E attendance: hospital, dates and information", false, null),
                    longText("cross-border", "Cross-border issues: local authorities and concerns", false, null),
                    longText("substance-use", "Substance use: usage and substance type", false, null),
                    longText("risky-internet-use", "Risky internet use: website/platform and use", false, null),
                    longText("trafficking", "Trafficking concerns", false, null),
                    yesNo("nrm-completed", "National Referral Mechanism (NRM) referral completed", false, null),
                    longText("sexual-health", "Sexual health concerns and engagement with sexual health services",
                            false, null),
                    longText("county-lines", "County lines: locations, times", false, null),
                    longText("familial-link", "Sibling or familial CSE link: family members linked to an exploitative"
                            + " network and how", false, null),
                    longText("radicalisation", "Radicalisation concerns", false, null),
                    yesNo("prevent-referral", "Referral to PREVENT made", false, null))));

    public LondonForms() {
        // DS needs a public no-arg constructor; the forms are constant.
    }

    @Override
    public List<FormDefinition> forms() {
        return List.of(REFERRAL_FORM, MASE_INFO_FORM);
    }
}
