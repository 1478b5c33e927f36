package org.safeguard.plugins.swindon;

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
 * Swindon's referral form ({@code swindon.referral}). The handbook prints no referral form: a
 * referral goes to the Family Contact Point / MASH with the completed screening attached (§10,
 * §10.7.3), so the form asks only what the core needs, with the signs of §5, the push and pull
 * factors of §6 and the models of §3 as optional answers. Constant data; thread-safe.
 */
@Component(service = FormProvider.class)
public final class SwindonForms implements FormProvider {
    static final String REFERRAL = "swindon.referral";
    /** Bump whenever a field is added, removed or changes meaning: every submission stores it. */
    static final String VERSION = "1";

    private static final FormDefinition REFERRAL_FORM = new FormDefinition(REFERRAL, VERSION, "Swindon CSE referral to FCP/MASH",
            SwindonChecklists.HANDBOOK + ", §10 and §10.7.3 (no referral form is printed; the fields are the core's,"
                    + " §3's, §5's, §6's and §9.4's)", List.of(
            FormSection.referrer(),
            FormSection.of("Child",
                    text("familyName", "Family name", true, CoreField.FAMILY_NAME),
                    text("firstName", "First name", true, CoreField.GIVEN_NAME),
                    text("alternativeNames", "Alias(es), separated by commas", false, CoreField.ALTERNATIVE_NAMES),
                    date("dateOfBirth", "Date of birth", true, CoreField.DATE_OF_BIRTH),
                    text("address", "Address", false, CoreField.ADDRESS),
                    code("ethnicity", "Ethnicity", false, ReferralCodes.ETHNICITY, CoreField.ETHNICITY),
                    yesNo("disability", "Disability or learning difficulty (§9.4)", false, null),
                    text("school", "School/college", false, CoreField.SCHOOL),
                    yesNo("parentsAware", "Are parents or carers aware of the referral?", false, CoreField.PARENTS_AWARE)),
            FormSection.of("Concerns",
                    longText("details", "Details of the concerns, incident or disclosure", true, CoreField.NARRATIVE),
                    codes("signs", "Signs and indicators seen (§5)", false, HandbookCodes.SIGNS, CoreField.WARNING_SIGNS),
                    codes("pushFactors", "Push factors (§6)", false, HandbookCodes.PUSH_FACTORS, null),
                    codes("pullFactors", "Pull factors (§6)", false, HandbookCodes.PULL_FACTORS, null),
                    codes("models", "Models of exploitation (§3); several may apply", false, HandbookCodes.MODELS, null)),
            FormSection.of("Agencies involved",
                    group("agenciesInvolved", "Agencies involved", CoreField.AGENCIES_INVOLVED,
                            text("name", "Name", true, null),
                            text("agency", "Agency", false, null),
                            text("telephone", "Telephone", false, null)))));

    public SwindonForms() {
        // DS needs a public no-arg constructor; the form is constant.
    }

    @Override
    public List<FormDefinition> forms() {
        return List.of(REFERRAL_FORM);
    }
}
