package org.safeguard.core.app.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.app.ExportService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.sheets.SheetException;
import org.safeguard.core.sheets.SheetFormat;
import org.safeguard.core.sheets.SheetWriter;
import org.safeguard.core.sheets.Sheets;
import org.safeguard.core.store.DisclosedParts;
import org.safeguard.core.store.Disclosure;
import org.safeguard.core.store.DisclosureOutcome;
import org.safeguard.core.store.Exports;
import org.safeguard.core.store.NewDisclosure;

/**
 * {@link ExportService}: the rows are read from one snapshot into a file staged beside the target
 * (owner-only, by core/sheets); then, in one transaction, the export is recorded, audited and
 * entered in the disclosure log; only then is the file moved into place. A failure anywhere
 * before the move leaves no file and, the transaction rolled back, no record; the log can name a
 * file whose move then failed, never miss one that exists.
 */
final class ExportServiceImpl implements ExportService {
    private final Wiring w;

    ExportServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public Exported export(RequestContext ctx, Request request) {
        String kind = word(request.kind());
        String format = word(request.format());
        List<Problem> problems = new ArrayList<>();
        if (!KINDS.contains(kind)) {
            problems.add(new Problem("kind", "'" + request.kind() + "' is not one of " + String.join(", ", KINDS),
                    Suggestions.closest(kind, KINDS).orElse(null)));
        }
        if (!FORMATS.contains(format)) {
            problems.add(new Problem("format", "'" + request.format() + "' is not csv or xlsx", null));
        }
        if (request.area() == null || request.area().isBlank()) {
            problems.add(Problem.of("area", "name the area whose records to export"));
        }
        Path out = request.out() == null ? null : request.out().toAbsolutePath().normalize();
        if (out == null) {
            problems.add(Problem.of("out", "name the file to write"));
        } else if (Files.isDirectory(out)) {
            problems.add(Problem.of("out", out + " is a folder: name a file in it"));
        } else if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            problems.add(Problem.of("out", "the folder " + out.getParent() + " does not exist"));
        } else if (FORMATS.contains(format) && otherExtension(out, format)) {
            problems.add(Problem.of("out", out.getFileName() + " names a file of another format: end it in ." + format));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("export refused", problems);
        }
        AreaDescriptor area = w.area(request.area().strip());
        Optional<FormDefinition> form = kind.equals("referrals") && area.referralForm().isPresent()
                ? Optional.of(ReferralServiceImpl.form(w.container(), area)) : Optional.empty();
        ExportTables.Table table = ExportTables.of(kind, area, request.withNames(), form);
        String agency = orDefault(request.agency(), area.name() + " panel");
        String basis = orDefault(request.basis(), "the panel's own casework records, exported by " + ctx.actor());
        SheetFormat sheetFormat = SheetFormat.named(format);
        try (SheetWriter writer = Sheets.create(out, sheetFormat, kind, table.header())) {
            Set<Long> children = new TreeSet<>();
            w.read(ctx, tx -> {
                table.write(tx, new ExportTables.Sink() {
                    @Override
                    public void row(List<String> cells) {
                        writer.row(cells);
                    }

                    @Override
                    public void concerns(long childId) {
                        children.add(childId);
                    }
                });
                return null;
            });
            long[] ids = w.inTransaction(ctx, tx -> {
                Exports.Entry e = tx.exports().record(area.id(), kind, format, request.withNames(), writer.rows(),
                        String.valueOf(out.getFileName()));
                Disclosure d = tx.disclosures().add(new NewDisclosure(e.document(), DisclosedParts.OPEN_AND_CONFIDENTIAL, ctx.actor(),
                                ctx.actor(), agency, basis).concerning(children), null, DisclosureOutcome.SENT,
                        "exported " + kind + " of " + area.id() + " as " + format + " to " + out.getFileName() + " (" + writer.rows() + " rows"
                                + (request.withNames() ? ", with children's names" : "") + ")");
                return new long[] {e.id(), d.id()};
            });
            writer.commit();
            return new Exported(kind, area.id(), format, out, writer.rows(), children.size(), ids[0], ids[1], agency, basis);
        } catch (SheetException e) {
            throw InvalidInputException.of("export refused", Problem.of("out", e.getMessage()));
        }
    }

    private static String word(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String orDefault(String given, String fallback) {
        return given == null ? fallback : given;
    }

    /** Whether the file's name ends in the other format's extension (a name with neither is taken as it is). */
    private static boolean otherExtension(Path out, String format) {
        String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
        return FORMATS.stream().filter(f -> !f.equals(format)).anyMatch(f -> name.endsWith("." + f));
    }
}
