package org.safeguard.core.sheets.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.safeguard.core.sheets.SheetException;
import org.safeguard.core.sheets.SheetFormat;
import org.safeguard.core.sheets.SheetRow;

/**
 * The first worksheet of an XLSX workbook, streamed row by row (fastexcel-reader). A cell is read
 * as its text: a number as written (12, 3.5), a date-formatted number as an ISO date (2025-03-14,
 * or a date and time when it has one), TRUE/FALSE as yes/no, a formula as its last computed value.
 */
public final class XlsxReader extends RowReader {
    private final String name;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final List<String> header;

    public XlsxReader(Path file) {
        this.name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new SheetException(name + ": no such file");
        }
        try {
            this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            this.stream = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException e) {
            throw new SheetException(name + ": is not an XLSX workbook that can be read (" + e.getMessage() + ")", e);
        }
        this.rows = stream.iterator();
        Row first = read();
        while (first != null && Rows.of(first.getRowNum(), 0, cells(first)) == null) {
            first = read();
        }
        if (first == null) {
            close();
            throw new SheetException(name + ": the first worksheet is empty; row 1 should name the columns");
        }
        if (first.getRowNum() != 1) {
            close();
            throw new SheetException(name + ": rows 1 to " + (first.getRowNum() - 1) + " are empty; row 1 should name the columns");
        }
        try {
            this.header = Header.of(name, cells(first));
        } catch (SheetException e) {
            close();
            throw e;
        }
    }

    private Row read() {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (RuntimeException e) {
            throw new SheetException(name + ": the worksheet cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            out.add(text(row.getCell(i)));
        }
        return out;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getRawValue() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell.getDataFormatString()) ? date(cell.asDate()) : number(cell.asNumber());
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "yes" : "no";
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    private static String number(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDateTime t) {
        if (t == null) {
            return "";
        }
        return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
    }

    /** Whether a number format shows a date: it has day, month or year parts outside quotes and brackets. */
    static boolean isDate(String format) {
        if (format == null) {
            return false;
        }
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "").toLowerCase();
        return f.contains("d") || f.contains("y") || (f.contains("m") && !f.contains("h") && !f.contains("s"));
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SheetFormat format() {
        return SheetFormat.XLSX;
    }

    @Override
    SheetRow readRow() {
        Row r = read();
        return r == null ? END : Rows.of(r.getRowNum(), header.size(), cells(r));
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
            workbook.close();
        } catch (IOException | RuntimeException e) {
            // a workbook read to the end or abandoned: nothing is lost
        }
    }
}
