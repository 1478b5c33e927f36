package org.safeguard.core.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.app.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard import referrals|persons|missing}: a tracker's rows, through the application's {@code ImportService}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an existing tracker (CSV or XLSX, columns named by the header row): referrals, persons of concern, missing episodes.",
        subcommands = {ImportCommand.Referrals.class, ImportCommand.Persons.class, ImportCommand.Missing.class})
final class ImportCommand extends GroupCommand {

    /** The options every kind of import takes, and the run. */
    abstract static class Kind implements Callable<Integer> {
        @ParentCommand ImportCommand parent;
        @Option(names = "--area", paramLabel = "ID", description = "The area (needed when several are enabled).") String area;
        @Option(names = "--file", paramLabel = "FILE", description = "The tracker: a .csv (UTF-8) or .xlsx file; its first row names the columns.") Path file;
        @Option(names = "--dry-run", description = "Check every row and count what would be imported; record nothing.") boolean dryRun;
        @Option(names = "--skip-bad", paramLabel = "FILE", description = "Import the good rows and write the bad ones, with their problems,"
                + " to this .csv or .xlsx file (owner-only) to correct and import again.") Path skipBad;
        @Option(names = "--columns", description = "List the columns this import reads for the area, and import nothing.") boolean columns;
        @Option(names = "--json") boolean json;

        abstract ImportService.Kind kind();

        @Override
        public Integer call() {
            Session s = parent.root.session();
            ImportService imports = s.app().imports();
            if (columns) {
                List<ImportService.Column> cols = imports.columns(s.ctx(), kind(), area);
                if (json) {
                    Output.json(s.out, cols.stream().map(c -> Output.obj("name", c.name(), "required", c.required(), "description", c.description())).toList());
                } else {
                    cols.forEach(c -> s.out.println(String.format("%-22s %s%s", c.name(), c.required() ? "(required) " : "", c.description())));
                }
                return 0;
            }
            if (file == null) {
                throw new SafeguardException("name the tracker to import with --file FILE (.csv or .xlsx)");
            }
            ImportService.Progress progress = System.console() != null && !json ? new Bar(s.err) : ImportService.Progress.NONE;
            ImportService.Result r = imports.importFile(s.ctx(), kind(), area, file, dryRun, skipBad, progress);
            if (progress instanceof Bar bar) {
                bar.done();
            }
            if (json) {
                Output.json(s.out, Output.obj("kind", r.kind().word(), "area", r.area(), "file", r.file(), "rows", r.rows(), "added", r.added(),
                        "unchanged", r.unchanged(), "refused", r.refused(), "dryRun", r.dryRun(), "imported", r.imported(),
                        "badRows", r.badRows() == null ? null : r.badRows().toString(),
                        "problems", r.problems().stream().map(p -> Output.obj("row", p.row(), "column", p.column(), "message", p.message())).toList()));
            } else {
                for (ImportService.RowProblem p : r.problems()) {
                    s.out.println("row " + p.row() + (p.column() == null ? "" : ", " + Output.line(p.column())) + ": " + Output.line(p.message()));
                }
                s.out.println(summary(r));
            }
            return r.refused() > 0 && r.badRows() == null || r.rows() == 0 && !r.problems().isEmpty() ? 1 : 0;
        }

        private static String summary(ImportService.Result r) {
            boolean recorded = !r.dryRun() && (r.refused() == 0 || r.badRows() != null);
            String figures = r.rows() + " row" + (r.rows() == 1 ? "" : "s") + ": " + r.added() + (recorded ? " added, " : " to add, ")
                    + r.unchanged() + " unchanged, " + r.refused() + " refused.";
            if (r.rows() == 0 && !r.problems().isEmpty()) {
                return "Nothing imported: the header row has problems.";
            }
            if (r.dryRun()) {
                return "Dry run, nothing recorded: " + figures;
            }
            if (r.refused() > 0 && r.badRows() == null) {
                return "Nothing imported: " + figures + " Correct the rows above, or add --skip-bad FILE to import the others.";
            }
            return (r.badRows() == null ? "" : "The refused rows are in " + r.badRows() + ". ") + "Imported " + r.file() + ": " + figures;
        }
    }

    @Command(name = "referrals", mixinStandardHelpOptions = true, description = {"Referrals on the area's form, each with its child (rows with the"
            + " same childSourceId are one child) and the profile's facts; a case is opened for a child with none open.",
            "--columns lists the columns for the area."})
    static final class Referrals extends Kind {
        @Override
        ImportService.Kind kind() {
            return ImportService.Kind.REFERRALS;
        }
    }

    @Command(name = "persons", mixinStandardHelpOptions = true, description = "Persons of concern (offenders and suspects), each referred on a day.")
    static final class Persons extends Kind {
        @Override
        ImportService.Kind kind() {
            return ImportService.Kind.PERSONS;
        }
    }

    @Command(name = "missing", mixinStandardHelpOptions = true, description = "Missing episodes of children imported with the referrals.")
    static final class Missing extends Kind {
        @Override
        ImportService.Kind kind() {
            return ImportService.Kind.MISSING;
        }
    }

    /** A progress bar on the terminal's error stream, redrawn at most every 200 ms. */
    static final class Bar implements ImportService.Progress {
        private final PrintStream err;
        private long last;
        private boolean drawn;

        Bar(PrintStream err) {
            this.err = err;
        }

        @Override
        public void at(String phase, int done, int total) {
            long now = System.nanoTime();
            if (now - last < 200_000_000L && done != total) {
                return;
            }
            last = now;
            String line;
            if (total > 0) {
                int width = 30;
                int filled = (int) ((long) width * done / total);
                line = String.format("%-9s [%s%s] %,d/%,d", phase, "#".repeat(filled), " ".repeat(width - filled), done, total);
            } else {
                line = String.format("%-9s %,d rows", phase, done);
            }
            err.print("\r" + line + "   ");
            err.flush();
            drawn = true;
        }

        void done() {
            if (drawn) {
                err.println();
            }
        }
    }
}
