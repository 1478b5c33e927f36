package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.app.ReferenceService.Kind;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.store.NewChild;

class ReferenceServiceTest {
    @TempDir
    Path tmp;

    @Test
    void numbersAndPrintedReferencesNameTheSameRecordAndNothingIsAudited() {
        try (AppFixture f = AppFixture.bare(tmp)) {
            CaseRecord c = f.store(tx -> {
                long child = tx.children().add(NewChild.named("Example", "Alex", LocalDate.of(2012, 1, 2))).id();
                return tx.cases().open(child, AreaDescriptor.builder("testshire", "Testshire").caseReferences("TS/%04d").build(), LocalDate.of(2026, 11, 2));
            });
            int before = f.audit().size();
            ReferenceService refs = f.app().references();
            assertEquals(c.id(), refs.resolve(f.ctx(), Kind.CASE, String.valueOf(c.id())));
            assertEquals(c.id(), refs.resolve(f.ctx(), Kind.CASE, "TS/000" + c.id()));
            assertEquals(c.childId(), refs.resolve(f.ctx(), Kind.CHILD, " c0000" + c.childId() + " "));
            assertEquals(before, f.audit().size(), "finding an id reads no record");

            NotFoundException none = assertThrows(NotFoundException.class, () -> refs.resolve(f.ctx(), Kind.CHILD, "C09999"));
            assertTrue(none.getMessage().contains("no child has the id or reference 'C09999'"), none.getMessage());
            assertThrows(NotFoundException.class, () -> refs.resolve(f.ctx(), Kind.CASE, "C0000" + c.childId()), "a child's reference is no case's");
            assertThrows(InvalidInputException.class, () -> refs.resolve(f.ctx(), Kind.MEETING, " "));
            assertEquals(3, refs.resolve(f.ctx(), Kind.LOCATION, "3"), "a location is named by its number");
            NotFoundException notNumber = assertThrows(NotFoundException.class, () -> refs.resolve(f.ctx(), Kind.EPISODE, "E2"));
            assertEquals("'E2' is not a missing episode's number (write the number its list prints, e.g. 2)", notNumber.getMessage());
        }
    }
}
