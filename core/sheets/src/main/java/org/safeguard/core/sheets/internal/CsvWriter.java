package org.safeguard.core.sheets.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safeguard.core.sheets.SheetException;
import org.safeguard.core.sheets.SheetWriter;
import org.safeguard.core.sheets.Sheets;

/** CSV as RFC 4180 (Apache Commons CSV), UTF-8, CRLF line ends; every cell neutralised. */
public final class CsvWriter implements SheetWriter {
    private final Staged staged;
    private final int width;
    private final CSVPrinter printer;
    private int rows;

    public CsvWriter(Path file, List<String> header) {
        this.staged = new Staged(file);
        this.width = header.size();
        try {
            this.printer = CSVFormat.RFC4180.print(new BufferedWriter(new OutputStreamWriter(staged.open(), StandardCharsets.UTF_8)));
            printer.printRecord(neutralised(header));
        } catch (IOException e) {
            staged.discard();
            throw new SheetException(staged.name() + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> neutralised(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(Sheets.neutralise(v));
        }
        return out;
    }

    @Override
    public void row(List<String> values) {
        if (values.size() != width) {
            throw new IllegalArgumentException("a row of " + values.size() + " cells under a header of " + width);
        }
        try {
            printer.printRecord(neutralised(values));
            rows++;
        } catch (IOException e) {
            throw new SheetException(staged.name() + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public void commit() {
        try {
            printer.close(true);
        } catch (IOException e) {
            staged.discard();
            throw new SheetException(staged.name() + ": cannot be written (" + e.getMessage() + ")", e);
        }
        staged.commit();
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            // discarded below
        }
        staged.discard();
    }
}
