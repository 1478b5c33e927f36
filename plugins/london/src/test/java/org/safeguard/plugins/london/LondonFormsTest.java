package org.safeguard.plugins.london;

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

class LondonFormsTest {
    private final List<CodeList> lists = new LondonCodeLists().codeLists();

    private static FormDefinition form(String id) {
        return new LondonForms().forms().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private Optional<CodeList> codeList(String id) {
        return lists.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    private static Problem problemAbout(InvalidInputException e, String subject) {
        return e.problems().stream().filter(p -> p.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem about " + subject + " in " + e.getMessage()));
    }

    private static Map<String, Object> referral() {
        Map<String, Object> v = FormDefinition.values();
        v.put("referrerName", "A. Worker");
        v.put("referrerAgency", "MASH");
        v.put("referralDate", "02/11/2026");
        v.put("familyName", "Example");
        v.put("firstName", "Sam");
        v.put("dateOfBirth", "2011-04-30");
        v.put("details", "Seen getting into cars with unknown adults near the station.");
        return v;
    }

    @Test
    void referralRequiresOnlyTheCommonCoreFields() {
        FormDefinition f = form("london.referral");
        List<String> required = f.fields().stream().filter(FieldDefinition::required).map(FieldDefinition::id).toList();
        assertEquals(List.of("referrerName", "referrerAgency", "referralDate", "familyName", "firstName", "dateOfBirth",
                "details"), required);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.validate(FormDefinition.values(), this::codeList));
        assertEquals(required.size(), e.problems().size(), e.getMessage());
        assertEquals("2026-11-02", f.validate(referral(), this::codeList).get("referralDate"));
    }

    @Test
    void referralBindsTheCoreConceptsAndRecordsCategorySignsAndFactorsOptionally() {
        FormDefinition f = form("london.referral");
        Map<CoreField, String> bound = new EnumMap<>(CoreField.class);
        bound.put(CoreField.REFERRER_NAME, "referrerName");
        bound.put(CoreField.REFERRER_AGENCY, "referrerAgency");
        bound.put(CoreField.REFERRAL_DATE, "referralDate");
        bound.put(CoreField.FAMILY_NAME, "familyName");
        bound.put(CoreField.GIVEN_NAME, "firstName");
        bound.put(CoreField.DATE_OF_BIRTH, "dateOfBirth");
        bound.put(CoreField.NARRATIVE, "details");
        bound.put(CoreField.ETHNICITY, "ethnicity");
        bound.put(CoreField.WARNING_SIGNS, "warningSigns");
        bound.forEach((concept, id) -> assertEquals(id, f.boundTo(concept).orElseThrow().id(), concept.name()));
        Map<String, Object> v = referral();
        v.put("policeCategory", "category 1");
        v.put("warningSigns", "absence-missing, gifts-money");
        v.put("vulnerabilityFactors", List.of("missing", "in-care"));
        v.put("ethnicity", "01");
        Map<String, Object> out = f.validate(v, this::codeList);
        assertEquals("1", out.get("policeCategory"));
        assertEquals(List.of("absence-missing", "gifts-money"), out.get("warningSigns"));
        assertEquals("O1", out.get("ethnicity"));
    }

    @Test
    void maseInformationFormRequiresNothingItselfAndNormalisesItsAnswers() {
        // Appendix F; what a case needs before MASE is LondonGuards' to say (§7)
        FormDefinition f = form("london.mase-info");
        assertTrue(f.fields().stream().noneMatch(FieldDefinition::required));
        assertEquals(Map.of(), f.validate(FormDefinition.values(), this::codeList));
        Map<String, Object> v = FormDefinition.values();
        v.put("models", "gangs-and-groups, online, trafficking");
        v.put("group-offending", "no");
        v.put("gang-offending", "yes");
        v.put("cris-number", "5201234/26");
        v.put("strategy-meeting-date", "14/10/2026");
        v.put("child-protection-followed", "y");
        v.put("nrm-completed", "no");
        Map<String, Object> out = f.validate(v, this::codeList);
        assertEquals(List.of("gangs-and-groups", "online", "organised"), out.get("models"), "primary model first");
        assertEquals(true, out.get("gang-offending"));
        assertEquals("2026-10-14", out.get("strategy-meeting-date"));
    }

    @Test
    void refusesAnUnknownModelWithASuggestion() {
        Map<String, Object> v = FormDefinition.values();
        v.put("models", List.of("onlin"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> form("london.mase-info").validate(v, this::codeList));
        Problem p = e.problems().get(0);
        assertTrue(p.subject().startsWith("models"), p.subject());
        assertEquals("online", p.suggestion());
    }

    @Test
    void hasTheAppendixFThemesAndEveryCodeListItNamesIsShipped() {
        FormDefinition f = form("london.mase-info");
        List<String> ids = f.fields().stream().map(FieldDefinition::id).toList();
        assertTrue(ids.containsAll(List.of("models", "group-offending", "gang-offending", "cris-number",
                "strategy-meeting-date", "child-protection-followed", "education-status", "allocated-service",
                "ae-attendance", "substance-use", "risky-internet-use", "trafficking", "nrm-completed", "sexual-health",
                "county-lines", "familial-link", "radicalisation", "prevent-referral", "cross-border")), ids.toString());
        new LondonForms().forms().forEach(form -> form.fields().stream().filter(x -> x.codeListId() != null)
                .forEach(x -> assertTrue(codeList(x.codeListId()).isPresent(), x.codeListId())));
        assertEquals(ids.size(), ids.stream().distinct().count());
    }
}
