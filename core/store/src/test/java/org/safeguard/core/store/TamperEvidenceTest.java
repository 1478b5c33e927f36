package org.safeguard.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Child;

/**
 * The audit trail is a hash chain and vouches for the protected records: whatever is done to
 * the file behind Safeguard's back — triggers dropped, an entry or a score rewritten, an entry
 * removed or added — verification names the first entry or record that no longer matches.
 */
class TamperEvidenceTest {
    @TempDir
    Path dir;
    Path file;
    Store store;
    Assessment assessment;

    @BeforeEach
    void records() {
        file = dir.resolve("safeguard.db");
        store = Store.open(file);
        assessment = store.inTransaction("tester", tx -> {
            Child c = tx.children().add(NewChild.named("Example", "Alex", LocalDate.of(2011, 4, 3)));
            CaseRecord k = tx.cases().open(c.id(), StoreTest.TESTAREA, LocalDate.of(2026, 1, 5));
            tx.instrumentVersions().remember(StoreTest.TWO_FACTORS);
            Assessment a = tx.assessments().add(k.id(), c.id(), StoreTest.TWO_FACTORS.score(Map.of("first", "2", "second", "2")), AssessmentStatus.FINAL);
            tx.classifications().change(k.id(), "band", "RED", "first assessment", a.id());
            tx.decisions().add(k.id(), "refer", "refer to children's social care", "repeat missing episodes", "Team manager", LocalDate.of(2026, 1, 6));
            tx.audit().read("child", c.id());
            return a;
        });
    }

    private AuditTrail.Verification verify() {
        return store.inTransaction("auditor", tx -> tx.audit().verify(null, null));
    }

    private void behindTheBack(String... sql) throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = raw.createStatement()) {
            for (String q : sql) {
                s.executeUpdate(q);
            }
        }
    }

    @Test
    void anUntouchedTrailIsIntactAndCoversTheProtectedRecords() {
        AuditTrail.Verification v = verify();
        assertTrue(v.intact(), v.problems().toString());
        assertEquals(4, v.records(), "instrument version, assessment, classification, decision");
        assertTrue(v.entries() >= 7, "every entry is sealed: " + v.entries());
        assertEquals(0, v.unsealed());
        assertEquals(64, v.headSeal().length());
        AuditTrail.Verification anchored = store.inTransaction("auditor", tx -> tx.audit().verify(v.headId(), v.headSeal()));
        assertTrue(anchored.intact(), anchored.problems().toString());
    }

    @Test
    void aFinalScoreRewrittenWithTheTriggersDroppedIsNamed() throws Exception {
        behindTheBack("DROP TRIGGER assessment_final_never_edited", "UPDATE assessment SET score = 1 WHERE id = " + assessment.id(),
                "CREATE TRIGGER assessment_final_never_edited BEFORE UPDATE ON assessment WHEN OLD.status = 'FINAL' "
                        + "BEGIN SELECT RAISE(ABORT, 'a final assessment is never edited: record a new one to supersede it'); END");
        AuditTrail.Verification v = verify();
        assertFalse(v.intact());
        assertTrue(v.problems().get(0).startsWith("assessment " + assessment.id() + " no longer matches what audit entry"), v.problems().toString());
    }

    @Test
    void anEntryChangedRemovedOrAddedIsNamed() throws Exception {
        behindTheBack("DROP TRIGGER audit_append_only_u", "UPDATE audit SET actor = 'someone-else' WHERE id = 3");
        AuditTrail.Verification changed = verify();
        assertTrue(changed.problems().get(0).startsWith("audit entry 3 "), changed.problems().toString());

        behindTheBack("UPDATE audit SET actor = 'tester' WHERE id = 3", "DROP TRIGGER audit_append_only_d", "DELETE FROM audit WHERE id = 2");
        AuditTrail.Verification removed = verify();
        assertEquals("audit entry 2 is missing: removed outside Safeguard", removed.problems().get(0), removed.problems().toString());

        behindTheBack("INSERT INTO audit (id, at, actor, action, entity, details) VALUES (2, '2026-01-01T00:00:00Z', 'forged', 'read', 'case', '')");
        AuditTrail.Verification added = verify();
        assertTrue(added.problems().get(0).startsWith("audit entry 2 carries no seal"), added.problems().toString());
    }

    @Test
    void aTrailRecomputedWholesaleFailsItsAnchor() throws Exception {
        AuditTrail.Verification before = verify();
        behindTheBack("DROP TRIGGER audit_append_only_u", "UPDATE audit SET seal = 'x' || substr(seal, 2) WHERE id = " + before.headId());
        AuditTrail.Verification v = store.inTransaction("auditor", tx -> tx.audit().verify(before.headId(), before.headSeal()));
        assertFalse(v.intact());
        assertFalse(v.anchor());
    }
}
