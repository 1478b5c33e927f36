package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.api.instrument.InstrumentResult;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.Child;

class AssessmentServiceTest {
    static final String CSE2 = "lancashire.cse2";
    /** Factors 1 to 11 scoring 26 in all: MEDIUM (AMBER). */
    static final int[] MEDIUM = {3, 2, 2, 3, 2, 2, 2, 3, 2, 2, 3};

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

    static Map<String, String> answers(int... scores) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            m.put(String.valueOf(i + 1), String.valueOf(scores[i]));
        }
        return m;
    }

    @Test
    void aPreviewScoresAndRecordsNothing() {
        RequestContext ctx = f.ctx();
        int before = f.audit().size();
        AssessmentService.Outcome o = f.app().assessments().preview(ctx, CSE2, answers(MEDIUM));
        assertTrue(o.result().complete());
        assertEquals(26, o.result().score());
        assertEquals("AMBER", o.result().band());
        assertEquals("MEDIUM", o.result().level());
        assertTrue(o.recorded().isEmpty());
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> f.app().assessments().preview(ctx, CSE2, Map.of("1", "5", "drugs-use", "2")));
        assertEquals(2, bad.problems().size(), bad.getMessage());
        assertEquals(before, f.audit().size(), "a preview writes nothing, not even to the audit trail");
    }

    @Test
    void anUnknownInstrumentNamesTheLikelyOne() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> f.app().assessments().instrument(f.ctx(), "lancashire.cse3"));
        assertTrue(e.getMessage().contains("did you mean 'lancashire.cse2'?"), e.getMessage());
        List<AssessmentService.Offered> offered = f.app().assessments().instruments(f.ctx());
        assertTrue(offered.stream().anyMatch(x -> x.instrument().id().equals(CSE2) && x.plugin().equals("lancashire")), offered.toString());
    }

    @Test
    void aFinalAssessmentBecomesTheCasesCurrentRiskAndSupersedesTheLastFinal() {
        ReferralService.Outcome referral = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Example"));
        long child = referral.child().id();
        AssessmentService.Outcome draft = f.app().assessments().record(f.ctx(), CSE2, Map.of("1", "2"), child, AssessmentStatus.DRAFT);
        assertEquals(AssessmentStatus.DRAFT, draft.recorded().orElseThrow().assessment().status());
        assertEquals("not yet assessed", f.app().cases().list(f.ctx(), false).get(0).risk(), "a draft is not the current risk");

        Assessment first = f.app().assessments().record(f.ctx(), CSE2, answers(MEDIUM), child, AssessmentStatus.FINAL)
                .recorded().orElseThrow().assessment();
        CaseService.Summary row = f.app().cases().list(f.ctx(), false).get(0);
        assertEquals("MEDIUM (AMBER) 26", row.risk());
        assertEquals(1, row.drafts());
        assertEquals(first.id(), row.current().orElseThrow().id());

        AssessmentService.Outcome second = f.app().assessments().record(f.ctx(), CSE2, answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4), child,
                AssessmentStatus.FINAL);
        assertEquals(first.id(), second.recorded().orElseThrow().assessment().supersedes());
        CaseService.Detail d = f.app().cases().show(f.ctx(), referral.onCase().id());
        assertEquals("MEDIUM/HIGH (RED) 44", d.summary().risk());
        assertTrue(d.superseded().contains(first.id()));
        assertEquals(List.of("MEDIUM", "MEDIUM/HIGH"), d.classifications().stream().filter(c -> c.scheme().equals(CSE2))
                .map(c -> c.value()).toList(), "each final records the level as the case's classification by the instrument");
    }

    @Test
    void aRecordedAssessmentIsReproducibleFromItsAnswers() {
        long child = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Example")).child().id();
        Map<String, String> given = answers(MEDIUM);
        Instrument cse2 = f.app().assessments().instrument(f.ctx(), CSE2);
        String question = cse2.supplementary().get(0).id();
        given.put(question, "yes");
        Assessment stored = f.app().assessments().record(f.ctx(), CSE2, given, child, AssessmentStatus.FINAL).recorded().orElseThrow()
                .assessment();
        Assessment read = f.app().cases().show(f.ctx(), stored.caseId()).assessments().stream().filter(a -> a.id() == stored.id())
                .findFirst().orElseThrow();

        Map<String, String> again = new LinkedHashMap<>();
        read.factorScores().forEach((k, v) -> again.put(k, String.valueOf(v)));
        read.supplementary().forEach((k, v) -> again.put(k, v ? "yes" : "no"));
        InstrumentResult rescored = cse2.score(again);
        assertEquals(read.instrumentVersion(), rescored.version());
        assertEquals(read.score(), rescored.score());
        assertEquals(read.band(), rescored.band());
        assertEquals(read.level(), rescored.level());
        assertEquals(Boolean.TRUE, read.supplementary().get(question));
        assertEquals(11, read.factorScores().size());
    }

    @Test
    void anIncompleteFinalAndAChildWithoutAnOpenCaseAreRefusedByRule() {
        long referred = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Example")).child().id();
        RefusedException incomplete = assertThrows(RefusedException.class,
                () -> f.app().assessments().record(f.ctx(), CSE2, Map.of("1", "2"), referred, AssessmentStatus.FINAL));
        assertEquals("final-needs-every-factor", incomplete.rule());
        assertTrue(incomplete.getMessage().startsWith("cannot finalise: 10 factor(s) unanswered ("), incomplete.getMessage());
        assertFalse(incomplete.getMessage().contains("--final"), "no command-line hint in the service's message");

        Child unreferred = f.app().children().add(f.ctx(), null,
                new ChildService.Details("Sample", "Jordan", null, List.of(), null, null, null, null, null, null, null));
        RefusedException noCase = assertThrows(RefusedException.class,
                () -> f.app().assessments().record(f.ctx(), CSE2, answers(MEDIUM), unreferred.id(), AssessmentStatus.FINAL));
        assertEquals("open-case-needed", noCase.rule());
        assertEquals("child " + unreferred.id() + " has no open case in lancashire", noCase.getMessage());
        assertThrows(NotFoundException.class, () -> f.app().assessments().record(f.ctx(), CSE2, answers(MEDIUM), 99, AssessmentStatus.DRAFT));
        assertTrue(f.store(tx -> tx.assessments().forCases(tx.cases().list().stream().map(c -> c.id()).toList())).isEmpty());
        assertNull(f.app().cases().list(f.ctx(), false).get(0).current().orElse(null));
    }
}
