package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.CaseStatus;
import org.safeguard.core.store.NewChild;

class CaseServiceTest {
    @TempDir
    Path tmp;
    AppFixture f;
    long caseId;

    @BeforeEach
    void home() {
        f = AppFixture.withArea(tmp, "lancashire");
        caseId = f.store(tx -> {
            long child = tx.children().add(NewChild.named("Okafor", "Amara", LocalDate.of(2012, 3, 4))).id();
            return tx.cases().open(child, AreaDescriptor.builder("lancashire", "Pan-Lancashire").caseReferences("CSE-%05d").build(), LocalDate.of(2026, 11, 2)).id();
        });
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void listingIsAuditedOnceAndShowsTheUnassessedCase() {
        List<CaseService.Summary> rows = f.app().cases().list(f.ctx(), false);
        assertEquals(1, rows.size());
        assertEquals("not yet assessed", rows.get(0).risk());
        assertEquals("Amara", rows.get(0).child().givenName());
        assertEquals(1, f.audited("list", "case").size());
        assertEquals(AppFixture.ACTOR, f.audited("list", "case").get(0).actor());
        assertEquals(AppFixture.START, f.audited("list", "case").get(0).at());
    }

    @Test
    void showingACaseIsAnAuditedRead() {
        CaseService.Detail d = f.app().cases().show(f.ctx(), caseId);
        assertEquals(caseId, d.summary().onCase().id());
        assertEquals("CSE-0000" + caseId, d.summary().onCase().reference(), "numbered as the area numbers its cases");
        assertTrue(d.referrals().isEmpty());
        assertEquals(List.of(caseId), f.audited("read", "case").stream().map(e -> e.entityId()).toList());
        assertThrows(NotFoundException.class, () -> f.app().cases().show(f.ctx(), caseId + 99));
    }

    @Test
    void classifyingKeepsHistoryAndRefusesWhatIsNotAScheme() {
        CaseService.Classified first = f.app().cases().classify(f.ctx(), caseId, "lancashire.cse-categories", "category 2", "Evidence of targeting");
        assertEquals("2", first.code().code());
        assertTrue(first.change().isPresent());
        CaseService.Classified again = f.app().cases().classify(f.ctx(), caseId, "lancashire.cse-categories", "2", "Again");
        assertFalse(again.change().isPresent(), "the same value records no new history");
        InvalidInputException wrong = assertThrows(InvalidInputException.class,
                () -> f.app().cases().classify(f.ctx(), caseId, "lancashire.cse-categories", "4", "x"));
        assertTrue(wrong.getMessage().contains("'4' is not in CSE categories (1, 2, 3)"), wrong.getMessage());
        InvalidInputException instrument = assertThrows(InvalidInputException.class,
                () -> f.app().cases().classify(f.ctx(), caseId, "lancashire.cse2", "HIGH", "x"));
        assertTrue(instrument.getMessage().contains("comes from a final assessment"), instrument.getMessage());
        assertThrows(InvalidInputException.class, () -> f.app().cases().classify(f.ctx(), caseId, "lancashire.cse-categories", "1", " "));
    }

    @Test
    void closingUsesTheRequestClockAndRefusesTheFutureAndAClosedCase() {
        InvalidInputException future = assertThrows(InvalidInputException.class,
                () -> f.app().cases().close(f.ctx(), caseId, CaseStatus.CLOSED, "Safety plan holding", LocalDate.of(2026, 11, 19)));
        assertTrue(future.getMessage().contains("2026-11-19 is in the future"), future.getMessage());
        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> f.app().cases().close(f.ctx(), caseId, CaseStatus.CLOSED, "x", LocalDate.of(2026, 11, 1)));
        assertTrue(early.getMessage().contains("before the case was opened"), early.getMessage());

        CaseRecord closed = f.app().cases().close(f.ctx(), caseId, CaseStatus.DISCHARGED, "Risk reduced", null).record();
        assertEquals(CaseStatus.DISCHARGED, closed.status());
        assertEquals(LocalDate.of(2026, 11, 18), closed.closed());
        RefusedException refused = assertThrows(RefusedException.class,
                () -> f.app().cases().classify(f.ctx(), caseId, "lancashire.cse-categories", "1", "x"));
        assertEquals("case-must-be-open", refused.rule());
        assertTrue(f.app().cases().list(f.ctx(), false).isEmpty());
        assertEquals(1, f.app().cases().list(f.ctx(), true).size());
    }
}
