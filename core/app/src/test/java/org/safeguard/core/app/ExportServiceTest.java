package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.NotPermittedException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.ReferralFacts;
import org.safeguard.core.model.Role;
import org.safeguard.core.sheets.SheetReader;
import org.safeguard.core.sheets.SheetRow;
import org.safeguard.core.sheets.Sheets;
import org.safeguard.core.store.Disclosure;
import org.safeguard.core.store.DisclosureOutcome;
import org.safeguard.core.store.NewChild;
import org.safeguard.core.store.NewMeeting;

/**
 * Lancashire's records exported as a panel would: two children referred (one with a narrative a
 * spreadsheet would take for a formula), a decision, a meeting with actions, a person of concern;
 * and a case of another area beside them, which no export shows. Each kind's rows are read back
 * through core/sheets; the files' permissions, the audit trail and the disclosure log are checked
 * on the home's real database.
 */
class ExportServiceTest {
    static final String AREA = "lancashire";
    static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"open\")";

    @TempDir
    Path tmp;
    AppFixture f;
    ReferralService.Outcome first;
    ReferralService.Outcome second;
    long elsewhereChild;

    @BeforeEach
    void home() {
        f = AppFixture.withArea(tmp, AREA);
        Map<String, Object> a = Referrals.valid("Exampleton");
        a.put("details", FORMULA);
        first = f.app().referrals().refer(f.ctx(), AREA, null, a);
        Map<String, Object> b = Referrals.valid("Samplewood");
        b.put("firstName", "Jo");
        second = f.app().referrals().refer(f.ctx(), AREA, null, b);
        long firstCase = first.onCase().id();
        long secondCase = second.onCase().id();
        elsewhereChild = f.store(tx -> {
            tx.referrals().recordFacts(first.referral().id(), new ReferralFacts("s47", true, 3, "online"));
            tx.classifications().change(firstCase, "lancashire.cse-categories", "significant", "seen at a flat of concern", null);
            tx.classifications().change(firstCase, "lancashire.cse-categories", "serious", "a second episode", null);
            tx.decisions().add(firstCase, "strategy", "hold a strategy meeting", "-2 days since the last episode", "C. Chair",
                    LocalDate.of(2026, 11, 10));
            long m = tx.meetings().schedule(new NewMeeting(AREA, "multi-agency-cse", "Multi-Agency CSE Meeting",
                    Instant.parse("2026-11-25T10:00:00Z"), null, "Room 2, County Hall", "call 0123", "C. Chair")).id();
            tx.meetings().addCase(m, firstCase, false);
            tx.meetings().addCase(m, secondCase, false);
            tx.actions().add(m, "2.1", true, firstCase, "@SUM(1) return interview", "DS A. Officer", "police", LocalDate.of(2026, 12, 1), "Protect");
            tx.actions().add(m, "1.1", false, null, "Review the hotspot list", "S. Worker", "childrens-social-care", LocalDate.of(2026, 12, 5), null);
            long p = tx.personsOfConcern().add("+Adult Example", List.of("Ex"), null, "male", null, null, "white-british",
                    LocalDate.of(2026, 10, 1), AREA).id();
            tx.personsOfConcern().linkChild(p, first.child().id(), "associate");
            // another area's case, decision, meeting and person: never in a Lancashire export
            AreaDescriptor other = AreaDescriptor.builder("elsewhere", "Elsewhere").caseReferences("ELS-%05d").build();
            Child c = tx.children().add(NewChild.named("Otherplace", "Sam", LocalDate.of(2012, 5, 6)));
            long oc = tx.cases().open(c.id(), other, LocalDate.of(2026, 11, 1)).id();
            tx.decisions().add(oc, "strategy", "elsewhere's decision", "its reasons", "Chair", LocalDate.of(2026, 11, 2));
            long om = tx.meetings().schedule(new NewMeeting("elsewhere", "panel", "Panel", Instant.parse("2026-11-26T10:00:00Z"), null, null, null, null)).id();
            tx.actions().add(om, "1", true, oc, "elsewhere's action", "Owner", "police", LocalDate.of(2026, 12, 1), null);
            long op = tx.personsOfConcern().add("Other Adult", List.of(), null, null, null, null).id();
            tx.personsOfConcern().linkChild(op, c.id(), "associate");
            return c.id();
        });
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ExportService.Exported export(String kind, String format, boolean withNames) {
        return f.app().exports().export(f.ctx(), new ExportService.Request(kind, AREA, format, tmp.resolve(kind + "." + format), withNames, null, null));
    }

    /** The file's rows as maps of header to cell, as core/sheets reads them back. */
    private static List<Map<String, String>> rows(Path file) {
        List<Map<String, String>> out = new ArrayList<>();
        try (SheetReader r = Sheets.open(file)) {
            List<String> header = r.header();
            while (r.hasNext()) {
                SheetRow row = r.next();
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), row.get(i));
                }
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void casesAreTheAreasOnlyWithTheirCurrentClassificationAndLatestFinalAssessment() {
        f.app().assessments().record(f.ctx(), "lancashire.cse2", AssessmentServiceTest.answers(AssessmentServiceTest.MEDIUM),
                first.child().id(), org.safeguard.core.model.AssessmentStatus.FINAL);
        ExportService.Exported e = export("cases", "csv", false);
        assertEquals(2, e.rows());
        assertEquals(2, e.children());
        List<Map<String, String>> rows = rows(e.file());
        assertEquals(List.of(first.onCase().reference(), second.onCase().reference()), rows.stream().map(r -> r.get("reference")).toList());
        Map<String, String> r = rows.get(0);
        assertEquals(first.child().reference(), r.get("child"));
        assertEquals("open", r.get("status"));
        assertEquals("2026-11-02", r.get("opened"));
        assertEquals("normal", r.get("priority"));
        assertEquals("serious", r.get("lancashire.cse-categories"), "the latest classification is the current one");
        assertEquals("lancashire.cse2", r.get("assessmentInstrument"));
        assertFalse(r.get("assessmentBand").isEmpty(), r.toString());
        assertEquals("", rows.get(1).get("assessmentBand"), "no final assessment, no band");
        assertFalse(r.containsKey("childFamilyName"), "no names unless asked for");
    }

    @Test
    void referralsCarryTheirFactsAndTheFormsAnswersByFieldIdButNotTheChildsNamesUnlessAsked() throws IOException {
        ExportService.Exported e = export("referrals", "csv", false);
        List<Map<String, String>> rows = rows(e.file());
        assertEquals(2, rows.size());
        Map<String, String> r = rows.get(0);
        assertEquals(String.format("R%05d", first.referral().id()), r.get("reference"));
        assertEquals(first.onCase().reference(), r.get("case"));
        assertEquals("Example High School", r.get("referrerAgency"));
        assertEquals("s47", r.get("socialCareOutcome"));
        assertEquals("yes", r.get("camhsContact"));
        assertEquals("3", r.get("missingBefore"));
        assertEquals("online", r.get("initialContact"));
        assertEquals("missing,older-relationship", r.get("basisOfConcern"));
        assertEquals(FORMULA, r.get("details"), "read back as it was recorded");
        for (String identifying : List.of("familyName", "firstName", "dateOfBirth", "address", "childFamilyName")) {
            assertFalse(r.containsKey(identifying), identifying + " left out");
        }
        String text = Files.readString(e.file(), StandardCharsets.UTF_8);
        assertFalse(text.contains("Exampleton") || text.contains("Samplewood") || text.contains("2011-04-03"), text);

        ExportService.Exported named = f.app().exports().export(f.ctx(), new ExportService.Request("referrals", AREA, "csv",
                tmp.resolve("named.csv"), true, null, null));
        Map<String, String> n = rows(named.file()).get(0);
        assertEquals("Exampleton", n.get("childFamilyName"));
        assertEquals("Exampleton", n.get("familyName"));
        assertEquals("2011-04-03", n.get("childDateOfBirth"));
        assertTrue(f.store(tx -> tx.exports().find(named.exportId())).orElseThrow().withNames());
    }

    @Test
    void decisionsActionsPersonsAndMeetingsAreTheAreasOnly() {
        List<Map<String, String>> decisions = rows(export("decisions", "xlsx", false).file());
        assertEquals(1, decisions.size());
        assertEquals("hold a strategy meeting", decisions.get(0).get("decision"));
        assertEquals(first.onCase().reference(), decisions.get(0).get("case"));
        assertEquals("2026-11-10", decisions.get(0).get("decidedOn"));

        List<Map<String, String>> actions = rows(export("actions", "csv", false).file());
        assertEquals(2, actions.size(), "the case's action and the meeting's caseless one; not elsewhere's");
        assertEquals("@SUM(1) return interview", actions.get(0).get("description"));
        assertEquals(first.onCase().reference(), actions.get(0).get("case"));
        assertEquals("open", actions.get(0).get("status"));
        assertEquals("Protect", actions.get(0).get("strand"));
        assertEquals("", actions.get(1).get("case"));
        assertEquals(actions.get(0).get("meeting"), actions.get(1).get("meeting"), "both agreed at the same meeting");
        assertFalse(actions.get(1).get("meeting").isEmpty());

        ExportService.Exported p = export("persons", "csv", false);
        List<Map<String, String>> persons = rows(p.file());
        assertEquals(1, persons.size());
        assertEquals("+Adult Example", persons.get(0).get("name"));
        assertEquals("white-british", persons.get(0).get("ethnicity"));
        assertEquals("2026-10-01", persons.get(0).get("referred"));
        assertEquals(first.child().reference(), persons.get(0).get("children"));
        assertEquals(1, p.children());

        ExportService.Exported m = export("meetings", "xlsx", false);
        List<Map<String, String>> meetings = rows(m.file());
        assertEquals(1, meetings.size());
        assertEquals("2", meetings.get(0).get("cases"));
        assertEquals("2026-11-25 10:00", meetings.get(0).get("starts"));
        assertEquals("scheduled", meetings.get(0).get("status"));
        assertFalse(meetings.get(0).containsKey("callDetails"), "how to join the call stays out");
        assertEquals(0, m.children(), "a list of meetings names no child");
    }

    @Test
    void aCellASpreadsheetWouldTakeForAFormulaIsNeutralisedAndXlsxHoldsNoFormula() throws IOException {
        String csv = Files.readString(export("referrals", "csv", false).file(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        assertFalse(csv.contains(",=HYPERLINK") || csv.contains("\"=HYPERLINK"), csv);
        String persons = Files.readString(export("persons", "csv", false).file(), StandardCharsets.UTF_8);
        assertTrue(persons.contains("'+Adult Example"), persons);
        try (ZipFile zip = new ZipFile(export("actions", "xlsx", false).file().toFile())) {
            StringBuilder sheets = new StringBuilder();
            zip.stream().filter(z -> z.getName().startsWith("xl/")).forEach(z -> {
                try (InputStream in = zip.getInputStream(z)) {
                    sheets.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
            String xml = sheets.toString().replace("&apos;", "'").replace("&#39;", "'");
            assertTrue(xml.contains("'@SUM(1) return interview"), "neutralised in the workbook too");
            assertFalse(sheets.toString().contains("<f>") || sheets.toString().contains("<f "), "no cell is a formula");
        }
    }

    @Test
    void theFileIsReadableByItsOwnerOnlyAndNothingIsLeftBesideIt() throws IOException {
        for (String format : ExportService.FORMATS) {
            Path file = export("cases", format, false).file();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), format);
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
    }

    @Test
    void anExportIsAuditedAndInTheDisclosureLogConcerningTheChildrenInTheFile() {
        ExportService.Exported e = export("cases", "csv", false);
        List<AuditEntry> audited = f.audited("export", "export");
        assertEquals(1, audited.size());
        assertEquals(AppFixture.ACTOR, audited.get(0).actor());
        assertTrue(audited.get(0).details().contains("kind=cases") && audited.get(0).details().contains("rows=2"), audited.get(0).details());

        Disclosure d = f.store(tx -> tx.disclosures().require(e.disclosureId()));
        assertEquals("export", d.document().kind());
        assertEquals(e.exportId(), d.document().id());
        assertEquals(AppFixture.ACTOR, d.recipient());
        assertEquals("Pan-Lancashire panel", d.recipientAgency());
        assertFalse(d.basis().isBlank());
        assertEquals(List.of(DisclosureOutcome.SENT), f.store(tx -> tx.disclosures().outcomes(e.disclosureId())));
        for (long child : List.of(first.child().id(), second.child().id())) {
            List<Disclosure> where = f.store(tx -> tx.disclosures().matching(child, null, null, null));
            assertTrue(where.stream().anyMatch(x -> x.id() == e.disclosureId()), "where did this child's details go? to the export");
        }
        assertTrue(f.store(tx -> tx.disclosures().matching(elsewhereChild, null, null, null)).isEmpty(), "another area's child went nowhere");
        assertTrue(f.store(tx -> tx.audit().verify(null, null)).intact(), "the export's row is sealed in the trail");

        ExportService.Exported given = f.app().exports().export(f.ctx(), new ExportService.Request("actions", AREA, "csv",
                tmp.resolve("for-police.csv"), false, "police", "section 47 enquiry"));
        Disclosure g = f.store(tx -> tx.disclosures().require(given.disclosureId()));
        assertEquals("police", g.recipientAgency());
        assertEquals("section 47 enquiry", g.basis());
    }

    @Test
    void anUnknownAreaKindOrFormatOrAMissingFolderIsRefusedAndNothingIsWritten() throws IOException {
        Path out = tmp.resolve("x.csv");
        assertThrows(NotFoundException.class, () -> f.app().exports().export(f.ctx(),
                new ExportService.Request("cases", "nowhere", "csv", out, false, null, null)));
        InvalidInputException kind = assertThrows(InvalidInputException.class, () -> f.app().exports().export(f.ctx(),
                new ExportService.Request("case", AREA, "csv", out, false, null, null)));
        assertEquals("kind", kind.problems().get(0).subject());
        assertEquals("cases", kind.problems().get(0).suggestion());
        InvalidInputException format = assertThrows(InvalidInputException.class, () -> f.app().exports().export(f.ctx(),
                new ExportService.Request("cases", AREA, "ods", out, false, null, null)));
        assertEquals("format", format.problems().get(0).subject());
        assertThrows(InvalidInputException.class, () -> f.app().exports().export(f.ctx(),
                new ExportService.Request("cases", AREA, "csv", tmp.resolve("no-such-folder").resolve("x.csv"), false, null, null)));
        assertThrows(InvalidInputException.class, () -> f.app().exports().export(f.ctx(),
                new ExportService.Request("cases", AREA, "csv", tmp.resolve("x.xlsx"), false, null, null)), "a name of the other format");
        assertFalse(Files.exists(out));
        assertEquals(List.of(), f.audited("export", "export"));
    }

    @Test
    void aFailureAfterTheRowsAreWrittenLeavesNoFileNoRecordAndAnEarlierFileAsItWas() throws IOException {
        Path out = tmp.resolve("cases.csv");
        Files.writeString(out, "an earlier file");
        int before = f.store(tx -> tx.disclosures().latest(1000)).size();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> f.app().exports().export(f.ctx(),
                new ExportService.Request("cases", AREA, "csv", out, false, " ", null)));
        assertEquals("agency", refused.problems().get(0).subject(), "the disclosure log needs an agency");
        assertEquals("an earlier file", Files.readString(out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
        assertEquals(before, f.store(tx -> tx.disclosures().latest(1000)).size());
        assertEquals(List.of(), f.audited("export", "export"));
    }

    @Test
    void aPractitionerMayNotExport() {
        RequestContext practitioner = f.as("a.practitioner", Role.PRACTITIONER);
        assertThrows(NotPermittedException.class, () -> f.app().exports().export(practitioner,
                new ExportService.Request("cases", AREA, "csv", tmp.resolve("p.csv"), false, null, null)));
        assertFalse(Files.exists(tmp.resolve("p.csv")));
    }

    @Test
    void moreCasesThanAPageAreAllExportedOnceInOrder() {
        AreaDescriptor lancashire = AreaDescriptor.builder(AREA, "Pan-Lancashire").caseReferences("CSE-%05d").build();
        f.store(tx -> {
            for (int i = 0; i < 2_100; i++) {
                Child c = tx.children().add(NewChild.named("Pagechild", "Robin" + i, LocalDate.of(2011, 1, 1)));
                tx.cases().open(c.id(), lancashire, LocalDate.of(2026, 10, 1));
            }
            return null;
        });
        ExportService.Exported e = export("cases", "csv", false);
        assertEquals(2_102, e.rows(), "two pages and a bit, each case once");
        assertEquals(2_102, e.children());
        List<String> refs = rows(e.file()).stream().map(r -> r.get("reference")).toList();
        assertEquals(2_102, refs.stream().distinct().count());
        assertEquals(refs.stream().sorted().toList(), refs, "in id order");
    }
}
