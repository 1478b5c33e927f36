package org.safeguard.core.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.app.CirculationService;
import org.safeguard.core.reports.ProfileFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard report profile}: reports for a safeguarding board, through the application's {@code ReportService}. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports for the safeguarding board, counted from the recorded casework.",
        subcommands = {ReportCommand.Profile.class})
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
        @Option(names = "--area", paramLabel = "ID", description = "The area (needed when several are enabled).") String area;
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "The period's first day (2025-01-01 or 01/01/2025).") String from;
        @Option(names = "--to", required = true, paramLabel = "DATE", description = "The period's last day, included.") String to;
        @Option(names = "--format", paramLabel = "text|html|pdf|json", description = "Default: text.") String format = "text";
        @Option(names = "--out", paramLabel = "FILE", description = "Write to a file (owner-only) instead of standard output; needed for pdf.") Path out;

        @Override
        public Integer call() throws IOException {
            Session s = parent.root.session();
            LocalDate first = Dates.parse("from", from);
            LocalDate last = Dates.parse("to", to);
            String f = format.strip().toLowerCase(Locale.ROOT);
            byte[] bytes;
            switch (f) {
                case "json" -> {
                    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
                    try (java.io.PrintStream p = new java.io.PrintStream(buffer, true, StandardCharsets.UTF_8)) {
                        Output.json(p, toJson(s.app().reports().profile(s.ctx(), area, first, last)));
                    }
                    bytes = buffer.toByteArray();
                }
                case "text", "html", "pdf" -> {
                    if (f.equals("pdf") && out == null) {
                        throw new SafeguardException("a PDF goes to a file: add --out FILE");
                    }
                    bytes = s.app().reports().renderProfile(s.ctx(), area, first, last,
                            CirculationService.Format.valueOf(f.toUpperCase(Locale.ROOT))).bytes();
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
