package org.safeguard.core.sheets.internal;

/** Spreadsheet column letters. */
public final class Columns {
    private Columns() {
    }

    /** A, B, … Z, AA, AB … for a 0-based column index. */
    public static String letter(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }
}
