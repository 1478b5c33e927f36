package org.safeguard.core.sheets.internal;

import java.util.List;
import java.util.NoSuchElementException;
import org.safeguard.core.sheets.SheetReader;
import org.safeguard.core.sheets.SheetRow;

/** What both readers share: the header, and rows taken one ahead with the empty ones skipped. */
abstract class RowReader implements SheetReader {
    private SheetRow next;

    /** The next row of the file: null for a row whose cells are all empty, {@link #END} after the last. */
    abstract SheetRow readRow();

    /** Returned by {@link #readRow()} at the end of the file. */
    static final SheetRow END = new SheetRow(0, List.of(), List.of());

    @Override
    public final boolean hasNext() {
        while (next == null) {
            SheetRow r = readRow();
            if (r == END) {
                return false;
            }
            next = r;
        }
        return true;
    }

    @Override
    public final SheetRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SheetRow r = next;
        next = null;
        return r;
    }
}
