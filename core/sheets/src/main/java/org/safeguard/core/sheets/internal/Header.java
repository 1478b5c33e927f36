package org.safeguard.core.sheets.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.safeguard.core.sheets.SheetException;

/** Checks a header row: named columns, each once; trailing empty cells are dropped. */
final class Header {
    private Header() {
    }

    static List<String> of(String file, List<String> raw) {
        List<String> names = new ArrayList<>();
        for (String r : raw) {
            names.add(r == null ? "" : r.replace("\uFEFF", "").strip());
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        if (names.isEmpty()) {
            throw new SheetException(file + ": row 1 should name the columns, and it is empty");
        }
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n.isEmpty()) {
                problems.add("column " + Columns.letter(i) + " has no name");
            } else if (!seen.add(n)) {
                problems.add("column " + Columns.letter(i) + " repeats '" + n + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new SheetException(file + ": row 1: " + String.join("; ", problems));
        }
        return List.copyOf(names);
    }
}
