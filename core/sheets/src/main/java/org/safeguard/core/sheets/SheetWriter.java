package org.safeguard.core.sheets;

import java.io.Closeable;
import java.util.List;

/**
 * A table file being written: rows under the header given when it was created. Nothing appears
 * at the file's path until {@link #commit()}; closing without committing leaves nothing behind.
 * Not thread-safe.
 */
public interface SheetWriter extends Closeable {
    /** Writes a row: one value per header column (null is written as an empty cell). */
    void row(List<String> values);

    /** The rows written so far, the header not counted. */
    int rows();

    /** Finishes the file and moves it into place, owner-only. */
    void commit();

    /** Discards the file unless it was committed. */
    @Override
    void close();
}
