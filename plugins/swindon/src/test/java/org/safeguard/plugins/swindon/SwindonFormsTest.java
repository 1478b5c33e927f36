package org.safeguard.plugins.swindon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.CoreField;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FormDefinition;

class SwindonFormsTest {
    private final List<CodeList> lists = new SwindonCodeLists().codeLists();
    private final FormDefinition referral = new SwindonForms().forms().get(0);

    private Optional<CodeList> codeList(String id) {
        return lists.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    private static Map<String, Object> sample() {
        Map<String, Object> v = FormDefinition.values();
        v.put("referrerName", "A. Worker");
        v.put("referrerAgency", "Youth Offending Team");
        v.put("referralDate", "02/11/2026");
        v.put("familyName", "Example");
        v.put("firstName", "Sam");
        v.put("dateOfBirth", "2011-04-30");
        v.put("details", "Seen getting into cars driven by unknown adults near the town centre.");
        return v;
    }

    @Test
    void isTheOneReferralFormToFcpMash() {
        assertEquals(1, new SwindonForms().forms().size());
        assertEquals("swindon.referral", referral.id());
        assertEquals("1", referral.version());
        // §10.7.3: referrals to the Family Contact Point (MASH) include the screening; no form is printed
        assertTrue(referral.source().contains("§10.7.3") && referral.source().contains("no referral form is printed"));
    }

    @Test
    void requiresOnlyTheCommonCoreFields() {
        List<String> required = referral.fields().stream().filter(FieldDefinition::required).map(FieldDefinition::id).toList();
        assertEquals(List.of("referrerName", "referrerAgency", "referralDate", "familyName", "firstName", "dateOfBirth",
                "details"), required);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> referral.validate(FormDefinition.values(), this::codeList));
        assertEquals(required.size(), e.problems().size(), e.getMessage());
        assertEquals("2026-11-02", referral.validate(sample(), this::codeList).get("referralDate"));
    }

    @Test
    void bindsTheCoreConceptsAndRecordsSignsFactorsAndModelsOptionally() {
        Map<CoreField, String> bound = new EnumMap<>(CoreField.class);
        bound.put(CoreField.REFERRER_NAME, "referrerName");
        bound.put(CoreField.REFERRER_AGENCY, "referrerAgency");
        bound.put(CoreField.REFERRAL_DATE, "referralDate");
        bound.put(CoreField.FAMILY_NAME, "familyName");
        bound.put(CoreField.GIVEN_NAME, "firstName");
        bound.put(CoreField.DATE_OF_BIRTH, "dateOfBirth");
        bound.put(CoreField.NARRATIVE, "details");
        bound.put(CoreField.ETHNICITY, "ethnicity");
        bound.put(CoreField.WARNING_SIGNS, "signs");
        bound.forEach((concept, id) -> assertEquals(id, referral.boundTo(concept).orElseThrow().id(), concept.name()));
        Map<String, Object> v = sample();
        v.put("signs", "cars-unknown-adults, multiple-phones");
        v.put("pushFactors", List.of("missing"));
        v.put("pullFactors", List.of("lifts-new-places"));
        // §3: not pure models; several may apply
        v.put("models", "online, trafficking");
        v.put("disability", "yes");
        v.put("ethnicity", "09");
        Map<String, Object> out = referral.validate(v, this::codeList);
        assertEquals(List.of("cars-unknown-adults", "multiple-phones"), out.get("signs"));
        assertEquals(List.of("online", "organised-trafficking"), out.get("models"));
        assertEquals(true, out.get("disability"));
        assertEquals("O9", out.get("ethnicity"));
    }

    @Test
    void refusesAnUnknownSignWithASuggestion() {
        Map<String, Object> v = sample();
        v.put("signs", List.of("multiple-phone"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> referral.validate(v, this::codeList));
        Problem p = e.problems().get(0);
        assertTrue(p.subject().startsWith("signs"), p.subject());
        assertEquals("multiple-phones", p.suggestion());
    }

    @Test
    void everyCodeListItNamesIsShippedAndIdsAreUnique() {
        referral.fields().stream().filter(x -> x.codeListId() != null)
                .forEach(x -> assertTrue(codeList(x.codeListId()).isPresent(), x.codeListId()));
        List<String> ids = referral.fields().stream().map(FieldDefinition::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
    }
}
