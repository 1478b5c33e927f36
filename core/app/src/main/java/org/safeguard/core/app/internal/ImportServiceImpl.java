package org.safeguard.core.app.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.app.ImportService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.sheets.SheetException;
import org.safeguard.core.sheets.SheetFormat;
import org.safeguard.core.sheets.SheetReader;
import org.safeguard.core.sheets.SheetRow;
import org.safeguard.core.sheets.SheetWriter;
import org.safeguard.core.sheets.Sheets;
import org.safeguard.core.store.ImportSources;
import org.safeguard.core.store.Tx;

/**
 * {@link ImportService} in two passes over the file. The first checks every row — its cells, then
 * in batches against what was imported before — and writes the bad rows aside if asked; the
 * second records the good rows, {@link #ROWS_PER_TRANSACTION} to a transaction, each with its
 * source id in the import ledger. Only the row numbers of the good rows are kept between the
 * passes, so memory does not grow with the file.
 */
final class ImportServiceImpl implements ImportService {
    private static final int CHECK_BATCH = 2000;
    private final Wiring w;

    ImportServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public List<Column> columns(RequestContext ctx, Kind kind, String areaId) {
        return rowsOf(kind, w.area(areaId)).columns();
    }

    private ImportRows rowsOf(Kind kind, AreaDescriptor area) {
        return switch (kind) {
            case REFERRALS -> new ImportRows.Referrals(w, area, new ReferralServiceImpl(w));
            case PERSONS -> new ImportRows.Persons(w, area);
            case MISSING -> new ImportRows.Missing(w, area);
        };
    }

    @Override
    public Result importFile(RequestContext ctx, Kind kind, String areaId, Path file, boolean dryRun, Path badRows, Progress progress) {
        AreaDescriptor area = w.area(areaId);
        ImportRows rows = rowsOf(kind, area);
        String name = String.valueOf(file.getFileName());
        Progress p = progress == null ? Progress.NONE : progress;
        List<RowProblem> problems = new ArrayList<>();
        BitSet good = new BitSet();
        int read = 0;
        int unchanged = 0;
        int refused = 0;
        SheetWriter bad = null;
        try (SheetReader reader = open(file)) {
            List<String> header = reader.header();
            problems.addAll(headerProblems(rows, header));
            if (!problems.isEmpty()) {
                return new Result(kind, area.id(), name, 0, 0, 0, 0, problems, dryRun, false, null);
            }
            if (badRows != null && !dryRun) {
                List<String> badHeader = new ArrayList<>(header);
                badHeader.add("problems");
                try {
                    bad = Sheets.create(badRows, SheetFormat.of(badRows), "Rows to correct", badHeader);
                } catch (SheetException e) {
                    throw new RefusedException("file-unwritable", "--skip-bad " + e.getMessage());
                }
            }
            Map<String, Integer> firstRow = new HashMap<>();
            List<SheetRow> batch = new ArrayList<>(CHECK_BATCH);
            while (true) {
                boolean more = reader.hasNext();
                if (more) {
                    batch.add(reader.next());
                    read++;
                }
                if (batch.size() == CHECK_BATCH || (!more && !batch.isEmpty())) {
                    int[] counts = check(ctx, rows, header, batch, firstRow, good, problems, bad);
                    unchanged += counts[0];
                    refused += counts[1];
                    batch.clear();
                    p.at("checking", read, more ? -1 : read);
                }
                if (!more) {
                    break;
                }
            }
            int added = good.cardinality();
            boolean record = !dryRun && (refused == 0 || bad != null) && added > 0;
            if (record) {
                recordAll(ctx, rows, file, header, good, p);
            }
            if (bad != null) {
                bad.commit();
            }
            int r = read;
            int u = unchanged;
            int f = refused;
            if (!dryRun) {
                w.inTransaction(ctx, tx -> {
                    tx.audit().record("import", kind.word(), null, "area=" + area.id() + " file=" + name + " rows=" + r
                            + " added=" + (record ? added : 0) + " unchanged=" + u + " refused=" + f);
                    return null;
                });
            }
            return new Result(kind, area.id(), name, read, added, unchanged, refused, problems, dryRun, record,
                    bad == null ? null : badRows.toAbsolutePath());
        } finally {
            if (bad != null) {
                bad.close();
            }
        }
    }

    /** Unknown columns (with the nearest known one) and required columns missing, as problems of row 1. */
    private static List<RowProblem> headerProblems(ImportRows rows, List<String> header) {
        List<RowProblem> out = new ArrayList<>();
        Set<String> known = rows.columns().stream().map(Column::name).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        for (String h : header) {
            if (!known.contains(h)) {
                String near = Suggestions.closest(h, known).orElse(null);
                out.add(new RowProblem(1, h, "is not a column of a " + rows.kind().word() + " import"
                        + (near == null ? "" : "; did you mean " + near + "?")));
            }
        }
        for (Column c : rows.columns()) {
            if (c.required() && !header.contains(c.name())) {
                out.add(new RowProblem(1, c.name(), "is missing: every " + rows.kind().word() + " import has this column"));
            }
        }
        return out;
    }

