package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.safeguard.core.api.casework.RecordedCase;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.Plan;

/**
 * Plans through the application layer, with the Stockport plugin as shipped in the real
 * container declaring the kinds: each plan a version of its kind, the kind and route checked
 * against the plugin's, the plans in force on the case and in what a guard reads, the audit
 * trail naming the case and kind but never the text, and the table refusing any change.
 */
class PlanServiceTest {
    @TempDir
    Path tmp;
    AppFixture f;
    long caseId;

    @BeforeEach
    void home() {
        f = AppFixture.withArea(tmp, "stockport");
        Map<String, Object> referral = new LinkedHashMap<>();
        var form = f.app().referrals().form(f.ctx(), "stockport").form();
        for (var e : Map.of(org.safeguard.core.api.form.CoreField.GIVEN_NAME, "Robin",
                org.safeguard.core.api.form.CoreField.FAMILY_NAME, "Quillfeather",
                org.safeguard.core.api.form.CoreField.DATE_OF_BIRTH, "2010-05-14",
                org.safeguard.core.api.form.CoreField.REFERRAL_DATE, "2026-11-02",
                org.safeguard.core.api.form.CoreField.NARRATIVE, "Seen getting into cars with unknown adults.",
                org.safeguard.core.api.form.CoreField.REFERRER_NAME, "D. Worker",
                org.safeguard.core.api.form.CoreField.REFERRER_AGENCY, "Example Academy").entrySet()) {
            referral.put(form.boundTo(e.getKey()).orElseThrow().id(), e.getValue());
        }
        caseId = f.app().referrals().refer(f.ctx(), "stockport", null, referral).onCase().id();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private PlanService plans() {
        return f.app().plans();
    }

    @Test
    void aPlanOfAKindTheCaseHasIsItsNextVersionAndTheLatestIsInForce() {
        Plan first = plans().add(f.ctx(), caseId, new PlanService.NewPlan("safety", null, "Safe adults agreed", "Social worker",
                f.ctx().today().plusDays(28))).plan();
        assertEquals(1, first.number());
        plans().add(f.ctx(), caseId, new PlanService.NewPlan("exit", "tac", "Team Around the Child", null, null));
        Plan second = plans().add(f.ctx(), caseId, new PlanService.NewPlan("safety", null, "Safe adults and safe places", null, null)).plan();
        assertEquals(2, second.number());
        PlanService.Plans all = plans().forCase(f.ctx(), caseId);
        assertEquals(3, all.versions().size(), "every version kept");
        assertEquals(List.of("safety", "safety", "exit"), all.versions().stream().map(Plan::kind).toList(), "in the area's order of kinds");
        assertEquals(List.of(second.id(), all.versions().get(2).id()), all.inForce().stream().map(Plan::id).toList());
        assertEquals(all.inForce(), f.app().cases().show(f.ctx(), caseId).plans().inForce(), "case show lists the plans in force");
        assertEquals(3, f.app().cases().show(f.ctx(), caseId).chronology().stream().filter(e -> e.kind().equals("plan")).count(),
                "each version in the chronology");
        RecordedCase recorded = f.store(tx -> tx.recordedCases().of(tx.cases().require(caseId)));
        assertEquals(2, recorded.plan("safety").orElseThrow().version(), "a guard reads the plan in force");
        assertEquals("tac", recorded.plan("exit").orElseThrow().route());
        assertTrue(recorded.plan("disruption").isEmpty());
    }

    @Test
    void aConfidentialKindsPlansNeverReachARestrictedAudienceWhateverTheTemplatePrints() throws Exception {
        plans().add(f.ctx(), caseId, new PlanService.NewPlan("safety", null, "OPENSAFETY phone checks each evening", null, null));
        plans().add(f.ctx(), caseId, new PlanService.NewPlan("disruption", null, "SECRETDISRUPTION abduction warning notice", null, null));
        // a home's own agenda that prints every plan of every case in every item it is given
        java.nio.file.Path own = java.nio.file.Files.createDirectories(f.home().root().resolve("templates/stockport"));
        java.nio.file.Files.writeString(own.resolve("se-strategy-agenda.text.vm"), "#foreach($part in $parts)#foreach($section in $part.sections)"
                + "#foreach($item in $section.items)#foreach($case in $item.cases)#foreach($p in $case.plans)PLAN $p.text\n#end#end#end#end#end");
        var m = f.app().meetings().schedule(f.ctx(), new MeetingService.NewMeeting("stockport", "se-strategy",
                java.time.Instant.parse("2026-12-10T10:00:00Z"), null, "Safeguarding Children's Unit", null, null, List.of(caseId)));
        String restricted = new String(f.app().circulation().preview(f.ctx(), new CirculationService.RenderRequest(m.id(),
                CirculationService.Document.AGENDA, CirculationService.Audience.RESTRICTED, CirculationService.Format.TEXT)).bytes());
        String full = new String(f.app().circulation().preview(f.ctx(), new CirculationService.RenderRequest(m.id(),
                CirculationService.Document.AGENDA, CirculationService.Audience.FULL, CirculationService.Format.TEXT)).bytes());
        assertTrue(restricted.contains("OPENSAFETY"), "the safety plan is for every audience: " + restricted);
        assertFalse(restricted.contains("SECRETDISRUPTION"), "never the disruption plan: " + restricted);
        assertTrue(full.contains("SECRETDISRUPTION"), "the full papers have it: " + full);
    }

    @Test
    void refusesAKindOrRouteTheAreaDoesNotDeclareWithTheNearest() {
        InvalidInputException kind = assertThrows(InvalidInputException.class,
                () -> plans().add(f.ctx(), caseId, new PlanService.NewPlan("safty", null, "x", null, null)));
        assertEquals("safety", kind.problems().get(0).suggestion());
        InvalidInputException noRoute = assertThrows(InvalidInputException.class,
                () -> plans().add(f.ctx(), caseId, new PlanService.NewPlan("exit", null, "x", null, null)));
        assertTrue(noRoute.problems().get(0).message().contains("tac"), noRoute.problems().toString());
        InvalidInputException badRoute = assertThrows(InvalidInputException.class,
                () -> plans().add(f.ctx(), caseId, new PlanService.NewPlan("exit", "tca", "x", null, null)));
        assertEquals("tac", badRoute.problems().get(0).suggestion());
        assertThrows(InvalidInputException.class, () -> plans().add(f.ctx(), caseId, new PlanService.NewPlan("safety", "tac", "x", null, null)),
                "a safety plan leads to no route");
        InvalidInputException all = assertThrows(InvalidInputException.class, () -> plans().add(f.ctx(), caseId,
                new PlanService.NewPlan("safty", null, " ", null, LocalDate.of(2020, 1, 1))));
        assertEquals(2, all.problems().size(), "every problem at once: " + all.problems());
        assertTrue(plans().forCase(f.ctx(), caseId).versions().isEmpty(), "nothing recorded");
    }

    @Test
    void theAuditNamesTheCaseAndKindNeverTheTextAndThePlanCannotBeChanged() {
        Plan p = plans().add(f.ctx(), caseId, new PlanService.NewPlan("disruption", null, "Abduction warning notice to Jordan Ashgrove",
                "DS Officer", null)).plan();
        List<AuditEntry> trail = f.app().audit().latest(f.ctx(), 5).entries();
        AuditEntry added = trail.stream().filter(e -> e.entity().equals("plan") && e.action().equals("add")).findFirst().orElseThrow();
        assertTrue(added.details().contains("kind=disruption"), added.details());
        assertFalse(added.details().contains("Ashgrove") || added.details().contains("DS Officer"), "no values in the trail: " + added.details());
        assertTrue(f.audited("add", "plan").size() == 1);
        for (String sql : List.of("UPDATE plan SET text = 'changed' WHERE id = " + p.id(), "DELETE FROM plan WHERE id = " + p.id())) {
            java.sql.SQLException e = assertThrows(java.sql.SQLException.class, () -> {
                try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f.home().database())) {
                    c.createStatement().executeUpdate(sql);
                }
            }, sql);
            assertTrue(e.getMessage().contains("never"), e.getMessage());
        }
        assertTrue(f.app().audit().verify(f.ctx(), null, null).intact());
    }
}
