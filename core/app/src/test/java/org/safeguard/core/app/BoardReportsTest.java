package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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
import org.safeguard.core.api.form.CoreField;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.CaseStatus;
import org.safeguard.core.reports.ActivityFigures;
import org.safeguard.core.reports.PanelFigures;
import org.safeguard.core.reports.TrackedAction;

/**
 * The activity report every area has and London's MASE report (Protocol §7, "Governance": themes,
 * trends and the activity measured against the four strands, with owners and timeframes, and
 * the planner for the next period), through the application layer with the London plugin as
 * shipped, on data whose answers are known: three referrals in October and November, one in
 * September outside the period, a MASE held in November and one in December outside it.
 */
class BoardReportsTest {
    static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @TempDir
    Path tmp;
    AppFixture f;
    long outside;
    long first;
    long second;
    long third;
    long held;

    @BeforeEach
    void home() {
        f = AppFixture.withArea(tmp, "london");
        f.clock().set(Instant.parse("2026-09-10T09:00:00Z"));
        outside = refer("Ashdown", "2026-09-08");
        f.clock().set(Instant.parse("2026-10-05T09:00:00Z"));
        first = refer("Quillfeather", "2026-10-03");
        f.clock().set(Instant.parse("2026-10-21T09:00:00Z"));
        second = refer("Marchbank", "2026-10-20");
        f.app().cases().classify(f.ctx(), first, "london.police-category", "2", "Strategy meeting 4 October");
        f.clock().set(Instant.parse("2026-11-03T09:00:00Z"));
        third = refer("Okonedo", "2026-11-02");
        f.app().cases().classify(f.ctx(), first, "london.police-category", "3", "Strategy meeting 2 November");
        f.app().cases().classify(f.ctx(), second, "london.police-category", "1", "Strategy meeting 2 November");
        Map<String, Object> ready = Map.of("strategy-meeting-date", "2026-10-04", "cris-number", "1234567/26", "child-protection-followed", "yes");
        f.app().cases().recordForm(f.ctx(), first, "london.mase-info", with(ready, "models", "online,peer-on-peer", "group-offending", "yes",
                "substance-use", "Cannabis, supplied by the older males"));
        f.app().cases().recordForm(f.ctx(), second, "london.mase-info", with(ready, "models", "county-lines", "gang-offending", "yes"));
        f.app().cases().recordForm(f.ctx(), outside, "london.mase-info", with(ready, "models", "familial"));
        f.app().cases().recordOutcome(f.ctx(), first, "MI", null, "Engaging with the specialist service", LocalDate.of(2026, 11, 2));
        f.app().cases().recordOutcome(f.ctx(), outside, "MI", null, "Back in school", LocalDate.of(2026, 9, 20));

        // a MASE held in November with two cases, and one in December (outside the period) with the third
        held = f.app().meetings().schedule(f.ctx(), new MeetingService.NewMeeting("london", "mase", Instant.parse("2026-11-12T10:00:00Z"),
                null, "Civic Centre", null, null, List.of(first, second))).id();
        f.clock().set(Instant.parse("2026-11-12T12:00:00Z"));
        f.app().meetings().attendance(f.ctx(), held, List.of(new MeetingService.Attendee("DI A. Officer", "police", Attendance.Status.PRESENT),
                new MeetingService.Attendee("S. Manager", "childrens-social-care", Attendance.Status.PRESENT)));
        f.app().actions().add(f.ctx(), held, "2.4", new MeetingService.NewAction("Awareness sessions for taxi drivers", "L. Officer",
                "licensing", LocalDate.of(2026, 11, 25), null, "Prevent"));
        f.app().actions().add(f.ctx(), held, "2.4", new MeetingService.NewAction("Disruption visits to the two hotels", "DS B. Officer",
                "police", LocalDate.of(2026, 11, 20), null, "Pursue"));
        f.app().actions().add(f.ctx(), held, "2.4", new MeetingService.NewAction("Train school designated leads", "E. Lead",
                "education", LocalDate.of(2027, 1, 15), null, "Prepare"));
        f.app().actions().add(f.ctx(), held, "1.2", new MeetingService.NewAction("Return interview for the last missing episode", "S. Worker",
                "childrens-social-care", LocalDate.of(2026, 11, 19), f.app().cases().show(f.ctx(), second).summary().onCase().reference(), "Protect"));
        f.clock().set(Instant.parse("2026-11-21T09:00:00Z"));
        long disruption = f.app().actions().list(f.ctx(), false).stream().filter(a -> a.description().startsWith("Disruption")).findFirst()
                .orElseThrow().id();
        f.app().actions().done(f.ctx(), disruption, "Both visited");
        f.app().meetings().schedule(f.ctx(), new MeetingService.NewMeeting("london", "mase", Instant.parse("2026-12-10T10:00:00Z"), null,
                "Civic Centre", null, null, List.of(outside)));
        f.clock().set(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static Map<String, Object> with(Map<String, Object> base, String... pairs) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private long refer(String familyName, String date) {
        var form = f.app().referrals().form(f.ctx(), "london").form();
        Map<String, Object> referral = new LinkedHashMap<>();
        for (var e : Map.of(CoreField.GIVEN_NAME, "Robin", CoreField.FAMILY_NAME, familyName, CoreField.DATE_OF_BIRTH, "2010-05-14",
                CoreField.REFERRAL_DATE, date, CoreField.NARRATIVE, "Seen getting into cars with older males.",
                CoreField.REFERRER_NAME, "D. Worker", CoreField.REFERRER_AGENCY, "Example Academy").entrySet()) {
            referral.put(form.boundTo(e.getKey()).orElseThrow().id(), e.getValue());
        }
        return f.app().referrals().refer(f.ctx(), "london", null, referral).onCase().id();
    }

    @Test
    void theActivityReportCountsCasesByCategoryAtEachMonthsEndAndTracksTheActions() {
        ActivityFigures a = f.app().reports().activity(f.ctx(), "london", FROM, TO);
        assertEquals(List.of("2026-10", "2026-11"), a.months().stream().map(m -> m.month().toString()).toList());
        assertEquals(List.of(2, 1), a.months().stream().map(ActivityFigures.MonthCases::referrals).toList(), "September's is outside");
        assertEquals(List.of(3, 4), a.months().stream().map(ActivityFigures.MonthCases::openAtEnd).toList(), "September's case is open too");
        ActivityFigures.Breakdown category = a.breakdowns().get(0);
        assertEquals("london.police-category", category.id());
        assertEquals(Map.of("0", 0, "1", 0, "2", 1, "3", 0, "unrecorded", 2), category.counts().get(0), "at October's end");
        assertEquals(Map.of("0", 0, "1", 1, "2", 0, "3", 1, "unrecorded", 2), category.counts().get(1), "at November's end: moved to 3");
        assertEquals("london.csc-tier", a.breakdowns().get(1).id());
        assertEquals(4, a.breakdowns().get(1).counts().get(1).get("unrecorded"));
        assertEquals(1, a.outcomes().get("2026-11").get("MI"), "September's MI is outside the period");
        assertEquals(0, a.outcomes().get("2026-10").get("MI"));
        ActivityFigures.ActionCounts c = a.actionCounts();
        assertEquals(List.of(4, 1, 0, 3, 2), List.of(c.tracked(), c.doneInPeriod(), c.cancelledInPeriod(), c.open(), c.overdue()),
                "on 1 December: the taxi drivers' and the return interview overdue, the training open");
        TrackedAction onCase = a.actions().stream().filter(x -> x.caseReference() != null).findFirst().orElseThrow();
        assertNull(onCase.description(), "an action on a case agreed in MASE's confidential part is not described");
        assertTrue(a.actions().stream().allMatch(x -> x.description() == null),
                "nor one on no case: both MASE parts are confidential, and a board report goes wider than the panel");
        assertTrue(a.actions().stream().allMatch(x -> x.owner() != null && x.due() != null), "the owner and the due day are shown");
        assertFalse(f.audited("report", "activity").isEmpty(), "the run is audited");
    }

    @Test
    void theMaseReportHasThemesOfTheCasesDiscussedTrendsAndTheActivityByStrand() {
        PanelFigures p = f.app().reports().panel(f.ctx(), "london", null, FROM, TO, "Hotels remain the main concern.\n\nTaxi ranks next.");
        assertEquals("mase", p.report());
        assertEquals(1, p.meetings().size(), "December's MASE is outside the period");
        assertEquals(2, p.casesDiscussed());
        assertEquals(2, p.newToPanel());
        PanelFigures.ThemeCount models = p.themes().get(0);
        assertEquals(2, models.withForm());
        assertEquals(1, models.counts().get("online"));
        assertEquals(1, models.counts().get("peer-on-peer"));
        assertEquals(1, models.counts().get("county-lines"));
        assertEquals(0, models.counts().get("familial"), "the familial case was not discussed in the period");
        assertEquals(1, models.primary().get("online"), "the first model is the primary");
        assertEquals(0, models.primary().get("peer-on-peer"));
        Map<String, Integer> single = new LinkedHashMap<>();
        p.themes().stream().filter(PanelFigures.ThemeCount::single).forEach(t -> single.put(t.field(), t.cases()));
        assertEquals(1, single.get("group-offending"));
        assertEquals(1, single.get("gang-offending"));
        assertEquals(1, single.get("substance-use"), "a written theme counts the cases where something is written");
        assertEquals(0, single.get("trafficking"));
        assertEquals(List.of(2, 1), p.trends().stream().map(PanelFigures.MonthTrend::referrals).toList());
        assertEquals(List.of(0, 1), p.trends().stream().map(PanelFigures.MonthTrend::meetingsHeld).toList());
        assertEquals(1, p.trends().get(1).outcomes().get("MI"));
        assertEquals(List.of("Prepare", "Prevent", "Protect", "Pursue"), p.strands(), "the area definition's strands, in its order");
        Map<String, List<Integer>> strands = new LinkedHashMap<>();
        p.byStrand().forEach(s -> strands.put(s.strand(), List.of(s.agreed(), s.done(), s.open(), s.overdue())));
        assertEquals(Map.of("Prepare", List.of(1, 0, 1, 0), "Prevent", List.of(1, 0, 1, 1), "Protect", List.of(1, 0, 1, 1),
                "Pursue", List.of(1, 1, 0, 0)), strands, "agreed, done, open, overdue on 1 December");
        assertEquals(List.of("Prepare"), p.planned().stream().map(TrackedAction::strand).toList(),
                "due in January: planned for the next period, not this one's activity");
        assertEquals(3, p.activity().size());
        assertEquals("Hotels remain the main concern.\n\nTaxi ranks next.", p.narrative());
        assertFalse(f.audited("report", "panel").isEmpty(), "the run is audited");
    }

    @Test
    void theRenderedReportsNameCasesByReferenceAndNoChild() {
        String text = new String(f.app().reports().renderPanel(f.ctx(), "london", "mase", FROM, TO, null,
                CirculationService.Format.TEXT).bytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("MASE report to the LSCB CSE sub-group"), text);
        assertFalse(text.contains("Awareness sessions for taxi drivers"), "agreed in a confidential part: " + text);
        assertTrue(text.contains("L. Officer (licensing)"), text);
        assertTrue(text.contains(TrackedAction.CONFIDENTIAL), text);
        String html = new String(f.app().reports().renderActivity(f.ctx(), "london", FROM, TO, CirculationService.Format.HTML).bytes(),
                StandardCharsets.UTF_8);
        assertTrue(html.contains("data:image/png;base64,"), "the HTML carries its charts");
        for (String name : List.of("Quillfeather", "Marchbank", "Okonedo", "Ashdown", "Robin")) {
            assertFalse(text.contains(name), name);
            assertFalse(html.replaceAll("base64,[A-Za-z0-9+/=]+", "").contains(name), name);
        }
    }

    @Test
    void anAreaWithNoPanelReportOrABackwardsPeriodIsRefused() {
        assertThrows(InvalidInputException.class, () -> f.app().reports().activity(f.ctx(), "london", TO, FROM));
        RefusedException unknown = assertThrows(RefusedException.class, () -> f.app().reports().panel(f.ctx(), "london", "pre-mase", FROM, TO,
                null));
        assertTrue(unknown.getMessage().contains("(it has: mase)"), unknown.getMessage());
        assertEquals(CaseStatus.OPEN, f.app().cases().show(f.ctx(), first).summary().onCase().status());
    }
}
