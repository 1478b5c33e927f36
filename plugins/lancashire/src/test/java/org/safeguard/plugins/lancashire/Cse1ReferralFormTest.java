package org.safeguard.plugins.lancashire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.CoreField;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FormDefinition;

class Cse1ReferralFormTest {
    private final FormDefinition form = new Cse1ReferralForm().forms().get(0);
    private final List<CodeList> lists = new LancashireCodeLists().codeLists();

    /** Resolves a code list the way the core's registry does, from the plugin's own provider. */
    private Optional<CodeList> codeList(String id) {
        return lists.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** A complete sample referral written the way a coordinator would type it. */
    private static Map<String, Object> sample() {
        Map<String, Object> v = FormDefinition.values();
        v.put("referrerName", "A. Worker");
        v.put("referrerAgency", "Children's Social Care");
        v.put("referrerAddress", "County Hall, Preston");
        v.put("referrerTelephone", "01772 000000");
        v.put("dateCompleted", "03/02/2025");
        v.put("familyName", "Example");
        v.put("firstName", "Sam");
        v.put("middleName", "Lee");
        v.put("alternativeNames", "Sammy, S.L.");
        v.put("dateOfBirth", "2010-06-30");
        v.put("address", "1 Sample Street");
        v.put("parentGuardian", "J. Example");
        v.put("ethnicity", "01");
        v.put("school", "Sample High, Year 9");
        v.put("healthWorker", "School nurse");
        v.put("parentsAware", "yes");
        v.put("lookedAfterStatus", "FOSTER");
        v.put("legalStatus", "s20");
        v.put("basisOfConcern", "missing, peers-exploited, other");
        v.put("basisOther", "Seen with unknown adults near the bus station");
        v.put("violence", List.of("domestic-abuse"));
        v.put("details", "Three missing episodes this month; returned with a new phone.");
        v.put("agenciesInvolved", List.of(Map.of("name", "B. Nurse", "agencyAddress", "School nursing, Preston",
                "telephone", "01772 111111")));
        v.put("warningSigns", List.of("absent-or-missing", "gifts-money"));
        v.put("signedBy", "A. Worker");
        v.put("signedOn", "2025-02-03");
        return v;
    }

    private Map<String, Object> validate(Map<String, Object> values) {
        return form.validate(values, this::codeList);
    }

    private static Problem problemAbout(InvalidInputException e, String subject) {
        return e.problems().stream().filter(p -> p.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem about " + subject + " in " + e.getMessage()));
    }

    @Test
    void isTheAreasReferralFormVersionOne() {
        assertEquals(new LancashireArea().area().referralForm().orElseThrow(), form.id());
        assertEquals("1", form.version());
    }

    @Test
    void acceptsACompleteSampleReferral() {
        Map<String, Object> out = validate(sample());
        assertEquals(sample().keySet(), out.keySet());
    }

    @Test
    void normalisesDatesCodesAndYesNo() {
        Map<String, Object> out = validate(sample());
        assertEquals("2025-02-03", out.get("dateCompleted"));
        assertEquals("2010-06-30", out.get("dateOfBirth"));
        assertEquals("O1", out.get("ethnicity"));
        assertEquals("foster", out.get("lookedAfterStatus"));
        assertEquals("section-20", out.get("legalStatus"));
        assertEquals(true, out.get("parentsAware"));
        assertEquals(List.of("missing", "peers-exploited", "other"), out.get("basisOfConcern"));
    }

    @Test
    void refusesAMissingFamilyNameNamingTheField() {
        Map<String, Object> v = sample();
        v.remove("familyName");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validate(v));
        assertTrue(problemAbout(e, "familyName").message().contains("required"));
    }

    @Test
    void refusesAMalformedDateNamingTheField() {
        Map<String, Object> v = sample();
        v.put("dateOfBirth", "31/02/2010");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validate(v));
        assertTrue(problemAbout(e, "dateOfBirth").message().contains("'31/02/2010' is not a date"));
    }

