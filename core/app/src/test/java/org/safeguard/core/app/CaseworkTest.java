package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.casework.Flag;
import org.safeguard.core.model.CaseStatus;
import org.safeguard.core.model.PersonOfConcern;
import org.safeguard.dsl.CheckResult;

/**
 * The plugin contract's casework through the application layer, with the London plugin as
 * shipped in the real container: case forms kept as versions, outcome codes on the victim or a
 * linked person (Appendix E), the guards at the discharge (§7 "Positive interventions") and at a
 * MASE panel (§7), and what the area definition language sees of them (case.category,
 * case.tier, case.flags, case.outcomes).
 */
class CaseworkTest {
    @TempDir
    Path tmp;
    AppFixture f;
    long caseId;
    long childId;

    @BeforeEach
    void home() {
        f = AppFixture.withArea(tmp, "london");
        Map<String, Object> referral = new LinkedHashMap<>();
        var form = f.app().referrals().form(f.ctx(), "london").form();
        for (var e : Map.of(org.safeguard.core.api.form.CoreField.GIVEN_NAME, "Robin",
                org.safeguard.core.api.form.CoreField.FAMILY_NAME, "Quillfeather",
                org.safeguard.core.api.form.CoreField.DATE_OF_BIRTH, "2010-05-14",
                org.safeguard.core.api.form.CoreField.REFERRAL_DATE, "2026-11-02",
                org.safeguard.core.api.form.CoreField.NARRATIVE, "Seen getting into cars with older males.",
                org.safeguard.core.api.form.CoreField.REFERRER_NAME, "D. Worker",
                org.safeguard.core.api.form.CoreField.REFERRER_AGENCY, "Example Academy").entrySet()) {
            referral.put(form.boundTo(e.getKey()).orElseThrow().id(), e.getValue());
        }
        ReferralService.Outcome o = f.app().referrals().refer(f.ctx(), "london", null, referral);
        caseId = o.onCase().id();
        childId = o.child().id();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<String> flags() {
        return f.app().cases().show(f.ctx(), caseId).flags().stream().map(Flag::code).toList();
    }

    @Test
    void aCaseFormIsKeptAsVersionsEachTheLatestWithTheNewAnswersOverIt() {
        var first = f.app().cases().recordForm(f.ctx(), caseId, "london.mase-info", Map.of("cris-number", "1234567/26", "models", "online"));
        assertEquals(1, first.form().number());
        assertEquals(List.of("ES", "EU"), flags(), "Appendix E: ES on every case, EU for the online model");
        var second = f.app().cases().recordForm(f.ctx(), caseId, "london.mase-info", Map.of("group-offending", "yes", "models", ""));
        assertEquals(2, second.form().number());
        assertEquals("1234567/26", second.form().answers().get("cris-number"), "kept from the first version");
        assertFalse(second.form().answers().containsKey("models"), "a blank value clears the field");
        assertEquals(List.of("models", "group-offending"), second.changed(), "in the form's order");
        assertEquals(List.of("ES", "GE"), flags());
        var same = f.app().cases().recordForm(f.ctx(), caseId, "london.mase-info", Map.of("group-offending", "yes"));
        assertEquals(2, same.form().number(), "nothing changed: no third version");
        assertTrue(same.changed().isEmpty());
        InvalidInputException wrongForm = assertThrows(InvalidInputException.class,
                () -> f.app().cases().recordForm(f.ctx(), caseId, "london.mase-inf", Map.of("cris-number", "1")));
        assertTrue(wrongForm.problems().get(0).toString().contains("london.mase-info"), wrongForm.problems().toString());
        assertThrows(InvalidInputException.class, () -> f.app().cases().recordForm(f.ctx(), caseId, "london.referral", Map.of("x", "1")),
                "the referral form is not a case form");
    }

    @Test
    void outcomeCodesGoOnTheRecordTheProtocolSaysAndTheirRefusalsSayWhy() {
        PersonOfConcern p = f.store(tx -> tx.personsOfConcern().add("Jordan Ashgrove", List.of(), null, null, null, null));
        // Appendix E: FP/FO/FQ are entered on the suspect's page, so a person is needed and must be linked to the child
        assertTrue(assertThrows(InvalidInputException.class, () -> f.app().cases().recordOutcome(f.ctx(), caseId, "FQ", null, "Charged", null))
                .problems().get(0).toString().contains("name the person"));
        assertTrue(assertThrows(InvalidInputException.class, () -> f.app().cases().recordOutcome(f.ctx(), caseId, "FQ", p.id(), "Charged", null))
                .problems().get(0).toString().contains("not linked"));
        f.store(tx -> {
            tx.personsOfConcern().linkChild(p.id(), childId, "Adult seen with the child");
            return null;
        });
        // MI is the victim's page
        assertTrue(assertThrows(InvalidInputException.class, () -> f.app().cases().recordOutcome(f.ctx(), caseId, "MI", p.id(), "x", null))
                .problems().get(0).toString().contains("victim"));
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> f.app().cases().recordOutcome(f.ctx(), caseId, "FX", null, "x", null));
        assertTrue(unknown.problems().get(0).toString().contains("MI, FP, FO, FQ"), unknown.problems().toString());
        assertThrows(InvalidInputException.class, () -> f.app().cases().recordOutcome(f.ctx(), caseId, "MI", null, "x", LocalDate.of(2026, 10, 1)),
                "not before the case was opened");
        var fq = f.app().cases().recordOutcome(f.ctx(), caseId, "fq", p.id(), "Charged with a related offence", null);
        assertEquals("FQ", fq.outcome().code(), "the code as the area spells it");
        var shown = f.app().cases().show(f.ctx(), caseId).outcomes();
        assertEquals(1, shown.size());
        assertEquals("Jordan Ashgrove", shown.get(0).person().name());
    }

