package org.safeguard.core.sheets.internal;

import java.util.ArrayList;
import java.util.List;
import org.safeguard.core.sheets.SheetRow;
import org.safeguard.core.sheets.Sheets;

/** A row's cells cut to the header's width. */
final class Rows {
    private Rows() {
    }

    /** The row, or null when every cell is empty. */
    static SheetRow of(int number, int width, List<String> raw) {
        List<String> cells = new ArrayList<>(width);
        List<String> extra = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < raw.size(); i++) {
            String v = Sheets.restore(raw.get(i) == null ? "" : raw.get(i));
            any |= !v.isBlank();
            if (i < width) {
                cells.add(v);
            } else if (!v.isBlank()) {
                extra.add(v);
            }
        }
        while (cells.size() < width) {
            cells.add("");
        }
        return any ? new SheetRow(number, cells, extra) : null;
    }
}
