package org.safeguard.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.instrument.FactorOption;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.api.instrument.InstrumentResult;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.CaseStatus;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.LocationKind;
import org.safeguard.core.model.MissingEpisode;
import org.safeguard.core.store.internal.Database;

class StoreTest {
    static final AreaDescriptor TESTAREA = AreaDescriptor.builder("testarea", "Test Area").caseReferences("TA-%04d").build();
    @TempDir
    Path dir;
    Path file;
    Store store;

    static final Instrument TWO_FACTORS = Instrument.builder("test.scale", "1").title("Two factors")
            .factor(1, "first", "First", FactorOption.of(0, "none"), FactorOption.of(1, "some"), FactorOption.of(2, "much"))
            .factor(2, "second", "Second", FactorOption.of(0, "none"), FactorOption.of(1, "some"), FactorOption.of(2, "much"))
            .band(0, 1, "GREEN", "LOW").band(2, 4, "RED", "HIGH").build();

    @BeforeEach
    void open() {
        file = dir.resolve("safeguard.db");
        store = Store.open(file);
    }

    private CaseRecord aCase() {
        return store.inTransaction("tester", tx -> {
            Child c = tx.children().add(NewChild.named("Example", "Alex", LocalDate.of(2011, 4, 3)));
            return tx.cases().open(c.id(), TESTAREA, LocalDate.of(2026, 1, 5));
        });
    }

    @Test
    void databaseFileIsReadableByItsOwnerOnlyAndUsesWriteAheadLogging() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void schemaIsMigratedOnceAndReopeningSkipsFlyway() throws Exception {
        Store.open(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            ResultSet history = c.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 1");
            assertEquals(Database.SCHEMA_VERSION, history.getInt(1));
            assertEquals(Database.SCHEMA_VERSION, c.createStatement().executeQuery("PRAGMA user_version").getInt(1));
        }
    }

    @Test
    void childGetsANonIdentifyingReferenceAndAnAuditEntry() {
        Child child = store.inTransaction("tester", tx -> tx.children().add(NewChild.named("Example", "Alex", LocalDate.of(2011, 4, 3))));
        assertEquals("C00001", child.reference());
        assertEquals(14, child.ageOn(LocalDate.of(2026, 1, 5)));
        var audit = store.inTransaction("tester", tx -> tx.audit().forEntity("child", child.id()));
        assertEquals(1, audit.size());
        assertEquals("tester", audit.get(0).actor());
        assertFalse(audit.get(0).details().contains("Example"), "audit details must not carry names");
    }

    @Test
    void aFailedCommandLeavesNothingBehind() {
        assertThrows(IllegalStateException.class, () -> store.useTransaction("tester", tx -> {
            tx.children().add(NewChild.named("Example", "Alex", null));
            throw new IllegalStateException("crash mid-write");
        }));
        assertTrue(store.inTransaction("tester", tx -> tx.children().list()).isEmpty());
        assertTrue(store.inTransaction("tester", tx -> tx.audit().latest(10)).isEmpty());
    }

    @Test
    void aFailedWriteNamesNoChildEvenInItsStackTrace() {
        CaseRecord c = aCase();
        NewReferral about = new NewReferral("test.form", "1", "Morgan Referrer-Unique", "Example Youth Service", LocalDate.of(2026, 1, 6),
                List.of(), List.of(), true, "Alex Example-Unique told a youth worker about the parties", Map.of());
        SafeguardException e = assertThrows(SafeguardException.class,
                () -> store.inTransaction("tester", tx -> tx.referrals().add(c.id() + 99, c.childId(), about)));
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        assertFalse(trace.toString().contains("Example-Unique"), trace.toString());
        assertFalse(trace.toString().contains("Referrer-Unique"), trace.toString());
        assertTrue(trace.toString().contains("FOREIGN KEY"), "the cause is still named: " + trace);
    }

    @Test
    void refusesASecondOpenCaseForTheSameChildInTheSameArea() {
        CaseRecord first = aCase();
        SafeguardException e = assertThrows(SafeguardException.class,
                () -> store.inTransaction("tester", tx -> tx.cases().open(first.childId(), TESTAREA, LocalDate.now())));
        assertTrue(e.getMessage().contains("already has an open case"), e.getMessage());
        store.useTransaction("tester", tx -> tx.cases().close(first.id(), CaseStatus.CLOSED, "no further concerns", LocalDate.of(2026, 2, 1)));
        CaseRecord second = store.inTransaction("tester", tx -> tx.cases().open(first.childId(), TESTAREA, LocalDate.of(2026, 3, 1)));
        assertEquals(CaseStatus.OPEN, second.status());
        assertEquals(List.of("TA-0001", "TA-0002"), List.of(first.reference(), second.reference()), "numbered by the area's own format");
    }