    @Test
    void aDischargeWaitsForAPositiveInterventionForTheVictim() {
        PersonOfConcern p = f.store(tx -> tx.personsOfConcern().add("Jordan Ashgrove", List.of(), null, null, null, null));
        f.store(tx -> {
            tx.personsOfConcern().linkChild(p.id(), childId, "Adult seen with the child");
            return null;
        });
        f.app().cases().recordOutcome(f.ctx(), caseId, "FP", p.id(), "Abduction warning notice served", null);
        RefusedException refused = assertThrows(RefusedException.class,
                () -> f.app().cases().close(f.ctx(), caseId, CaseStatus.DISCHARGED, "Panel agreed", null));
        assertEquals("case-not-ready", refused.rule());
        assertTrue(refused.getMessage().contains("positive intervention (MI)"), refused.getMessage());
        assertEquals(CaseStatus.OPEN, f.app().cases().show(f.ctx(), caseId).summary().onCase().status(), "nothing changed");
        // closing (not discharging) is not the protocol's discharge and is not held back
        f.app().cases().recordOutcome(f.ctx(), caseId, "MI", null, "Engaging with the specialist service", null);
        assertEquals(CaseStatus.DISCHARGED, f.app().cases().close(f.ctx(), caseId, CaseStatus.DISCHARGED, "Panel agreed", null).record().status());
    }

    @Test
    void aCaseGoesBeforeTheMaseOnlyWithTheEntryConditionsAndTheRefusalNamesEachMissingOne() {
        MeetingService.NewMeeting mase = new MeetingService.NewMeeting("london", "mase", java.time.Instant.parse("2026-12-10T10:00:00Z"), null,
                "Civic Centre", null, null, List.of(caseId));
        RefusedException refused = assertThrows(RefusedException.class, () -> f.app().meetings().schedule(f.ctx(), mase));
        for (String missing : List.of("strategy meeting", "CRIS number", "child protection procedures")) {
            assertTrue(refused.getMessage().contains(missing), refused.getMessage());
        }
        assertTrue(f.app().meetings().list(f.ctx()).isEmpty(), "the refused schedule rolled back");
        // another type of meeting has no entry conditions
        f.app().meetings().schedule(f.ctx(), new MeetingService.NewMeeting("london", "strategy-discussion",
                java.time.Instant.parse("2026-11-20T10:00:00Z"), null, "Civic Centre", null, null, List.of(caseId)));
        f.app().cases().recordForm(f.ctx(), caseId, "london.mase-info", Map.of("strategy-meeting-date", "2026-11-20",
                "cris-number", "1234567/26", "child-protection-followed", "yes"));
        assertEquals(List.of(caseId), f.app().meetings().show(f.ctx(), f.app().meetings().schedule(f.ctx(), mase).id()).cases().stream().map(MeetingService.PanelCase::caseId).toList(), "accepted once the form records them");
    }

    @Test
    void theAreaLanguageSeesTheCategoryTierFlagsAndOutcomesTheLondonPluginDeclares() throws Exception {
        Path file = tmp.resolve("home/areas/london.area");
        String text = Files.readString(file) + """

                rule escalate "Category 2 or 3 with a gang"
                  when case.category >= 2 and case.tier >= 3 and case.flags has GA and not case.outcomes has MI
                  then add case to next mase
                """;
        Files.writeString(file, text);
        CheckResult clean = f.app().areas().check(f.ctx(), file);
        assertFalse(clean.hasErrors(), clean.format());
        Files.writeString(file, text.replace("case.category >= 2", "case.category > 3").replace("has GA", "has GX")
                .replace("has MI", "has MJ"));
        String errors = f.app().areas().check(f.ctx(), file).format();
        assertTrue(errors.contains("case.category is 0 to 3"), errors);
        assertTrue(errors.contains("unknown code 'GX'"), errors);
        assertTrue(errors.contains("unknown code 'MJ'"), errors);
    }

