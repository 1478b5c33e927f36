package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FieldType;
import org.safeguard.core.app.CirculationService.Format;

/** A referral read back on its own form: every answer labelled, rendered as text, HTML and PDF, and listed. */
class ReferralReadingTest {
    @TempDir
    Path tmp;
    AppFixture f;

    @BeforeEach
    void home() {
        f = AppFixture.withArea(tmp, "lancashire");
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** A Lancashire CSE 1 referral with every field of the form answered. */
    static Map<String, Object> everyAnswer() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("referrerName", "D. Worker");
        m.put("referrerAgency", "Example High School");
        m.put("referrerAddress", "1 Example Road");
        m.put("referrerTelephone", "01234 000111");
        m.put("dateCompleted", "2026-11-02");
        m.put("familyName", "Example");
        m.put("firstName", "Alex");
        m.put("middleName", "Jo");
        m.put("alternativeNames", "AJ");
        m.put("dateOfBirth", "03/04/2011");
        m.put("address", "2 Sample Street");
        m.put("parentGuardian", "P. Guardian");
        m.put("ethnicity", "01");
        m.put("school", "Example High School, Year 10");
        m.put("healthWorker", "H. Visitor");
        m.put("parentsAware", "yes");
        m.put("lookedAfterStatus", "foster");
        m.put("legalStatus", "s20");
        m.put("basisOfConcern", "missing,older-relationship");
        m.put("basisOther", "Seen at a takeaway late at night");
        m.put("violence", "domestic-abuse");
        m.put("details", "Two missing episodes this month.\nFound at a flat.");
        m.put("agenciesInvolved", List.of(Map.of("name", "J. Nurse", "agencyAddress", "Example Health Centre", "telephone", "01234 567890"),
                Map.of("name", "K. Keyworker", "agencyAddress", "Example Youth Service")));
        m.put("warningSigns", "absent-or-missing,sexual-health");
        m.put("signedBy", "D. Worker");
        m.put("signedOn", "2026-11-02");
        return m;
    }

    private ReferralService.Outcome refer() {
        return f.app().referrals().refer(f.ctx(), null, null, everyAnswer());
    }

    private static Map<String, ReferralService.Answer> byField(ReferralService.Reading r) {
        return r.sections().stream().flatMap(s -> s.answers().stream())
                .collect(Collectors.toMap(ReferralService.Answer::field, a -> a, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void everyAnswerOfTheFormIsReadBackUnderTheFormsLabelsInTheFormsOrder() {
        ReferralService.Outcome o = refer();
        ReferralService.Reading r = f.app().referrals().read(f.ctx(), o.referral().id());
        assertEquals("R00001", r.reference());
        assertEquals(o.child().reference(), r.child().reference());
        assertEquals(o.onCase().reference(), r.onCase().reference());
        Map<String, ReferralService.Answer> answers = byField(r);
        var form = f.app().referrals().form(f.ctx(), null).form();
        for (FieldDefinition field : form.fields()) {
            if (field.type() == FieldType.GROUP) {
                assertEquals("Agencies involved 1: Name", answers.get(field.id() + "[1].name").label());
                assertEquals(List.of("K. Keyworker"), answers.get(field.id() + "[2].name").values());
                assertEquals(List.of("Example Youth Service"), answers.get(field.id() + "[2].agencyAddress").values());
            } else {
                ReferralService.Answer a = answers.get(field.id());
                assertEquals(field.label(), a.label(), field.id());
                assertFalse(a.values().isEmpty(), field.id() + " is answered");
            }
        }
        assertEquals(List.of("Chinese"), answers.get("ethnicity").values(), "a code shows its code list's label");
        assertEquals(List.of("Going missing", "Concerns about relationship with older male/female"), answers.get("basisOfConcern").values());
        assertEquals(List.of("Yes"), answers.get("parentsAware").values());
        assertEquals(List.of("Monday 2 November 2026"), answers.get("dateCompleted").values());
        assertEquals(List.of("Two missing episodes this month.\nFound at a flat."), answers.get("details").values());
        List<String> order = r.sections().stream().map(ReferralService.Section::title).toList();
        assertEquals(form.sections().stream().map(s -> s.title()).toList(), order, "the form's sections in its order");
        assertTrue(f.audit().stream().anyMatch(e -> e.action().equals("read") && e.entity().equals("referral")
                && Long.valueOf(o.referral().id()).equals(e.entityId())), "the read is audited");
    }

    @Test
    void theReferralRendersAsTextHtmlAndPdfWithItsAnswersAndItsRecord() throws Exception {
        ReferralService.Outcome o = refer();
        String text = f.app().referrals().render(f.ctx(), o.referral().id(), Format.TEXT).text();
        assertTrue(text.contains("Referral R00001"), text);
        assertTrue(text.contains("Family name: Example"), text);
        assertTrue(text.contains("Agencies involved 2: Name: K. Keyworker"), text);
        assertTrue(text.contains("Recorded by: " + AppFixture.ACTOR), text);
        assertTrue(text.contains("Child: " + o.child().reference()), text);
        assertTrue(text.contains("Ethnicity: Chinese"), text);
        String html = f.app().referrals().render(f.ctx(), o.referral().id(), Format.HTML).text();
        assertTrue(html.contains("<h1>Referral R00001</h1>"), html);
        assertTrue(html.contains("Concerns about relationship with older male/female"), html);
        byte[] pdf = f.app().referrals().render(f.ctx(), o.referral().id(), Format.PDF).bytes();
        try (PDDocument doc = PDDocument.load(pdf)) {
            String extracted = new PDFTextStripper().getText(doc);
            assertTrue(extracted.contains("R00001"), extracted);
            assertTrue(extracted.contains("K. Keyworker"), extracted);
        }
        for (String word : List.of("prostitute", "promiscuous", "consensual")) {
            assertFalse(text.toLowerCase().contains(word), word);
        }
    }

    @Test
    void referralsListOldestFirstAndByChildAndAReferenceResolves() {
        ReferralService.Outcome first = refer();
        Map<String, Object> other = Referrals.valid("Sample");
        other.put("dateCompleted", "2026-11-05");
        ReferralService.Outcome second = f.app().referrals().refer(f.ctx(), null, null, other);
        List<ReferralService.Listed> all = f.app().referrals().list(f.ctx(), null);
        assertEquals(List.of("R00001", "R00002"), all.stream().map(ReferralService.Listed::reference).toList());
        assertEquals(second.child().reference(), all.get(1).childReference());
        assertEquals(second.onCase().reference(), all.get(1).caseReference());
        assertEquals(AppFixture.ACTOR, all.get(0).recordedBy());
        assertEquals(List.of(first.referral().id()), f.app().referrals().list(f.ctx(), first.child().id()).stream()
                .map(ReferralService.Listed::id).toList());
        assertTrue(f.audit().stream().anyMatch(e -> e.action().equals("list") && e.entity().equals("referral")));
        assertEquals(2L, f.app().references().resolve(f.ctx(), ReferenceService.Kind.REFERRAL, "r00002"));
        NotFoundException none = assertThrows(NotFoundException.class,
                () -> f.app().references().resolve(f.ctx(), ReferenceService.Kind.REFERRAL, "R00009"));
        assertTrue(none.getMessage().contains("no referral has the id or reference 'R00009'"), none.getMessage());
        assertThrows(NotFoundException.class, () -> f.app().referrals().read(f.ctx(), 9));
    }
}
