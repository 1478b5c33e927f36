package org.safeguard.core.sheets;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/**
 * A table file opened for reading: its header, then its rows one at a time. Rows whose cells
 * are all empty are skipped (their numbers are not reused). Not thread-safe; close it.
 */
public interface SheetReader extends Closeable, Iterator<SheetRow> {
    /** The column names of row 1, stripped, in order. */
    List<String> header();

    /** The file's format. */
    SheetFormat format();

    @Override
    void close();
}