    @Test
    void aPlacementStartsTheLondonNoticeDeadlineWhichTheAreasConditionsRead() throws Exception {
        // §7 "Children placed out of borough": notice to the host authority within 24 hours of the placement
        Path file = tmp.resolve("home/areas/london.area");
        Files.writeString(file, Files.readString(file).replace("  item \"Share available information\"",
                "  item \"Share available information\"\n  item \"Placement notices overdue\" for each case where deadline placement-notice passed"));
        f.app().areas().reload(f.ctx());
        java.time.Instant at = AppFixture.START.plus(java.time.Duration.ofDays(1));
        long meeting = f.app().meetings().schedule(f.ctx(), new MeetingService.NewMeeting("london", "strategy-discussion", at, null,
                "Civic Centre", null, null, List.of(caseId))).id();
        CirculationService.RenderRequest agenda = new CirculationService.RenderRequest(meeting, CirculationService.Document.AGENDA,
                CirculationService.Audience.FULL, CirculationService.Format.TEXT);
        String reference = f.app().cases().show(f.ctx(), caseId).summary().onCase().reference();
        String before = f.app().circulation().preview(f.ctx(), agenda).text();
        assertTrue(before.contains("No cases for this item."), "no placement recorded, no notice due:\n" + before);
        var placed = f.app().children().place(f.ctx(), childId, "London Borough of Example", LocalDate.of(2026, 11, 16));
        assertEquals("London Borough of Example", placed.hostArea());
        String after = f.app().circulation().preview(f.ctx(), agenda).text();
        String item = after.substring(after.indexOf("Placement notices overdue"));
        assertTrue(item.substring(0, item.indexOf('\n', item.indexOf('\n') + 1) + 80).contains(reference),
                "placed on 16 November, more than 24 hours before the meeting:\n" + after);
        assertTrue(f.app().cases().show(f.ctx(), caseId).chronology().stream().anyMatch(e -> e.kind().equals("placement")));
        assertThrows(InvalidInputException.class, () -> f.app().children().place(f.ctx(), childId, " ", null), "the host area is named");
    }

    @Test
    void aCaseFormsAnswersAreFieldsOfTheAreaLanguage() throws Exception {
        Path file = tmp.resolve("home/areas/london.area");
        String text = Files.readString(file).replace("  quorum at least 3 agencies including childrens-social-care, health, police",
                "  quorum at least 3 agencies including childrens-social-care, health, police\n"
                        + "  admits case when case.form.mase-info.cris-number and case.form.mase-info.child-protection-followed\n"
                        + "    and case.form.mase-info.models has online and case.form.mase-info.strategy-meeting-date is recorded");
        Files.writeString(file, text);
        String errors = f.app().areas().check(f.ctx(), file).format();
        assertTrue(errors.contains("is recorded"), "'is recorded' is no value of a date: " + errors);
        Files.writeString(file, text.replace(" and case.form.mase-info.strategy-meeting-date is recorded", "")
                .replace("has online", "has onlin"));
        errors = f.app().areas().check(f.ctx(), file).format();
        assertTrue(errors.contains("'onlin'") && errors.contains("online"), "the models' codes are checked: " + errors);
        Files.writeString(file, text.replace(" and case.form.mase-info.strategy-meeting-date is recorded", ""));
        CheckResult clean = f.app().areas().check(f.ctx(), file);
        assertFalse(clean.hasErrors(), clean.format());
        f.app().areas().reload(f.ctx());

        java.time.Instant at = AppFixture.START.plus(java.time.Duration.ofDays(2));
        MeetingService.NewMeeting discussion = new MeetingService.NewMeeting("london", "strategy-discussion", at, null, "Civic Centre",
                null, null, List.of(caseId));
        RefusedException refused = assertThrows(RefusedException.class, () -> f.app().meetings().schedule(f.ctx(), discussion));
        assertTrue(refused.getMessage().endsWith("not holding: case.form.mase-info.cris-number; case.form.mase-info.child-protection-followed;"
                + " case.form.mase-info.models has online"), refused.getMessage());
        f.app().cases().recordForm(f.ctx(), caseId, "london.mase-info", Map.of("cris-number", "1234567/26", "child-protection-followed", "yes",
                "models", "relationship,online"));
        assertEquals(List.of(caseId), f.app().meetings().show(f.ctx(), f.app().meetings().schedule(f.ctx(), discussion).id()).cases().stream()
                .map(MeetingService.PanelCase::caseId).toList(), "admitted once the form records them");
    }
}
