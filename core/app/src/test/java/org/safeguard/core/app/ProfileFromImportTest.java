package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.reports.ProfileFigures;

/**
 * A six-month Lancashire tracker imported and its problem profile counted: every measure of the
 * briefing note's table checked against answers worked out by hand, with referrals and offender
 * referrals outside the period left out, the missing count taken from the tracker or, where it
 * has none, from the imported missing episodes.
 */
class ProfileFromImportTest {
    static final String HEADER = "sourceId,childSourceId,referrerName,referrerAgency,dateCompleted,familyName,firstName,dateOfBirth,"
            + "ethnicity,lookedAfterStatus,basisOfConcern,details,gender,socialCareOutcome,camhsContact,missingEpisodes,initialContact\n";
    /** Ten referrals from January to June 2026 and two outside it (R11 in December 2025, R12 in July 2026). */
    static final String TRACKER = HEADER
            + "R1,C1,A. Worker,School,2026-01-10,One,Amy,2011-04-03,W1,foster,missing,Seen with older males.,female,s47,yes,3,online\n"
            + "R2,C1,A. Worker,School,11/02/2026,One,Amy,2011-04-03,W1,foster,missing,Missing again.,female,s47,no,4,online\n"
            + "R3,C1,A. Worker,School,2026-03-12,One,Amy,2011-04-03,W1,foster,missing,Found in a hotel.,female,none,,5,on-street\n"
            + "R4,C2,B. Nurse,Health,2026-01-20,Two,Bea,2010-05-05,W1,residential,missing,Gifts from unknown adults.,female,s17,,2,on-street\n"
            + "R5,C2,B. Nurse,Health,2026-04-21,Two,Bea,2010-05-05,W2,residential,missing,Introduced by a friend.,female,Section 17,yes,2,third-party\n"
            + "R6,C3,C. Officer,Police,2026-05-05,Three,Cal,2012-06-06,A2,family-no-care,disclosure,Messages online.,female,none,no,0,online\n"
            + "R7,C4,C. Officer,Police,2026-06-30,Four,Dan,2011-07-07,A2,family-no-care,disclosure,Online contact.,male,none,,1,online\n"
            + "R8,C5,D. Worker,Social care,2026-06-01,Five,Eve,2010-08-08,W9,family-no-care,missing,Seen on street.,female,s20,,,on street\n"
            + "R9,C6,D. Worker,Social care,2026-03-03,Six,Fin,2011-09-09,B1,unknown,missing,Repeatedly missing.,male,none,,,\n"
            + "R10,C7,E. Teacher,School,2026-02-02,Seven,Gia,2012-10-10,W1,,missing,Absent from school.,female,s47,,1,\n"
            + "R11,C3,C. Officer,Police,2025-12-15,Three,Cal,2012-06-06,A2,family-no-care,disclosure,Earlier concern.,female,s31,yes,9,online\n"
            + "R12,C8,F. Nurse,Health,2026-07-10,Eight,Hal,2011-11-11,W1,foster,missing,After the period.,female,s31,yes,9,online\n";
    static final String PERSONS = "sourceId,name,gender,ethnicity,dateOfBirth,referred,childSourceId\n"
            + "P1,Person One,female,W1,1990-01-01,2026-02-01,C1\n"
            + "P2,Person Two,male,W1,,2026-03-01,\n"
            + "P3,Person Three,male,A2,,01/04/2026,C2\n"
            + "P4,Person Four,male,,,2026-05-01,\n"
            + "P5,Person Five,male,A2,,2025-11-01,\n";
    /** Three episodes of C6 before its referral of 3 March, which gives the tracker no missing count. */
    static final String MISSING = "sourceId,childSourceId,started,returned,whereFound,returnInterviewHeld\n"
            + "M1,C6,2026-01-05T22:00,2026-01-06T09:00,Town centre,2026-01-07T10:00\n"
            + "M2,C6,14/01/2026 21:30,15/01/2026 08:00,A friend's flat,\n"
            + "M3,C6,2026-02-20,2026-02-21,,\n";

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

