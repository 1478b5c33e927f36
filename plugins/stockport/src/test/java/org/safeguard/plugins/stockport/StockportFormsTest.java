package org.safeguard.plugins.stockport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FormDefinition;

class StockportFormsTest {
    private static FormDefinition form(String id) {
        return new StockportForms().forms().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theBichardAssessmentAsksTheNineQuestionsOfAppendix2InItsOrder() {
        FormDefinition bichard = form(StockportForms.BICHARD);
        assertEquals(List.of("competence", "imbalance", "aggression-coercion-bribery", "own-behaviour", "secrecy", "previous-concerns",
                "attitude", "grooming", "running-away"), bichard.fields().stream().map(FieldDefinition::id).toList());
        assertTrue(bichard.fields().get(0).label().startsWith("Is the young person competent"));
        assertTrue(bichard.source().contains("Appendix 2"));
    }

    @Test
    void theReferralNeedsOnlyTheCommonFields() {
        // §13: a referral is verbal when urgent, otherwise through a CAF; no form is printed
        FormDefinition referral = form(StockportForms.REFERRAL);
        List<String> required = referral.fields().stream().filter(FieldDefinition::required).map(FieldDefinition::id).toList();
        assertEquals(List.of("referrerName", "referrerAgency", "referralDate", "familyName", "firstName", "dateOfBirth", "details"), required);
    }

    @Test
    void recordsTheIndicatorsOfSection5AgainstTheReferral() {
        assertEquals(4 + 12 + 9 + 4, StockportCodes.indicators().codes().size());
    }
}
