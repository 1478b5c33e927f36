package org.safeguard.core.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.app.CirculationService;
import org.safeguard.core.reports.ProfileFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard report profile|activity|panel}: reports for a safeguarding board, through the application's {@code ReportService}. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports for the safeguarding board, counted from the recorded casework.",
        subcommands = {ReportCommand.Profile.class, ReportCommand.Activity.class, ReportCommand.Panel.class})
final class ReportCommand extends GroupCommand {

    /** The profile's figures as JSON: the measures by the names the briefing note's table gives them. */
    static Map<String, Object> toJson(ProfileFigures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("area", f.area());
        m.put("report", f.report());
        m.put("title", f.title());
        m.put("from", f.from().toString());
        m.put("to", f.to().toString());
        m.put("victimReferrals", f.victimReferrals());
        m.put("socialCareOutcomes", new LinkedHashMap<>(f.socialCareOutcomes()));
        m.put("socialCareOutcomeUnrecorded", f.socialCareOutcomeUnrecorded());
        m.put("camhsShare", f.camhsShare());
        m.put("repeatMissingShare", f.repeatMissingShare());
        m.put("missingMoreThanOnceShare", f.missingMoreThanOnceShare());
        m.put("inCareShare", f.inCareShare());
        m.put("children", f.children());
        m.put("childrenReferredMoreThanOnce", f.childrenReferredMoreThanOnce());
        m.put("repeatReferralShare", f.repeatReferralShare());
        m.put("femaleShare", f.femaleShare());
        m.put("whiteShare", f.whiteShare());
        m.put("offenderReferrals", f.offenderReferrals());
        m.put("femaleOffenderShare", f.femaleOffenderShare());
        m.put("offenderEthnicity", f.offenderEthnicity());
        m.put("initialContact", f.initialContact());
        m.put("referralsByMonth", f.referralsByMonth());
        return m;
    }

    @Command(name = "profile", mixinStandardHelpOptions = true,
            description = {"An area's problem profile for a period: victim and offender referrals, social care outcomes, CAMHS contact,"
                    + " going missing, children in care, repeat referrals, gender and ethnicity, methods of initial contact.",
                    "Counts and shares only: no child, person or case is named. HTML and PDF carry charts."})
    static final class Profile implements Callable<Integer> {
        @ParentCommand ReportCommand parent;
        @Mixin Period p;

        @Override
        public Integer call() throws IOException {
            Session s = parent.root.session();
            LocalDate first = p.first();
            LocalDate last = p.last();
            return p.write(s, () -> toJson(s.app().reports().profile(s.ctx(), p.area, first, last)),
                    f -> s.app().reports().renderProfile(s.ctx(), p.area, first, last, f).bytes());
        }
    }

    @Command(name = "activity", mixinStandardHelpOptions = true,
            description = {"Any area's activity for a period: referrals and cases month by month, open cases by band and by each"
                    + " classification at each month's end, outcomes achieved, the deadlines overdue today and the actions tracker.",
                    "Cases by reference only; an action agreed in a confidential part is not described. HTML and PDF carry charts."})
    static final class Activity implements Callable<Integer> {
        @ParentCommand ReportCommand parent;
        @Mixin Period p;

        @Override
        public Integer call() throws IOException {
            Session s = parent.root.session();
            LocalDate first = p.first();
            LocalDate last = p.last();
            return p.write(s, () -> ReportJson.activity(s.app().reports().activity(s.ctx(), p.area, first, last)),
                    f -> s.app().reports().renderActivity(s.ctx(), p.area, first, last, f).bytes());
        }
    }

    @Command(name = "panel", mixinStandardHelpOptions = true,
            description = {"The panel report an area declares, for a period (a multi-agency panel's report to its safeguarding board):"
                    + " the panel's meetings held, the themes of the cases discussed, trends month by month, the activity by strand and"
                    + " the activity planned.",
                    "Cases by reference only; an action agreed in a confidential part is not described. HTML and PDF carry charts."})
    static final class Panel implements Callable<Integer> {
        @ParentCommand ReportCommand parent;
        @Mixin Period p;
        @Option(names = "--report", paramLabel = "REPORT", description = "The area's panel report (needed when it has several).") String report;
        @Option(names = "--narrative", paramLabel = "FILE", description = "A text file (UTF-8) with the coordinator's narrative for the"
                + " board, printed first; blank lines separate paragraphs.") Path narrative;

        @Override
        public Integer call() throws IOException {
            Session s = parent.root.session();
            LocalDate first = p.first();
            LocalDate last = p.last();
            String text = narrative == null ? null : TextFiles.read(narrative);
            return p.write(s, () -> ReportJson.panel(s.app().reports().panel(s.ctx(), p.area, report, first, last, text)),
                    f -> s.app().reports().renderPanel(s.ctx(), p.area, report, first, last, text, f).bytes());
        }
    }

    /** The options every report takes: the area, the period, the format and where to write it. */
    static final class Period {
        @Option(names = "--area", paramLabel = "ID", description = "The area (needed when several are enabled).") String area;
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "The period's first day (2025-01-01 or 01/01/2025).") String from;
        @Option(names = "--to", required = true, paramLabel = "DATE", description = "The period's last day, included.") String to;
        @Option(names = "--format", paramLabel = "text|html|pdf|json", description = "Default: text.") String format = "text";
        @Option(names = "--out", paramLabel = "FILE", description = "Write to a file (owner-only) instead of standard output; needed for pdf.") Path out;

        LocalDate first() {
            return Dates.parse("from", from);
        }

        LocalDate last() {
            return Dates.parse("to", to);
        }

        /** Writes a report in the format asked for, to the file (owner-only, moved into place whole) or to standard output. */
        int write(Session s, Supplier<Object> json, Function<CirculationService.Format, byte[]> render) throws IOException {
            String f = format.strip().toLowerCase(Locale.ROOT);
            byte[] bytes;
            switch (f) {
                case "json" -> {
                    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
                    try (java.io.PrintStream p = new java.io.PrintStream(buffer, true, StandardCharsets.UTF_8)) {
                        Output.json(p, json.get());
                    }
                    bytes = buffer.toByteArray();
                }
                case "text", "html", "pdf" -> {
                    if (f.equals("pdf") && out == null) {
                        throw new SafeguardException("a PDF goes to a file: add --out FILE");
                    }
                    bytes = render.apply(CirculationService.Format.valueOf(f.toUpperCase(Locale.ROOT)));
                }
                default -> throw new SafeguardException("--format '" + Output.line(format) + "' is not text, html, pdf or json");
            }
            if (out == null) {
                s.out.print(new String(bytes, StandardCharsets.UTF_8));
                s.out.flush();
                return 0;
            }
            RenderOptions.writeAtomically(out, bytes);
            s.out.println("Wrote " + out + " (" + bytes.length + " bytes).");
            return 0;
        }
    }
}
