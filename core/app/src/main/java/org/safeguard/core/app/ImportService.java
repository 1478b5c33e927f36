package org.safeguard.core.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.safeguard.core.model.Role;

/**
 * Imports a panel's existing tracker — referrals, persons of concern, missing episodes — from a
 * CSV or XLSX file whose header row names the columns ({@link #columns}). Every problem is
 * reported at once by row and column, rows numbered as a spreadsheet shows them; nothing is
 * imported while any remains, unless the bad rows are set aside in a file of their own for
 * correction. Each row's {@code sourceId} (its id in the tracker) is kept, so importing the same
 * file again changes nothing. The file is read twice, streaming, so its length does not matter
 * to memory; rows are recorded in transactions of {@value #ROWS_PER_TRANSACTION}, and an import
 * stopped part way is completed by running it again. Implementations are thread-safe.
 */
public interface ImportService {
    /** Rows recorded per transaction. */
    int ROWS_PER_TRANSACTION = 1000;

    /** What a file holds. */
    enum Kind {
        REFERRALS, PERSONS, MISSING;

        /** The word on the command line: {@code referrals}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A column an import reads.
     *
     * @param name        the header's text, exactly
     * @param required    whether every row must fill it
     * @param description what it holds and how it is written
     */
    record Column(String name, boolean required, String description) {
    }

    /**
     * A problem of the file.
     *
     * @param row     the row as a spreadsheet numbers it (the header is row 1)
     * @param column  the column's header, or null for the row as a whole
     * @param message what is wrong, in a sentence the person correcting the tracker can act on
     */
    record RowProblem(int row, String column, String message) {
    }

    /**
     * What an import did, or (dry run, or refused) would have done.
     *
     * @param rows      the rows of data read (empty rows not counted)
     * @param added     rows recorded (would be, in a dry run or when refused)
     * @param unchanged rows imported before, unchanged since
     * @param refused   rows with problems
     * @param imported  whether anything was recorded: false for a dry run, and when problems
     *                  remain and no file was named for the bad rows
     * @param badRows   the file the bad rows were written to, or null
     */
    record Result(Kind kind, String area, String file, int rows, int added, int unchanged, int refused, List<RowProblem> problems,
                  boolean dryRun, boolean imported, Path badRows) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** Told how far an import has gone: "checking" then "importing", with the rows done and, once known, the total (else -1). */
    interface Progress {
        Progress NONE = (phase, done, total) -> { };

        void at(String phase, int done, int total);
    }

    /** The columns a kind of file may have for an area, in the order to write them. */
    @Needs(Role.COORDINATOR)
    List<Column> columns(RequestContext ctx, Kind kind, String areaId);

    /**
     * Imports a file.
     *
     * @param areaId  the area, or null for the only enabled one
     * @param dryRun  check and count only: nothing is recorded and no file written
     * @param badRows where to write the rows with problems (with their problems in a last column,
     *                in the format its name gives) so that the good rows are imported; null to
     *                import nothing while any row has a problem
     * @throws org.safeguard.core.sheets.SheetException when the file cannot be read as a table
     */
    @Needs(Role.COORDINATOR)
    Result importFile(RequestContext ctx, Kind kind, String areaId, Path file, boolean dryRun, Path badRows, Progress progress);
}
