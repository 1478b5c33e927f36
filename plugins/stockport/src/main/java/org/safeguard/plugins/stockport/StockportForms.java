package org.safeguard.plugins.stockport;

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
 * Stockport's two forms. The referral ({@code stockport.referral}) opens a case: the procedure
 * prints no referral form (a referral is verbal when urgent, otherwise through a CAF, §13), so it
 * asks only what the core needs, with the indicators of §5 and the risk level of §11 as optional
 * answers. The Bichard risk assessment ({@code stockport.bichard}, Appendix 2) is recorded
 * against a case: the nine questions of the Bichard report's recommendation 13, each answered
 * with what is known. Constant data; thread-safe.
 */
@Component(service = FormProvider.class)
public final class StockportForms implements FormProvider {
    static final String REFERRAL = "stockport.referral";
    static final String BICHARD = "stockport.bichard";
    /** Bump whenever a field is added, removed or changes meaning: every submission stores it. */
    static final String VERSION = "1";

    /** The Bichard questions of Appendix 2, in its order: id and question. */
    static final List<String[]> BICHARD_QUESTIONS = List.of(
            new String[] {"competence", "Is the young person competent to understand and consent to the sexual activity they"
                    + " are involved in?"},
            new String[] {"imbalance", "What is the nature of the relationship: are there age or power imbalances?"},
            new String[] {"aggression-coercion-bribery", "Is there overt aggression, coercion or bribery?"},
            new String[] {"own-behaviour", "Does the young person's own behaviour hinder their ability to consent?"},
            new String[] {"secrecy", "Is the partner enforcing secrecy?"},
            new String[] {"previous-concerns", "Have agencies had previous concerns about the partner's relationships with"
                    + " similar young people?"},
            new String[] {"attitude", "What is the young person's attitude?"},
            new String[] {"grooming", "Does the partner's behaviour seem to be grooming?"},
            new String[] {"running-away", "Does the young person have a history of running away from home?"});

    private static final FormDefinition REFERRAL_FORM = new FormDefinition(REFERRAL, VERSION, "Stockport sexual exploitation referral",
            StockportCodes.PROCEDURE + ", §13 and §5 (no referral form is printed; the fields are the core's, §5's and §11's)",
            List.of(
            FormSection.referrer(),
            FormSection.of("Child",
                    text("familyName", "Family name", true, CoreField.FAMILY_NAME),
                    text("firstName", "First name", true, CoreField.GIVEN_NAME),
                    text("alternativeNames", "Alias(es), separated by commas", false, CoreField.ALTERNATIVE_NAMES),
                    date("dateOfBirth", "Date of birth", true, CoreField.DATE_OF_BIRTH),
                    text("address", "Address", false, CoreField.ADDRESS),
                    code("ethnicity", "Ethnicity", false, StockportCodes.ETHNICITY, CoreField.ETHNICITY),
                    yesNo("additionalVulnerability", "Looked after, mental health issues, learning difficulties or substance"
                            + " misuse (§14)", false, null),
                    text("school", "School/college", false, CoreField.SCHOOL),
                    yesNo("parentsAware", "Are parents or carers aware of the referral?", false, CoreField.PARENTS_AWARE)),
            FormSection.of("Concerns",
                    longText("details", "Details of the concerns, incident or disclosure", true, CoreField.NARRATIVE),
                    codes("indicators", "Indicators seen (§5)", false, StockportCodes.INDICATORS, CoreField.WARNING_SIGNS),
                    code("riskLevel", "Risk level, if already assessed (§11)", false, StockportCodes.RISK_LEVEL, null)),
            FormSection.of("Agencies involved",
                    group("agenciesInvolved", "Agencies involved", CoreField.AGENCIES_INVOLVED,
                            text("name", "Name", true, null),
                            text("agency", "Agency", false, null),
                            text("telephone", "Telephone", false, null)))));

    private static final FormDefinition BICHARD_FORM = bichard();

    public StockportForms() {
        // DS needs a public no-arg constructor; the forms are constant.
    }

    private static FormDefinition bichard() {
        // each question answered with what is known, in the appendix's words
        return new FormDefinition(BICHARD, VERSION, "Bichard risk assessment",
                StockportCodes.PROCEDURE + ", Appendix 2 (Risk Assessment, Bichard report recommendation 13)",
                List.of(FormSection.of("Risk assessment questions (Appendix 2)", BICHARD_QUESTIONS.stream()
                        .map(q -> longText(q[0], q[1], false, null)).toArray(org.safeguard.core.api.form.FieldDefinition[]::new))));
    }

    @Override
    public List<FormDefinition> forms() {
        return List.of(REFERRAL_FORM, BICHARD_FORM);
    }
}
