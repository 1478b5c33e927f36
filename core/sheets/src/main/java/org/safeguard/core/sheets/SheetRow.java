package org.safeguard.core.sheets;

import java.util.List;

/**
 * One row of a table under its header.
 *
 * @param number the row's number as a spreadsheet shows it: the header is row 1, so the first
 *               row of data is row 2
 * @param cells  the cells' text in the header's column order, "" where empty; exactly as many as
 *               the header has columns (cells beyond the header are in {@link #extra()})
 * @param extra  non-empty cells to the right of the last named column
 */
public record SheetRow(int number, List<String> cells, List<String> extra) {
    public SheetRow {
        cells = List.copyOf(cells);
        extra = List.copyOf(extra);
    }

    /** The text of a column, "" where empty. */
    public String get(int column) {
        return cells.get(column);
    }
}
