package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.app.DecisionService.NewDecision;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.Decision;
import org.safeguard.core.store.NewChild;

class DecisionServiceTest {
    @TempDir
    Path tmp;
    AppFixture f;
    DecisionService decisions;
    long caseId;

    @BeforeEach
    void home() {
        f = AppFixture.bare(tmp);
        decisions = f.app().decisions();
        caseId = f.store(tx -> {
            long child = tx.children().add(NewChild.named("Okafor", "Amara", LocalDate.of(2012, 3, 4))).id();
            return tx.cases().open(child, AreaDescriptor.builder("test-area", "Test area").caseReferences("T-%04d").build(), LocalDate.of(2026, 11, 2)).id();
        });
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aDecisionDefaultsToTodayByTheClockAndToTheActingUser() {
        DecisionService.Recorded r = decisions.add(f.ctx(), caseId, new NewDecision(" share ", "Share the notes with the school", "Daily contact", null, null));
        Decision d = r.decision();
        assertEquals("T-000" + caseId, r.onCase().reference());
        assertEquals("share", d.kind());
        assertEquals(LocalDate.of(2026, 11, 18), d.decidedOn());
        assertEquals(AppFixture.ACTOR, d.decidedBy());
        assertEquals(AppFixture.ACTOR, d.recordedBy());

        f.clock().advance(Duration.ofDays(1));
        Decision later = decisions.add(f.as("panel.chair"), caseId,
                new NewDecision("refer", "Refer to the panel", "Two episodes", "The panel", LocalDate.of(2026, 11, 19))).decision();
        assertEquals("The panel", later.decidedBy());
        assertEquals("panel.chair", later.recordedBy());
        assertEquals(List.of(d.id(), later.id()), decisions.forCase(f.ctx(), caseId).stream().map(Decision::id).toList(), "in the order recorded");
    }

    @Test
    void everyProblemIsReportedAtOnceAndADayAfterTodayIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> decisions.add(f.ctx(), caseId,
                new NewDecision(" ", "Refer", "  ", " ", LocalDate.of(2026, 11, 19))));
        assertEquals(List.of("kind: is empty", "reasons: is empty", "by: is empty", "on: 2026-11-19 is in the future"),
                e.problems().stream().map(Object::toString).toList());
        assertThrows(NotFoundException.class, () -> decisions.add(f.ctx(), caseId + 9, new NewDecision("refer", "x", "y", null, null)));
        assertTrue(f.audited("add", "decision").isEmpty(), "nothing refused was stored");
    }

    @Test
    void theListingIsAuditedOnceAndAnUnknownCaseIsNotFound() {
        assertTrue(decisions.forCase(f.ctx(), caseId).isEmpty());
        assertThrows(NotFoundException.class, () -> decisions.forCase(f.ctx(), caseId + 9));
        List<AuditEntry> lists = f.audited("list", "decision");
        assertEquals(1, lists.size());
        assertEquals("case=" + caseId, lists.get(0).details());
        assertEquals(AppFixture.START, lists.get(0).at());
    }
}