    @Test
    void requiresTheFieldsThePanelCannotWorkWithout() {
        List<String> required = form.fields().stream().filter(FieldDefinition::required).map(FieldDefinition::id).toList();
        assertEquals(List.of("referrerName", "referrerAgency", "dateCompleted", "familyName", "firstName",
                "dateOfBirth", "basisOfConcern", "details"), required);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validate(FormDefinition.values()));
        assertEquals(required.size(), e.problems().size(), e.getMessage());
    }

    @Test
    void refusesAnUnknownCodeAndAnUnknownFieldWithSuggestions() {
        Map<String, Object> v = sample();
        v.put("ethnicity", "W3");
        v.put("familyname", "Example");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validate(v));
        assertNotNull(problemAbout(e, "ethnicity"));
        assertEquals("familyName", problemAbout(e, "familyname").suggestion());
    }

    @Test
    void asksForANameOnEveryAgencyInvolved() {
        Map<String, Object> v = sample();
        v.put("agenciesInvolved", List.of(Map.of("telephone", "01772 222222")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validate(v));
        assertNotNull(problemAbout(e, "agenciesInvolved[1].name"));
    }

    @Test
    void bindsEveryCoreConceptItFillsToTheAgreedFieldOnce() {
        Map<CoreField, String> expected = new EnumMap<>(CoreField.class);
        expected.put(CoreField.REFERRER_NAME, "referrerName");
        expected.put(CoreField.REFERRER_AGENCY, "referrerAgency");
        expected.put(CoreField.REFERRER_ADDRESS, "referrerAddress");
        expected.put(CoreField.REFERRER_TELEPHONE, "referrerTelephone");
        expected.put(CoreField.REFERRAL_DATE, "dateCompleted");
        expected.put(CoreField.FAMILY_NAME, "familyName");
        expected.put(CoreField.GIVEN_NAME, "firstName");
        expected.put(CoreField.MIDDLE_NAMES, "middleName");
        expected.put(CoreField.ALTERNATIVE_NAMES, "alternativeNames");
        expected.put(CoreField.DATE_OF_BIRTH, "dateOfBirth");
        expected.put(CoreField.ADDRESS, "address");
        expected.put(CoreField.ETHNICITY, "ethnicity");
        expected.put(CoreField.LOOKED_AFTER_STATUS, "lookedAfterStatus");
        expected.put(CoreField.LEGAL_STATUS, "legalStatus");
        expected.put(CoreField.SCHOOL, "school");
        expected.put(CoreField.PARENTS_AWARE, "parentsAware");
        expected.put(CoreField.BASIS_OF_CONCERN, "basisOfConcern");
        expected.put(CoreField.WARNING_SIGNS, "warningSigns");
        expected.put(CoreField.NARRATIVE, "details");
        expected.put(CoreField.AGENCIES_INVOLVED, "agenciesInvolved");
        expected.forEach((concept, id) -> assertEquals(id, form.boundTo(concept).orElseThrow().id(), concept.name()));
        Set<CoreField> unbound = EnumSet.complementOf(EnumSet.copyOf(expected.keySet()));
        assertEquals(EnumSet.of(CoreField.GENDER), unbound, "the printed form has no gender field");
        assertEquals(expected.size(), form.fields().stream().filter(f -> f.binding() != null).count());
    }

    @Test
    void usesUniqueLowerCamelCaseIdsAndCodeListsThePluginShips() {
        List<String> ids = form.fields().stream().map(FieldDefinition::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size());
        form.fields().stream().flatMap(f -> Stream.concat(Stream.of(f), f.fields().stream()))
                .forEach(f -> {
                    assertTrue(f.id().matches("[a-z][a-zA-Z]*"), f.id());
                    if (f.codeListId() != null) {
                        assertTrue(codeList(f.codeListId()).isPresent(), f.codeListId());
                    }
                });
    }
}
