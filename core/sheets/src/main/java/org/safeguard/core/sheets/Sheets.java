package org.safeguard.core.sheets;

import java.nio.file.Path;
import java.util.List;
import org.safeguard.core.sheets.internal.CsvReader;
import org.safeguard.core.sheets.internal.CsvWriter;
import org.safeguard.core.sheets.internal.XlsxReader;
import org.safeguard.core.sheets.internal.XlsxWriter;

/** Opens and creates table files. */
public final class Sheets {
    private Sheets() {
    }

    /**
     * Opens a CSV or XLSX file (by its name's extension) and reads its header row.
     *
     * @throws SheetException when the file is missing, not of its format, has no header, or
     *                        names a column twice or leaves one unnamed
     */
    public static SheetReader open(Path file) {
        return switch (SheetFormat.of(file)) {
            case CSV -> new CsvReader(file);
            case XLSX -> new XlsxReader(file);
        };
    }

    /**
     * Starts a table file: written beside {@code file} under a temporary name readable by its
     * owner only, moved to {@code file} by {@link SheetWriter#commit()}.
     *
     * @param sheetName the worksheet's name in an XLSX file (ignored for CSV)
     */
    public static SheetWriter create(Path file, SheetFormat format, String sheetName, List<String> header) {
        return switch (format) {
            case CSV -> new CsvWriter(file, header);
            case XLSX -> new XlsxWriter(file, sheetName, header);
        };
    }

    /**
     * A cell's text made safe for a spreadsheet to open: text that a spreadsheet would read as a
     * formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with an
     * apostrophe, which spreadsheets show as text; anything else is unchanged.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    /** Undoes {@link #neutralise}: a cell read back from a file this product wrote has its text as it was. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'') {
            char c = cell.charAt(1);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return cell.substring(1);
            }
        }
        return cell;
    }
}
