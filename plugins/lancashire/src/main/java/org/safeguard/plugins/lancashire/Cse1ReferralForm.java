package org.safeguard.plugins.lancashire;

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
 * The CSE Referral Form CSE 1 (SOP Appendix G), in the printed form's order. Field ids are the
 * keys of a referral's JSON; bound fields fill the core's child and referral records. One
 * addition to the printed form: the SAFEGUARD warning signs seen, because SOP §9 asks that the
 * rationale for a CSE suspicion names them. Constant data; thread-safe.
 */
@Component(service = FormProvider.class)
public final class Cse1ReferralForm implements FormProvider {
    static final String ID = "lancashire.cse1";
    /** Bump whenever a field is added, removed or changes meaning: every submission stores it. */
    static final String VERSION = "1";

    private static final FormDefinition FORM = new FormDefinition(ID, VERSION, "CSE Referral Form CSE 1",
            "Pan-Lancashire CSE Standard Operating Protocol, Appendix G (CSE Referral Form CSE 1)", List.of(
            FormSection.of("Part 1: Referrer's details",
                    text("referrerName", "Name", true, CoreField.REFERRER_NAME),
                    text("referrerAgency", "Agency", true, CoreField.REFERRER_AGENCY),
                    text("referrerAddress", "Address", false, CoreField.REFERRER_ADDRESS),
                    text("referrerTelephone", "Telephone", false, CoreField.REFERRER_TELEPHONE),
                    date("dateCompleted", "Date completed", true, CoreField.REFERRAL_DATE)),
            FormSection.of("Part 2: Subject's details",
                    text("familyName", "Family name", true, CoreField.FAMILY_NAME),
                    text("firstName", "First name", true, CoreField.GIVEN_NAME),
                    text("middleName", "Middle name", false, CoreField.MIDDLE_NAMES),
                    text("alternativeNames", "Alternative name(s), separated by commas", false,
                            CoreField.ALTERNATIVE_NAMES),
                    date("dateOfBirth", "Date of birth", true, CoreField.DATE_OF_BIRTH),
                    text("address", "Address", false, CoreField.ADDRESS),
                    text("parentGuardian", "Parent/Guardian", false, null),
                    code("ethnicity", "Ethnicity", false, ReferralCodes.ETHNICITY, CoreField.ETHNICITY),
                    text("school", "Schools/Education establishments/Year", false, CoreField.SCHOOL),
                    text("healthWorker", "Health worker", false, null),
                    yesNo("parentsAware", "Are parent(s)/guardian aware of the report?", false,
                            CoreField.PARENTS_AWARE)),
            FormSection.of("Looked after status",
                    code("lookedAfterStatus", "Looked after status", false, ReferralCodes.LOOKED_AFTER,
                            CoreField.LOOKED_AFTER_STATUS),
                    code("legalStatus", "Legal status (where looked after)", false, ReferralCodes.LEGAL_STATUS,
                            CoreField.LEGAL_STATUS)),
            FormSection.of("Basis of concerns regarding sexual exploitation (reason for referral)",
                    codes("basisOfConcern", "Basis of concerns", true, ReferralCodes.BASIS_OF_CONCERN,
                            CoreField.BASIS_OF_CONCERN),
                    text("basisOther", "Other (please state)", false, null)),
            FormSection.of("Experience of violence in past",
                    codes("violence", "Experience of violence in past", false, ReferralCodes.VIOLENCE, null)),
            FormSection.of("Part 3: Details of case/incident/intelligence",
                    longText("details", "Details of case/incident/intelligence", true, CoreField.NARRATIVE)),
            FormSection.of("Part 4: Details of agency involvement",
                    group("agenciesInvolved", "Agencies involved", CoreField.AGENCIES_INVOLVED,
                            text("name", "Name", true, null),
                            text("agencyAddress", "Agency and address", false, null),
                            text("telephone", "Telephone number", false, null))),
            FormSection.of("Warning signs seen",
                    codes("warningSigns", "SAFEGUARD warning signs seen (SOP Appendix A)", false,
                            ProtocolCodes.SAFEGUARD_SIGNS, CoreField.WARNING_SIGNS)),
            FormSection.of("Referrer's signature",
                    text("signedBy", "Referrer's signature (name)", false, null),
                    date("signedOn", "Date", false, null))));

    public Cse1ReferralForm() {
        // DS needs a public no-arg constructor; the form is constant.
    }

    @Override
    public List<FormDefinition> forms() {
        return List.of(FORM);
    }
}