    @Test
    void aLaterFinalSupersedesTheEarlierWhichStaysReadableAndUnchangeable() throws Exception {
        CaseRecord c = aCase();
        Assessment first = final_(c, Map.of("first", "1", "second", "0"));
        Assessment second = final_(c, Map.of("first", "2", "second", "2"));
        assertEquals(first.id(), second.supersedes());
        assertEquals("RED", second.band());
        assertEquals("GREEN", store.inTransaction("t", tx -> tx.assessments().require(first.id())).band());
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SQLException e = assertThrows(SQLException.class,
                    () -> raw.createStatement().executeUpdate("UPDATE assessment SET score = 0 WHERE id = " + first.id()));
            assertTrue(e.getMessage().contains("never edited"), e.getMessage());
        }
    }

    @Test
    void anIncompleteAssessmentCannotBeFinalAndHasNoBandAsADraft() {
        CaseRecord c = aCase();
        InstrumentResult partial = TWO_FACTORS.score(Map.of("first", "2"));
        assertThrows(SafeguardException.class, () -> store.inTransaction("t", tx -> {
            tx.instrumentVersions().remember(TWO_FACTORS);
            return tx.assessments().add(c.id(), c.childId(), partial, AssessmentStatus.FINAL);
        }));
        Assessment draft = store.inTransaction("t", tx -> {
            tx.instrumentVersions().remember(TWO_FACTORS);
            return tx.assessments().add(c.id(), c.childId(), partial, AssessmentStatus.DRAFT);
        });
        assertFalse(draft.complete());
        assertNull(draft.score());
        assertNull(draft.band());
    }

    @Test
    void storedResultIsReproducibleFromTheRememberedInstrumentVersion() {
        CaseRecord c = aCase();
        Assessment a = final_(c, Map.of("first", "1", "second", "2"));
        Instrument kept = store.inTransaction("t", tx -> tx.instrumentVersions().find("test.scale", "1")).orElseThrow();
        InstrumentResult again = kept.result(a.factorScores(), a.supplementary());
        assertEquals(a.score(), again.score());
        assertEquals(a.band(), again.band());
        assertEquals(a.level(), again.level());
    }

    @Test
    void aChangedInstrumentUnderAnOldVersionIsRefused() {
        aCase();
        store.useTransaction("t", tx -> tx.instrumentVersions().remember(TWO_FACTORS));
        Instrument changed = Instrument.builder("test.scale", "1").title("Two factors")
                .factor(1, "first", "First", FactorOption.of(0, "none"), FactorOption.of(5, "much"))
                .band(0, 5, "GREEN", "LOW").build();
        SafeguardException e = assertThrows(SafeguardException.class,
                () -> store.useTransaction("t", tx -> tx.instrumentVersions().remember(changed)));
        assertTrue(e.getMessage().contains("new version"), e.getMessage());
    }

    @Test
    void classificationHistoryRecordsOnlyChangesWithTheirPreviousValue() {
        CaseRecord c = aCase();
        store.useTransaction("t", tx -> {
            tx.classifications().change(c.id(), "band", "AMBER", "first assessment", null);
            tx.classifications().change(c.id(), "band", "AMBER", "same again", null);
            tx.classifications().change(c.id(), "band", "RED", "new disclosure", null);
        });
        var history = store.inTransaction("t", tx -> tx.classifications().history(c.id()));
        assertEquals(List.of("AMBER", "RED"), history.stream().map(h -> h.value()).toList());
        assertEquals("AMBER", history.get(1).previous());
    }

    @Test
    void auditTrailAndDecisionLogAreAppendOnly() throws Exception {
        CaseRecord c = aCase();
        store.useTransaction("t", tx -> tx.decisions().add(c.id(), "refer", "refer to children's social care",
                "repeat missing episodes and an older adult giving gifts", "Team manager, CSE team", LocalDate.of(2026, 1, 6)));
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThrows(SQLException.class, () -> raw.createStatement().executeUpdate("DELETE FROM audit"));
            assertThrows(SQLException.class, () -> raw.createStatement().executeUpdate("UPDATE decision SET reasons = 'x'"));
        }
        assertThrows(SafeguardException.class, () -> store.useTransaction("t",
                tx -> tx.decisions().add(c.id(), "refer", "no referral", " ", "Team manager", LocalDate.now())));
    }

    @Test
    void noProtectedRecordCanBeRewrittenWithReplace() throws Exception {
        CaseRecord c = aCase();
        Assessment first = final_(c, Map.of("first", "2", "second", "2"));
        store.useTransaction("t", tx -> {
            tx.classifications().change(c.id(), "band", "RED", "first assessment", null);
            tx.decisions().add(c.id(), "refer", "refer to children's social care", "repeat missing episodes", "Team manager",
                    LocalDate.of(2026, 1, 6));
        });
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String table : List.of("audit", "classification", "decision", "assessment", "instrument_version")) {
                for (String verb : List.of("INSERT OR REPLACE", "REPLACE")) {
                    String sql = verb + " INTO " + table + " SELECT * FROM " + table;
                    SQLException e = assertThrows(SQLException.class, () -> raw.createStatement().executeUpdate(sql), sql);
                    assertTrue(e.getMessage().contains("never") || e.getMessage().contains("append-only"), e.getMessage());
                }
            }
            // the attack's forgery: a final assessment's score rewritten in place
            assertThrows(SQLException.class, () -> raw.createStatement().executeUpdate("INSERT OR REPLACE INTO assessment (id, case_id, child_id, "
                    + "instrument_id, instrument_version, status, complete, score, band, level, factor_scores, supplementary, supersedes, "
                    + "assessor, recorded) SELECT id, case_id, child_id, instrument_id, instrument_version, status, complete, 1, band, level, "
                    + "factor_scores, supplementary, supersedes, assessor, recorded FROM assessment WHERE id = " + first.id()));
            SQLException changed = assertThrows(SQLException.class,
                    () -> raw.createStatement().executeUpdate("UPDATE instrument_version SET fingerprint = 'forged'"));
            assertTrue(changed.getMessage().contains("never changed"), changed.getMessage());
            assertThrows(SQLException.class, () -> raw.createStatement().executeUpdate("DELETE FROM instrument_version"));
        }
        assertEquals(4, store.inTransaction("t", tx -> tx.assessments().require(first.id())).score(), "the score stands");
    }

    @Test
    void caseFormsAreVersionsAndOutcomesOnlyAddedAndNeitherIsRewrittenOrForged() throws Exception {
        CaseRecord c = aCase();
        var forms = store.inTransaction("t", tx -> List.of(
                tx.caseForms().add(c.id(), "test.info", "1", Map.of("cris-number", "1234567/26")),
                tx.caseForms().add(c.id(), "test.info", "1", Map.of("cris-number", "1234567/26", "followed", true))));
        assertEquals(List.of(1, 2), forms.stream().map(f -> f.number()).toList(), "each record of a form is its next version");
        var outcome = store.inTransaction("t", tx -> tx.caseOutcomes().add(c.id(), "MI", null, "Engaged with the specialist service",
                LocalDate.of(2026, 2, 1)));
        var read = store.inTransaction("t", tx -> tx.recordedCases().of(tx.cases().require(c.id())));
        assertEquals(Map.of("cris-number", "1234567/26", "followed", true), read.form("test.info").orElseThrow().answers(),
                "a plugin reads the latest version");
        assertEquals(2, read.form("test.info").orElseThrow().number());
        assertTrue(read.hasOutcome("MI"));
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String sql : List.of("UPDATE case_form SET answers = '{}'", "DELETE FROM case_form", "UPDATE case_outcome SET code = 'FQ'",
                    "DELETE FROM case_outcome", "INSERT OR REPLACE INTO case_form SELECT * FROM case_form",
                    "REPLACE INTO case_outcome SELECT * FROM case_outcome")) {
                SQLException e = assertThrows(SQLException.class, () -> raw.createStatement().executeUpdate(sql), sql);
                assertTrue(e.getMessage().contains("never"), e.getMessage());
            }
            assertThrows(SQLException.class, () -> raw.createStatement().executeUpdate(
                    "INSERT INTO case_outcome (case_id, code, note, achieved_on, recorded_by, recorded) VALUES (" + c.id()
                            + ", 'MI', ' ', '2026-02-01', 't', '2026-02-01T00:00:00Z')"), "an outcome has a note");
        }
        var v = store.inTransaction("auditor", tx -> tx.audit().verify(null, null));
        assertTrue(v.intact(), v.problems().toString());
        assertTrue(v.records() >= 3, "both versions and the outcome are sealed: " + v.records());
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file); var st = raw.createStatement()) {
            st.executeUpdate("DROP TRIGGER case_outcome_append_only_u");
            st.executeUpdate("UPDATE case_outcome SET code = 'FQ' WHERE id = " + outcome.id());
        }
        var forged = store.inTransaction("auditor", tx -> tx.audit().verify(null, null));
        assertFalse(forged.intact());
        assertTrue(forged.problems().get(0).startsWith("case_outcome " + outcome.id() + " no longer matches"), forged.problems().toString());
    }

    @Test
    void aScreeningIsReproducibleFromItsAnswersAndTheChecklistVersionKeptAsItWas() throws Exception {
        CaseRecord c = aCase();
        org.safeguard.core.api.checklist.Checklist checklist = org.safeguard.core.api.checklist.Checklist.builder("test.screening", "1")
                .title("Screening").number("age", "Age", 0, 17, "§9.2").question("secrecy", "Secrecy", "§9.3")
                .question("disability", "Disability", "§9.4")
                .route("refer", "Refer").route("other", "Other support")
                .rule("under-13", "§9.2", org.safeguard.core.api.checklist.Condition.below("age", 13), "refer")
                .rule("criterion", "§9.5", org.safeguard.core.api.checklist.Condition.all(
                        org.safeguard.core.api.checklist.Condition.atLeast("age", 13),
                        org.safeguard.core.api.checklist.Condition.any(org.safeguard.core.api.checklist.Condition.yes("secrecy"))), "refer")
                .rule("none", "§16", org.safeguard.core.api.checklist.Condition.all(org.safeguard.core.api.checklist.Condition.atLeast("age", 13),
                        org.safeguard.core.api.checklist.Condition.allNo(List.of("secrecy"))), "other")
                .build();
        var result = checklist.evaluate(Map.of("age", "15", "secrecy", "yes"));
        var stored = store.inTransaction("t", tx -> {
            tx.screenings().remember(checklist);
            tx.screenings().remember(checklist);
            return tx.screenings().add(c.id(), c.childId(), result);
        });
        assertEquals(List.of("refer"), stored.proposals());
        assertEquals("criterion", stored.rules().get(0).get("rule"));
        var kept = store.inTransaction("t", tx -> tx.screenings().version("test.screening", "1")).orElseThrow();
        assertEquals(result, kept.evaluate(stored.answers()), "the kept version reads the stored answers to the same result");
        assertEquals(checklist.rules().stream().map(r -> r.when().describe()).toList(), kept.rules().stream().map(r -> r.when().describe()).toList());
        org.safeguard.core.api.checklist.Checklist changed = org.safeguard.core.api.checklist.Checklist.builder("test.screening", "1")
                .title("Screening, changed").number("age", "Age", 0, 17, "").route("refer", "Refer")
                .rule("under-13", "", org.safeguard.core.api.checklist.Condition.below("age", 13), "refer").build();
        assertThrows(SafeguardException.class, () -> store.useTransaction("t", tx -> tx.screenings().remember(changed)),
                "a changed checklist under a kept version is refused");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String sql : List.of("UPDATE screening SET proposals = '[]'", "DELETE FROM screening", "UPDATE checklist_version SET definition = '{}'",
                    "DELETE FROM checklist_version", "INSERT OR REPLACE INTO screening SELECT * FROM screening",
                    "REPLACE INTO checklist_version SELECT * FROM checklist_version")) {
                SQLException e = assertThrows(SQLException.class, () -> raw.createStatement().executeUpdate(sql), sql);
                assertTrue(e.getMessage().contains("never"), e.getMessage());
            }
        }
        var v = store.inTransaction("auditor", tx -> tx.audit().verify(null, null));
        assertTrue(v.intact(), v.problems().toString());
    }

    @Test
    void missingEpisodeReturnInterviewIsDueSeventyTwoHoursAfterReturn() {
        CaseRecord c = aCase();
        Instant left = Instant.parse("2026-01-10T18:00:00Z");
        Instant back = Instant.parse("2026-01-11T09:30:00Z");
        MissingEpisode e = store.inTransaction("t", tx -> {
            MissingEpisode open = tx.missingEpisodes().add(c.childId(), left, null, null, true);
            return tx.missingEpisodes().recordReturn(open.id(), back, "found at a friend's address");
        });
        assertEquals(Instant.parse("2026-01-14T09:30:00Z"), e.returnInterviewDue());
        assertThrows(SafeguardException.class, () -> store.inTransaction("t",
                tx -> tx.missingEpisodes().add(c.childId(), back, left, null, true)));
    }

    @Test
    void personsOfConcernAndLocationsLinkToChildren() {
        CaseRecord c = aCase();
        store.useTransaction("t", tx -> {
            var p = tx.personsOfConcern().add("Person A", List.of("A"), null, null, null, null);
            tx.personsOfConcern().linkChild(p.id(), c.childId(), "gives lifts");
            var l = tx.locations().add(LocationKind.HOTSPOT, "takeaway car park", null, "PR1 0AA");
            tx.locations().linkChild(l.id(), c.childId());
            tx.locations().linkPerson(l.id(), p.id());
        });
        assertEquals("P00001", store.inTransaction("t", tx -> tx.personsOfConcern().linkedTo(c.childId())).get(0).reference());
        assertEquals(1, store.inTransaction("t", tx -> tx.locations().forPerson(1)).size());
    }

    private Assessment final_(CaseRecord c, Map<String, String> answers) {
        return store.inTransaction("t", tx -> {
            tx.instrumentVersions().remember(TWO_FACTORS);
            return tx.assessments().add(c.id(), c.childId(), TWO_FACTORS.score(answers), AssessmentStatus.FINAL);
        });
    }
}