    /** Checks a batch; returns {unchanged, refused}. */
    private int[] check(RequestContext ctx, ImportRows rows, List<String> header, List<SheetRow> batch, Map<String, Integer> firstRow,
                        BitSet good, List<RowProblem> problems, SheetWriter bad) {
        List<ImportRows.Checked> checked = new ArrayList<>(batch.size());
        for (SheetRow row : batch) {
            checked.add(rows.check(ctx, cells(header, row), row.number()));
        }
        Set<String> sources = new HashSet<>();
        Set<String> children = new HashSet<>();
        for (ImportRows.Checked c : checked) {
            if (c.sourceId() != null) {
                sources.add(c.sourceId());
            }
            if (c.childSourceId() != null) {
                children.add(c.childSourceId());
            }
        }
        Map<String, ImportSources.Imported>[] before = w.read(ctx, tx -> lookUp(tx, rows, sources, children));
        int unchanged = 0;
        int refused = 0;
        for (int i = 0; i < batch.size(); i++) {
            SheetRow row = batch.get(i);
            ImportRows.Checked c = checked.get(i);
            List<RowProblem> mine = new ArrayList<>(c.problems());
            for (String extra : row.extra()) {
                mine.add(new RowProblem(row.number(), null, "has a value beyond the last named column ('" + shortened(extra) + "')"));
                break;
            }
            boolean wasImported = false;
            if (c.sourceId() != null) {
                Integer earlier = firstRow.putIfAbsent(c.sourceId(), row.number());
                ImportSources.Imported imported = before[0].get(c.sourceId());
                if (earlier != null) {
                    mine.add(new RowProblem(row.number(), "sourceId", "'" + c.sourceId() + "' is on row " + earlier + " too: each row needs an id of its own"));
                } else if (imported != null) {
                    if (imported.fingerprint().equals(c.fingerprint())) {
                        wasImported = true;
                    } else {
                        mine.add(new RowProblem(row.number(), "sourceId", "'" + c.sourceId() + "' was imported before ("
                                + rows.recordName(imported.recordId()) + ") and the row has changed since: an import never changes what"
                                + " it recorded; record the change on " + rows.recordName(imported.recordId()) + " instead"));
                    }
                }
            }
            if (c.childSourceId() != null && rows.childMustExist() && !before[1].containsKey(c.childSourceId())) {
                mine.add(new RowProblem(row.number(), "childSourceId", "'" + c.childSourceId() + "' is not a child imported into "
                        + rows.area().id() + ": import the referrals that name the child first"));
            }
            if (!mine.isEmpty()) {
                // in the order of the columns, as the person correcting the row reads it
                mine.sort(java.util.Comparator.comparingInt(m -> m.column() == null ? -1 : header.indexOf(m.column()) < 0
                        ? Integer.MAX_VALUE : header.indexOf(m.column())));
                refused++;
                problems.addAll(mine);
                if (bad != null) {
                    List<String> out = new ArrayList<>(row.cells());
                    out.add(mine.stream().map(m -> (m.column() == null ? "" : m.column() + ": ") + m.message()).collect(Collectors.joining("; ")));
                    bad.row(out);
                }
            } else if (wasImported) {
                unchanged++;
            } else {
                good.set(row.number());
            }
        }
        return new int[] {unchanged, refused};
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ImportSources.Imported>[] lookUp(Tx tx, ImportRows rows, Set<String> sources, Set<String> children) {
        return new Map[] {tx.importSources().find(rows.area().id(), rows.ledgerKind(), sources),
                rows.childMustExist() ? tx.importSources().find(rows.area().id(), "child", children) : Map.of()};
    }

    /** The second pass: the good rows, recorded in transactions of {@link #ROWS_PER_TRANSACTION}. */
    private void recordAll(RequestContext ctx, ImportRows rows, Path file, List<String> header, BitSet good, Progress p) {
        int total = good.cardinality();
        int done = 0;
        try (SheetReader reader = open(file)) {
            List<SheetRow> chunk = new ArrayList<>(ROWS_PER_TRANSACTION);
            while (true) {
                boolean more = reader.hasNext();
                if (more) {
                    SheetRow row = reader.next();
                    if (good.get(row.number())) {
                        chunk.add(row);
                    }
                }
                if (chunk.size() == ROWS_PER_TRANSACTION || (!more && !chunk.isEmpty())) {
                    List<SheetRow> these = List.copyOf(chunk);
                    w.inTransaction(ctx, tx -> {
                        for (SheetRow row : these) {
                            rows.record(ctx, tx, cells(header, row), row.number());
                        }
                        return null;
                    });
                    done += these.size();
                    chunk.clear();
                    p.at("importing", done, total);
                }
                if (!more) {
                    break;
                }
            }
        }
    }

    /** The file opened, or refused naming what is wrong with it. */
    private static SheetReader open(Path file) {
        try {
            return Sheets.open(file);
        } catch (SheetException e) {
            throw new RefusedException("file-unreadable", e.getMessage());
        }
    }

    private static Map<String, String> cells(List<String> header, SheetRow row) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            out.put(header.get(i), row.get(i).strip());
        }
        return out;
    }

    private static String shortened(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 30 ? one.substring(0, 30) + "…" : one;
    }

    /** A hash of a row's cells by column, so that a row re-imported unchanged is told from one changed. */
    static String fingerprint(Map<String, String> cells) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                d.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
                d.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                d.update((byte) 1);
            });
            return HexFormat.of().formatHex(d.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The problems of an exception as a row's. */
    static List<RowProblem> problems(int row, InvalidInputException e) {
        List<RowProblem> out = new ArrayList<>();
        for (Problem p : e.problems()) {
            out.add(new RowProblem(row, p.subject(), p.message() + (p.suggestion() == null ? "" : "; did you mean " + p.suggestion() + "?")));
        }
        return out;
    }
}
