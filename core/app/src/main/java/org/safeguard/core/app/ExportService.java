package org.safeguard.core.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.safeguard.core.model.Role;

/**
 * An area's records written to a table file (CSV or XLSX) for the panel to work with outside the
 * product: its cases, referrals, decisions, actions, persons of concern or meetings, one row per
 * record. The file is owner-only, every cell is text (a cell a spreadsheet would take for a
 * formula is neutralised), and it appears whole or not at all. Each export is in the audit trail
 * and the disclosure log — to the acting user, concerning every child whose details are in the
 * file — before the file is moved into place, so the log never misses a file that exists.
 * Children appear by their reference unless the request asks for their names and dates of birth.
 * Implementations are thread-safe.
 */
public interface ExportService {
    /** What can be exported, as the command line spells it. */
    List<String> KINDS = List.of("cases", "referrals", "decisions", "actions", "persons", "meetings");
    /** The file formats, as the command line spells them. */
    List<String> FORMATS = List.of("csv", "xlsx");

    /**
     * What to export, where to.
     *
     * @param kind      one of {@link #KINDS}
     * @param area      the area whose records these are
     * @param format    one of {@link #FORMATS}
     * @param out       the file to write (its folder must exist; a file there is replaced)
     * @param withNames whether children's names and dates of birth go in too (otherwise their references only)
     * @param agency    the agency the file goes to, for the disclosure log; null for the area's panel
     * @param basis     the basis for sharing, for the disclosure log; null for the panel's own casework
     */
    record Request(String kind, String area, String format, Path out, boolean withNames, String agency, String basis) {
    }

    /**
     * An export written.
     *
     * @param rows         rows written, the header not counted
     * @param children     how many children's details are in the file (those the disclosure concerns)
     * @param exportId     the export's record, the document the disclosure log names ({@code export-ID-v1})
     * @param disclosureId its entry in the disclosure log
     */
    record Exported(String kind, String area, String format, Path file, int rows, int children, long exportId, long disclosureId,
                    String agency, String basis) {
        public Exported {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * Writes the export, audits it and records it in the disclosure log, in that order; nothing is
     * left at {@code out} (nor beside it) when anything fails.
     *
     * @throws org.safeguard.core.api.InvalidInputException for an unknown kind or format, a missing file or folder
     * @throws org.safeguard.core.api.NotFoundException     for an area not enabled in the home
     */
    @Needs(Role.COORDINATOR)
    Exported export(RequestContext ctx, Request request);
}
