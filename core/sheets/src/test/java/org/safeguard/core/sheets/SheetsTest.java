package org.safeguard.core.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetsTest {
    @TempDir
    Path dir;

    private static List<SheetRow> all(SheetReader r) {
        List<SheetRow> rows = new ArrayList<>();
        r.forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void csvRowsAreNumberedAsASpreadsheetShowsThemAndBlankRowsAreSkipped() throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "\uFEFFsourceId, name ,\r\nR1,\"Line one\nline two\"\r\n,,\r\nR3,x,extra\r\n", StandardCharsets.UTF_8);
        try (SheetReader r = Sheets.open(f)) {
            assertEquals(List.of("sourceId", "name"), r.header());
            List<SheetRow> rows = all(r);
            assertEquals(2, rows.size());
            assertEquals(2, rows.get(0).number());
            assertEquals("Line one\nline two", rows.get(0).get(1));
            assertEquals(4, rows.get(1).number());
            assertEquals(List.of("extra"), rows.get(1).extra());
        }
    }

    @Test
    void headerProblemsAreNamedByColumn() throws Exception {
        Path f = dir.resolve("h.csv");
        Files.writeString(f, "a,,a\n1,2,3\n");
        SheetException e = assertThrows(SheetException.class, () -> Sheets.open(f));
        assertEquals("h.csv: row 1: column B has no name; column C repeats 'a'", e.getMessage());
        Path empty = dir.resolve("e.csv");
        Files.writeString(empty, "");
        assertTrue(assertThrows(SheetException.class, () -> Sheets.open(empty)).getMessage().contains("empty"));
        assertEquals("x.txt: name a .csv or .xlsx file", assertThrows(SheetException.class, () -> Sheets.open(dir.resolve("x.txt"))).getMessage());
        assertEquals("none.csv: no such file", assertThrows(SheetException.class, () -> Sheets.open(dir.resolve("none.csv"))).getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsNamedNotMisread() throws Exception {
        Path f = dir.resolve("latin.csv");
        Files.write(f, "name\nZo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1));
        SheetException e = assertThrows(SheetException.class, () -> {
            try (SheetReader r = Sheets.open(f)) {
                all(r);
            }
        });
        assertTrue(e.getMessage().contains("is not UTF-8 text"), e.getMessage());
    }

    @Test
    void bothFormatsRoundTripAndNeutraliseFormulas() throws Exception {
        for (SheetFormat format : SheetFormat.values()) {
            Path f = dir.resolve("out." + format.extension());
            List<String> dangerous = List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "plain, \"quoted\"");
            try (SheetWriter w = Sheets.create(f, format, "Cases", List.of("a", "b", "c", "d", "e", "f"))) {
                w.row(dangerous);
                w.row(java.util.Arrays.asList("only", null, "", "", "", ""));
                w.commit();
                assertEquals(2, w.rows());
            }
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), format.name());
            if (format == SheetFormat.CSV) {
                String text = Files.readString(f);
                assertTrue(text.contains("'=HYPERLINK"), text);
                assertTrue(text.contains("'+1,'-2,'@SUM(A1)"), text);
            }
            try (SheetReader r = Sheets.open(f)) {
                List<SheetRow> rows = all(r);
                assertEquals(dangerous, rows.get(0).cells(), format.name());
                assertEquals(List.of("only", "", "", "", "", ""), rows.get(1).cells());
                assertEquals(3, rows.get(1).number());
            }
            try (var files = Files.list(dir)) {
                assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left");
            }
        }
    }

    @Test
    void xlsxCellsNeverHoldFormulas() throws Exception {
        Path f = dir.resolve("f.xlsx");
        try (SheetWriter w = Sheets.create(f, SheetFormat.XLSX, "S", List.of("a"))) {
            w.row(List.of("=1+1"));
            w.commit();
        }
        String sheet = new String(zipEntry(f, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertFalse(sheet.contains("<f>"), sheet);
    }

    @Test
    void aWriterClosedWithoutCommitLeavesNothing() throws Exception {
        Path f = dir.resolve("never.csv");
        try (SheetWriter w = Sheets.create(f, SheetFormat.CSV, "S", List.of("a"))) {
            w.row(List.of("1"));
        }
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void xlsxNumbersDatesAndBooleansReadAsText() throws Exception {
        Path f = dir.resolve("typed.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Tracker");
            ws.value(0, 0, "when");
            ws.value(0, 1, "count");
            ws.value(0, 2, "flag");
            ws.value(2, 0, LocalDate.of(2025, 3, 14));
            ws.style(2, 0).format("dd/mm/yyyy").set();
            ws.value(2, 1, 3);
            ws.value(2, 2, true);
            ws.value(3, 1, 2.50);
            wb.finish();
        }
        try (SheetReader r = Sheets.open(f)) {
            List<SheetRow> rows = all(r);
            assertEquals(3, rows.get(0).number(), "row 2 is empty and skipped");
            assertEquals(List.of("2025-03-14", "3", "yes"), rows.get(0).cells());
            assertEquals(List.of("", "2.5", ""), rows.get(1).cells());
        }
    }

    private static byte[] zipEntry(Path zip, String name) throws Exception {
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            return z.getInputStream(z.getEntry(name)).readAllBytes();
        }
    }
}
