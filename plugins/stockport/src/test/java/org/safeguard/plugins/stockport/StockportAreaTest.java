package org.safeguard.plugins.stockport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.ClassificationScheme;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.dsl.AreaLanguage;
import org.safeguard.dsl.CheckResult;
import org.safeguard.dsl.IncludeResolver;
import org.safeguard.dsl.SimpleVocabulary;
import org.safeguard.dsl.Vocabulary;
import org.safeguard.dsl.eval.CaseField;
import org.safeguard.dsl.eval.WorkingCalendar;
import org.safeguard.dsl.model.AgendaEntry;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.Deadline;
import org.safeguard.dsl.model.MeetingType;
import org.safeguard.dsl.model.Ref;
import org.safeguard.dsl.model.TimeAmount;

class StockportAreaTest {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final AreaDescriptor area = new StockportArea().area();

    /**
     * England and Wales bank holidays 2022 to 2027 as GOV.UK publishes them, written out by hand
     * (not computed), so the area's calendar is checked against an independent list.
     */
    private static final Set<LocalDate> BANK_HOLIDAYS = Set.of(
            LocalDate.of(2022, 1, 3), LocalDate.of(2022, 4, 15), LocalDate.of(2022, 4, 18), LocalDate.of(2022, 5, 2),
            LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 8, 29), LocalDate.of(2022, 9, 19),
            LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27),
            LocalDate.of(2023, 1, 2), LocalDate.of(2023, 4, 7), LocalDate.of(2023, 4, 10), LocalDate.of(2023, 5, 1),
            LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 29), LocalDate.of(2023, 8, 28), LocalDate.of(2023, 12, 25),
            LocalDate.of(2023, 12, 26),
            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 6),
            LocalDate.of(2024, 5, 27), LocalDate.of(2024, 8, 26), LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26),
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5),
            LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));

    /** The names the definition may use when only this plugin is enabled, built as the core's LiveVocabulary builds them. */
    static Vocabulary vocabulary() throws IOException {
        SimpleVocabulary.Builder b = SimpleVocabulary.builder().plugin(StockportArea.ID)
                .caseField(StockportArea.ID, CaseField.plugin("case.risk-level", CaseField.Kind.NUMBER, 1, 3, null, "risk level, 1 to 3"))
                // the referral form's coded answers: its indicators (§5)
                .caseField(StockportArea.ID, CaseField.plugin(CaseField.referralPath("indicators"), CaseField.Kind.CODE_SET, 0, 0, "indicators",
                        "indicators seen (§5)"));
        for (CodeList l : new StockportCodeLists().codeLists()) {
            b.codeList(l.id(), Set.copyOf(l.codeValues()));
        }
        try (Stream<Path> shared = Files.list(Path.of("..", "..", "templates"))) {
            shared.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".vm") && !n.endsWith(".text.vm")
                    && !n.equals("macros.vm")).forEach(n -> b.templates(n.substring(0, n.length() - 3)));
        }
        return b.templates(new StockportTemplates().names().toArray(String[]::new)).build();
    }

    static AreaDefinition definition() throws IOException {
        CheckResult r = AreaLanguage.check("stockport.area", new StockportArea().defaultDefinition().orElseThrow(), vocabulary(),
                IncludeResolver.none());
        assertEquals("", r.format(), "diagnostics");
        return r.definition().orElseThrow();
    }

    private static List<String> names(List<Ref> refs) {
        return refs.stream().map(Ref::name).toList();
    }

    private static List<AgendaEntry.Part> parts(MeetingType m) {
        return m.agenda().stream().filter(e -> e instanceof AgendaEntry.Part).map(e -> (AgendaEntry.Part) e).toList();
    }

    @Test
    void namesOnlyFormsAndListsThePluginOffers() {
        assertEquals("stockport", area.id());
        List<String> forms = new StockportForms().forms().stream().map(FormDefinition::id).toList();
        List<String> lists = new StockportCodeLists().codeLists().stream().map(CodeList::id).toList();
        assertTrue(forms.contains(area.referralForm().orElseThrow()));
        assertTrue(forms.containsAll(area.caseForms()));
        assertTrue(lists.contains(area.ethnicityList().orElseThrow()));
        assertTrue(lists.contains(area.warningSigns().orElseThrow()));
    }

    @Test
    void classifiesByRiskLevelOneToThreeFeedingTheCaseField() {
        // §11: three levels, "not necessarily progressive": the core keeps the history of each change
        assertEquals(List.of(ClassificationScheme.feeding("stockport.risk-level", "case.risk-level")), area.schemes());
        assertEquals(List.of("1", "2", "3"), StockportCodes.riskLevel().codeValues());
    }

    @Test
    void theStrategyMeetingIsChairedByAnIroWithPoliceAndChildrensServicesAsItsQuorum() throws IOException {
        // §14 "Arrangements for Strategy Meetings" and "Information Sharing and Attendance"
        MeetingType m = definition().meeting("se-strategy").orElseThrow();
        assertEquals(List.of("iro"), names(m.chairs()));
        assertEquals(List.of("police", "childrens-services"), names(m.mustAttend()));
        assertEquals(List.of("police", "childrens-services"), names(m.quorum().orElseThrow().including()));
        assertTrue(names(m.invited()).containsAll(List.of("key-professionals", "parents")), "§14 \"Parent's attendance\"");
    }

    @Test
    void parentsLeaveTheConfidentialPartAndAReconvenedMeetingHasTheSameShape() throws IOException {
        // §14: "third party information may be shared in a confidential section and they would be asked to leave"
        AreaDefinition d = definition();
        for (String type : List.of("se-strategy", "se-strategy-reconvened")) {
            List<AgendaEntry.Part> parts = parts(d.meeting(type).orElseThrow());
            assertEquals(2, parts.size(), type);
            assertFalse(parts.get(0).confidential(), "the open part");
            assertTrue(parts.get(1).confidential());
            assertTrue(names(parts.get(1).without()).contains("parents"), type);
        }
    }

    @Test
    void writesTheDeadlinesOfSections13And14() throws IOException {
        AreaDefinition d = definition();
        Deadline decision = d.deadline("social-care-decision").orElseThrow();
        assertEquals(24, decision.within().amount());
        assertEquals(TimeAmount.Unit.HOURS, decision.within().unit());
        Deadline assessment = d.deadline("initial-assessment").orElseThrow();
        assertEquals(7, assessment.within().amount());
        assertEquals(TimeAmount.Unit.WORKING_DAYS, assessment.within().unit());
        Deadline meeting = d.deadline("strategy-meeting").orElseThrow();
        assertEquals(10, meeting.within().amount());
        assertEquals(TimeAmount.Unit.DAYS, meeting.within().unit());
        for (Deadline x : List.of(decision, assessment, meeting)) {
            assertEquals("referral", x.anchor().name(), x.id());
            assertTrue(x.when().isEmpty(), x.id() + " runs for every referral");
        }
        // §14.1, "Concerns about a sexually active person under 18": the police referral decision within 24 hours
        Deadline police = d.deadline("police-referral-decision").orElseThrow();
        assertEquals(24, police.within().amount());
        assertEquals(TimeAmount.Unit.HOURS, police.within().unit());
        assertEquals("case.referral.indicators has sexually-active and not (child.age >= 18)",
                org.safeguard.dsl.AreaLanguage.print(police.when().orElseThrow()));
        assertEquals("england-and-wales", d.calendar().name());
    }

    @Test
    void theInitialAssessmentCountsSevenWorkingDaysAgainstAnIndependentListOfBankHolidays() throws IOException {
        // §13: "Social Care will complete an Initial Assessment within 7 working days"
        AreaDefinition d = definition();
        WorkingCalendar calendar = WorkingCalendar.of(d.calendar());
        TimeAmount seven = d.deadline("initial-assessment").orElseThrow().within();
        int checked = 0;
        for (LocalDate day = LocalDate.of(2022, 1, 1); day.isBefore(LocalDate.of(2027, 12, 15)); day = day.plusDays(1)) {
            Instant referral = day.atTime(15, 30).atZone(UK).toInstant();
            LocalDate last = day;
            for (int left = 7; left > 0; ) {
                last = last.plusDays(1);
                if (last.getDayOfWeek() != DayOfWeek.SATURDAY && last.getDayOfWeek() != DayOfWeek.SUNDAY && !BANK_HOLIDAYS.contains(last)) {
                    left--;
                }
            }
            assertEquals(last.plusDays(1).atStartOfDay(UK).toInstant(), calendar.due(referral, seven), "referred " + day);
            checked++;
        }
        assertTrue(checked > 5 * 365);
        // Christmas 2026: Boxing Day on a Saturday moves to Monday 28 December; New Year's Day too: the seventh is 7 January
        assertEquals(LocalDate.of(2027, 1, 7).plusDays(1).atStartOfDay(UK).toInstant(),
                calendar.due(LocalDate.of(2026, 12, 24).atTime(9, 0).atZone(UK).toInstant(), seven));
    }
}
