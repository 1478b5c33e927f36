package org.safeguard.core.sheets.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.safeguard.core.sheets.SheetException;
import org.safeguard.core.sheets.SheetWriter;
import org.safeguard.core.sheets.Sheets;

/**
 * One worksheet of an XLSX workbook (fastexcel), streamed to disk every 1,000 rows. Every cell is
 * a string cell, never a formula, and is neutralised as a CSV cell is, so that a copy pasted or
 * saved as CSV from a spreadsheet is not read as a formula either. The header row is bold and
 * frozen.
 */
public final class XlsxWriter implements SheetWriter {
    private static final int FLUSH_EVERY = 1000;
    private final Staged staged;
    private final OutputStream out;
    private final Workbook workbook;
    private final Worksheet sheet;
    private final int width;
    private int rows;

    public XlsxWriter(Path file, String sheetName, List<String> header) {
        this.staged = new Staged(file);
        this.out = staged.open();
        this.width = header.size();
        this.workbook = new Workbook(out, "Safeguard", null);
        this.sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, Sheets.neutralise(header.get(c)));
        }
        sheet.range(0, 0, 0, Math.max(0, header.size() - 1)).style().bold().set();
        sheet.freezePane(0, 1);
    }

    @Override
    public void row(List<String> values) {
        if (values.size() != width) {
            throw new IllegalArgumentException("a row of " + values.size() + " cells under a header of " + width);
        }
        rows++;
        for (int c = 0; c < values.size(); c++) {
            String v = values.get(c);
            if (v != null && !v.isEmpty()) {
                sheet.value(rows, c, Sheets.neutralise(v));
            }
        }
        if (rows % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new SheetException(staged.name() + ": cannot be written (" + e.getMessage() + ")", e);
            }
        }
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public void commit() {
        try {
            sheet.finish();
            workbook.finish();
            out.close();
        } catch (IOException e) {
            staged.discard();
            throw new SheetException(staged.name() + ": cannot be written (" + e.getMessage() + ")", e);
        }
        staged.commit();
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            // discarded below
        }
        staged.discard();
    }
}