    private Path file(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private ImportService.Result run(ImportService.Kind kind, Path file) {
        return f.app().imports().importFile(f.ctx(), kind, null, file, false, null, null);
    }

    @Test
    void theProfileOfAnImportedTrackerCountsEachMeasureAsDefined() throws Exception {
        ImportService.Result referrals = run(ImportService.Kind.REFERRALS, file("tracker.csv", TRACKER));
        assertEquals(List.of(), referrals.problems());
        assertEquals(12, referrals.added());
        assertTrue(referrals.imported());
        assertEquals(5, run(ImportService.Kind.PERSONS, file("persons.csv", PERSONS)).added());
        assertEquals(3, run(ImportService.Kind.MISSING, file("missing.csv", MISSING)).added());

        ProfileFigures p = f.app().reports().profile(f.ctx(), "lancashire", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertEquals(10, p.victimReferrals());
        assertEquals(Map.of("none", 4, "s17", 2, "s47", 3, "s20", 1, "s31", 0), p.socialCareOutcomes());
        assertEquals(0, p.socialCareOutcomeUnrecorded());
        assertEquals(0.2, p.camhsShare());
        assertEquals(0.4, p.repeatMissingShare(), "R1-R3 by the tracker's count, R9 by its three recorded episodes");
        assertEquals(0.6, p.missingMoreThanOnceShare());
        assertEquals(0.5, p.inCareShare(), "foster R1-R3, residential R4-R5");
        assertEquals(7, p.children());
        assertEquals(2, p.childrenReferredMoreThanOnce(), "C1 three times, C2 twice; C3's other referral is outside the period");
        assertEquals(0.5, p.repeatReferralShare());
        assertEquals(0.8, p.femaleShare());
        assertEquals(0.7, p.whiteShare());
        assertEquals(4, p.offenderReferrals(), "P5 was referred before the period");
        assertEquals(0.25, p.femaleOffenderShare());
        assertEquals(Map.of("W1", 2, "A2", 1, "unrecorded", 1), p.offenderEthnicity());
        assertEquals(List.of("W1", "A2", "unrecorded"), List.copyOf(p.offenderEthnicity().keySet()), "most first");
        assertEquals(Map.of("online", 4, "on-street", 3, "third-party", 1, "relationship", 0, "position-of-trust", 0, "other", 0,
                "unrecorded", 2), p.initialContact());
        assertEquals(List.of(2, 2, 2, 1, 1, 2), List.copyOf(p.referralsByMonth().values()));

        ProfileFigures thirds = f.app().reports().profile(f.ctx(), "lancashire", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertEquals(2, thirds.victimReferrals());
        assertEquals(0.5, thirds.camhsShare());
        ProfileFigures none = f.app().reports().profile(f.ctx(), "lancashire", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
        assertEquals(0, none.victimReferrals());
        assertNull(none.camhsShare(), "no share of nothing");
        assertFalse(f.audited("report", "profile").isEmpty(), "every run is audited");
    }

    @Test
    void theProfileRendersAsTextHtmlAndPdfNamingNoChild() throws Exception {
        run(ImportService.Kind.REFERRALS, file("tracker.csv", TRACKER));
        for (CirculationService.Format format : CirculationService.Format.values()) {
            byte[] bytes = f.app().reports().renderProfile(f.ctx(), "lancashire", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), format)
                    .bytes();
            // the charts' base64 may spell anything: look at the rest
            String text = new String(bytes, StandardCharsets.ISO_8859_1).replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", "");
            assertFalse(text.contains("Amy") || text.contains("One,"), format + " names no child");
            if (format == CirculationService.Format.TEXT) {
                assertTrue(text.contains("Section 47 (enquiry: child at risk)"), text);
                assertTrue(text.contains("50.0%"), text);
            }
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        Path tracker = file("tracker.csv", TRACKER);
        run(ImportService.Kind.REFERRALS, tracker);
        int audited = f.audit().size();
        ImportService.Result again = run(ImportService.Kind.REFERRALS, tracker);
        assertEquals(0, again.added());
        assertEquals(12, again.unchanged());
        assertEquals(0, again.refused());
        assertEquals(12, f.app().referrals().list(f.ctx(), null).size());
        assertEquals(8L, f.app().referrals().list(f.ctx(), null).stream().map(ReferralService.Listed::childReference).distinct().count(),
                "rows with the same childSourceId are one child");
        assertTrue(f.audit().size() <= audited + 3, "nothing but the import and the listing itself is recorded");
    }

    @Test
    void everyProblemIsReportedByRowAndColumnAndNothingIsImported() throws Exception {
        String bad = HEADER
                + "R1,C1,A. Worker,School,2026-01-10,One,Amy,2011-04-03,W1,foster,missing,Seen.,female,s48,maybe,lots,online\n"
                + "R2,C2,A. Worker,School,31/02/2026,Two,Bea,2010-05-05,Q7,foster,missing,Seen.,female,none,no,1,telepathy\n"
                + "R3,C3,A. Worker,School,2026-01-10,Three,,2099-01-01,W1,foster,missing,Seen.,femal,none,no,1,online\n"
                + "R1,C4,A. Worker,School,2026-01-10,Four,Dan,2011-04-03,W1,foster,missing,Seen.,male,none,no,1,online\n"
                + "R5,C5,A. Worker,School,2026-01-10,Five,Eve,2011-04-03,W1,foster,missing,Fine row.,female,none,no,1,online\n";
        ImportService.Result r = run(ImportService.Kind.REFERRALS, file("bad.csv", bad));
        assertFalse(r.imported());
        assertEquals(4, r.refused());
        assertEquals(1, r.added(), "would be added: the one good row");
        List<String> found = r.problems().stream().map(p -> p.row() + " " + p.column()).toList();
        for (String expected : List.of("2 socialCareOutcome", "2 camhsContact", "2 missingEpisodes", "3 dateCompleted", "3 ethnicity",
                "3 initialContact", "4 firstName", "4 gender", "5 sourceId")) {
            assertTrue(found.contains(expected), expected + " in " + found);
        }
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("did you mean s47?")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.row() == 5 && p.message().contains("row 2 too")), r.problems().toString());
        assertEquals(0, f.app().referrals().list(f.ctx(), null).size(), "nothing imported while any problem remains");
    }

    @Test
    void skipBadImportsTheGoodRowsAndWritesTheOthersToCorrect() throws Exception {
        String text = HEADER
                + "R1,C1,A. Worker,School,2026-01-10,One,Amy,2011-04-03,W1,foster,missing,Seen.,female,s48,,1,online\n"
                + "R2,C2,A. Worker,School,2026-01-11,Two,Bea,2010-05-05,W1,foster,missing,=HYPERLINK(\"http://x\"),female,none,no,1,online\n";
        Path skipped = tmp.resolve("to-correct.csv");
        ImportService.Result r = f.app().imports().importFile(f.ctx(), ImportService.Kind.REFERRALS, null, file("t.csv", text), false,
                skipped, null);
        assertTrue(r.imported());
        assertEquals(1, r.added());
        assertEquals(1, r.refused());
        String written = Files.readString(skipped);
        assertTrue(written.startsWith(HEADER.strip() + ",problems"), written);
        assertTrue(written.contains("R1,C1") && written.contains("socialCareOutcome: 's48' is not a social care outcome"), written);
        assertFalse(written.contains("R2,C2"), written);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(skipped)));
        assertEquals("=HYPERLINK(\"http://x\")", f.app().referrals().list(f.ctx(), null).stream().findFirst()
                .map(l -> f.app().referrals().show(f.ctx(), l.id()).referral().narrative()).orElseThrow(), "imported as the tracker had it");

        // corrected and imported again: the good row is unchanged, the corrected one added
        Path corrected = file("corrected.csv", text.replace("s48", "s47"));
        ImportService.Result again = run(ImportService.Kind.REFERRALS, corrected);
        assertEquals(1, again.added());
        assertEquals(1, again.unchanged());
    }

