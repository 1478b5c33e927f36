package org.safeguard.core.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.safeguard.core.app.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard export KIND --area ID --format csv|xlsx --out FILE}: an area's records to a table file, through {@code ExportService}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write an area's cases, referrals, decisions, actions, persons (of concern) or meetings to a CSV or XLSX file, one row per record.",
                "The file is readable by you only; cells a spreadsheet would take for a formula are neutralised; the export is audited and in the "
                        + "disclosure log, to you, concerning every child whose details are in it. Children appear by reference unless --with-names."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Parameters(index = "0", paramLabel = "KIND", description = "cases, referrals, decisions, actions, persons or meetings.")
    String kind;

    @Option(names = "--area", required = true, paramLabel = "ID", description = "The area whose records to export.")
    String area;

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx", description = "The file's format.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists; its folder must).")
    Path out;

    @Option(names = "--with-names", description = "Put children's names and dates of birth in too (cases and referrals); otherwise their references only.")
    boolean withNames;

    @Option(names = "--agency", paramLabel = "AGENCY", description = "The agency the file is for, for the disclosure log (default: the area's panel).")
    String agency;

    @Option(names = "--basis", paramLabel = "TEXT", description = "The basis for sharing, for the disclosure log (default: the panel's own casework records).")
    String basis;

    @Option(names = "--json", description = "Say what was written as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Session s = root.session();
        ExportService.Exported e = s.app().exports().export(s.ctx(), new ExportService.Request(kind, area, format, out, withNames, agency, basis));
        if (json) {
            Output.json(s.out, Output.obj("kind", e.kind(), "area", e.area(), "format", e.format(), "file", e.file().toString(), "rows", e.rows(),
                    "children", e.children(), "export", e.exportId(), "disclosure", e.disclosureId(), "agency", e.agency(), "basis", e.basis(),
                    "withNames", withNames));
            return 0;
        }
        s.out.println("Exported " + e.rows() + " " + (e.rows() == 1 ? singular(e.kind()) : e.kind()) + " of " + e.area() + " to " + Output.line(e.file())
                + " (" + e.format() + ", readable by you only" + (withNames ? ", with children's names" : "") + ").");
        s.out.println("Recorded in the disclosure log as disclosure " + e.disclosureId() + " (export " + e.exportId() + ", for "
                + Output.line(e.agency()) + ", concerning " + e.children() + " child" + (e.children() == 1 ? "" : "ren") + ").");
        return 0;
    }

    private static String singular(String kind) {
        return kind.equals("persons") ? "person" : kind.substring(0, kind.length() - 1);
    }
}