    @Test
    void aRowChangedSinceItWasImportedIsRefusedNotRewritten() throws Exception {
        run(ImportService.Kind.REFERRALS, file("tracker.csv", TRACKER));
        ImportService.Result r = run(ImportService.Kind.REFERRALS, file("changed.csv", TRACKER.replace("Seen with older males.", "Changed.")));
        assertEquals(1, r.refused());
        assertTrue(r.problems().get(0).message().contains("R00001"), r.problems().toString());
        assertFalse(r.imported());
    }

    @Test
    void aDryRunCountsAndRecordsNothing() throws Exception {
        ImportService.Result r = f.app().imports().importFile(f.ctx(), ImportService.Kind.REFERRALS, null, file("tracker.csv", TRACKER),
                true, null, null);
        assertEquals(12, r.added());
        assertFalse(r.imported());
        assertEquals(0, f.app().referrals().list(f.ctx(), null).size());
        assertTrue(f.audited("import", "referrals").isEmpty());
    }

    @Test
    void theHeaderIsCheckedFirst() throws Exception {
        ImportService.Result r = run(ImportService.Kind.REFERRALS, file("h.csv", "sourceId,childSourceID,familyname\nR1,C1,One\n"));
        assertEquals(List.of("1 childSourceID", "1 familyname", "1 childSourceId"),
                r.problems().stream().limit(3).map(p -> p.row() + " " + p.column()).toList());
        assertTrue(r.problems().get(0).message().contains("did you mean childSourceId?"), r.problems().toString());
        assertEquals(0, r.rows());
        assertThrows(RefusedException.class, () -> run(ImportService.Kind.REFERRALS, tmp.resolve("none.csv")));
    }

    @Test
    void missingEpisodesAndPersonsNeedTheirChildImportedFirst() throws Exception {
        ImportService.Result r = run(ImportService.Kind.MISSING, file("missing.csv", MISSING));
        assertEquals(3, r.refused());
        assertTrue(r.problems().get(0).message().contains("import the referrals that name the child first"), r.problems().toString());
    }

    @Test
    void factsRecordedOnAReferralAreCountedAndReadBack() {
        ReferralService.Outcome o = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Facts")); // 2 November 2026
        f.app().referrals().recordFacts(f.ctx(), o.referral().id(), new org.safeguard.core.model.ReferralFacts("s47", true, null, null));
        f.app().referrals().recordFacts(f.ctx(), o.referral().id(), new org.safeguard.core.model.ReferralFacts(null, null, 3, "online"));
        ProfileFigures p = f.app().reports().profile(f.ctx(), "lancashire", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertEquals(1, p.victimReferrals());
        assertEquals(1, p.socialCareOutcomes().get("s47"), "the first facts stay when the second are recorded");
        assertEquals(1.0, p.camhsShare());
        assertEquals(1.0, p.repeatMissingShare());
        assertEquals(1, p.initialContact().get("online"));
        ReferralService.Reading read = f.app().referrals().read(f.ctx(), o.referral().id());
        assertTrue(read.referral().facts().any());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.app().referrals().recordFacts(f.ctx(), o.referral().id(),
                new org.safeguard.core.model.ReferralFacts("s48", null, -1, "by-post")));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertEquals("s47", e.problems().get(0).suggestion());
        assertFalse(f.audited("record facts", "referral").isEmpty());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThrows(InvalidInputException.class,
                () -> f.app().reports().profile(f.ctx(), "lancashire", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 1, 1)));
    }
}
