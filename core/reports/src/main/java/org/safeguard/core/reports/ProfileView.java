package org.safeguard.core.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The view model of the {@code profile} templates: the report's heading, its tables (each a
 * title, columns and rows of formatted strings) and, for HTML and PDF, its charts as images.
 * View records only: templates see strings and lists, nothing live.
 */
public final class ProfileView {
    /** A column: its label, and whether it holds figures (right-aligned). */
    public record Column(String label, boolean numeric) {
    }

    /** A table of the report. */
    public record Table(String title, List<Column> columns, List<List<String>> rows) {
    }

    /** A chart: its title, the image as a data URI, and a sentence saying what it shows. */
    public record Chart(String title, String image, String description) {
    }

    public record Heading(String title, String source, String period, String generatedOn, List<String> notes) {
    }

    public record Area(String name, String marking, String confidentialityNotice) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    static final Map<String, String> OUTCOMES = labels("none", "No social care outcome needed", "s17", "Section 17 (child in need)",
            "s47", "Section 47 (enquiry: child at risk)", "s20", "Section 20 (accommodation provided)", "s31", "Section 31 (care order)");
    static final Map<String, String> CONTACTS = labels("online", "Online", "on-street", "On street", "third-party",
            "Introduction through a third party", "relationship", "Relationship ('boyfriend' model)", "position-of-trust",
            "Offender in a position of trust", "other", "Other", "unrecorded", "Not recorded");

    private ProfileView() {
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /**
     * The view of a profile.
     *
     * @param marking     the protective marking printed on every page
     * @param generatedOn when it was made, as the reader reads it
     * @param withCharts  whether to draw the charts (HTML and PDF; text has the tables only)
     */
    public static Map<String, Object> of(ProfileFigures f, String areaName, String marking, String generatedOn, boolean withCharts) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("area", new Area(areaName, marking, null));
        view.put("report", new Heading(f.title(), f.source(), period(f.from(), f.to()), generatedOn, f.notes()));
        List<Table> tables = new ArrayList<>();
        int n = f.victimReferrals();
        tables.add(new Table("Victim referrals", List.of(new Column("Measure", false), new Column("Referrals", true),
                new Column("Share", true)), List.of(
                row("Victim referrals", n, null),
                row("Children referred", f.children(), null),
                row("Children referred more than once", f.childrenReferredMoreThanOnce(), null),
                row("Referrals of children referred more than once", null, f.repeatReferralShare()),
                row("Female", null, f.femaleShare()),
                row("White", null, f.whiteShare()),
                row("In contact with CAMHS", null, f.camhsShare()),
                row("Missing on more than one occasion before referral", null, f.missingMoreThanOnceShare()),
                row("Repeat missing (three or more times) before referral", null, f.repeatMissingShare()),
                row("Children in care", null, f.inCareShare()))));
        List<List<String>> outcomes = new ArrayList<>();
        OUTCOMES.forEach((code, label) -> outcomes.add(row(label, f.socialCareOutcomes().getOrDefault(code, 0), Profiles.share(
                f.socialCareOutcomes().getOrDefault(code, 0), n))));
        outcomes.add(row("Not recorded", f.socialCareOutcomeUnrecorded(), Profiles.share(f.socialCareOutcomeUnrecorded(), n)));
        tables.add(new Table("Social care outcomes", List.of(new Column("Outcome", false), new Column("Referrals", true),
                new Column("Share", true)), outcomes));
        List<List<String>> offenders = new ArrayList<>();
        offenders.add(row("Offender and suspect referrals", f.offenderReferrals(), null));
        offenders.add(row("Female offenders and suspects", null, f.femaleOffenderShare()));
        f.offenderEthnicity().forEach((code, count) -> offenders.add(row("Ethnicity: " + ethnicity(f, code), count,
                Profiles.share(count, f.offenderReferrals()))));
        tables.add(new Table("Offenders and suspects", List.of(new Column("Measure", false), new Column("Referrals", true),
                new Column("Share", true)), offenders));
        List<List<String>> contacts = new ArrayList<>();
        f.initialContact().forEach((code, count) -> contacts.add(row(CONTACTS.getOrDefault(code, code), count, Profiles.share(count, n))));
        tables.add(new Table("Methods of initial contact", List.of(new Column("Method", false), new Column("Referrals", true),
                new Column("Share", true)), contacts));
        List<List<String>> months = new ArrayList<>();
        f.referralsByMonth().forEach((m, count) -> months.add(List.of(YearMonth.parse(m).format(MONTH), String.format(Locale.UK, "%,d", count))));
        tables.add(new Table("Victim referrals by month", List.of(new Column("Month", false), new Column("Referrals", true)), months));
        view.put("tables", tables);
        List<Chart> charts = new ArrayList<>();
        if (withCharts) {
            Map<String, Integer> byMonth = new LinkedHashMap<>();
            f.referralsByMonth().forEach((m, count) -> byMonth.put(YearMonth.parse(m).format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK)), count));
            charts.add(new Chart("Victim referrals by month", Charts.dataUri(Charts.bars("Victim referrals by month", "Month", "Referrals",
                    byMonth)), "Victim referrals received in each month of the period; the figures are in the table above."));
            Map<String, Integer> sco = new LinkedHashMap<>();
            for (String code : List.of("s47", "s17", "s20", "s31", "none")) {
                sco.put(switch (code) { case "none" -> "None needed"; default -> "Section " + code.substring(1); },
                        f.socialCareOutcomes().getOrDefault(code, 0));
            }
            charts.add(new Chart("Social care outcomes", Charts.dataUri(Charts.bars("Social care outcomes", "Outcome", "Referrals", sco)),
                    "Victim referrals by social care outcome."));
            Map<String, Integer> ic = new LinkedHashMap<>();
            f.initialContact().forEach((code, count) -> ic.put(switch (code) {
                case "third-party" -> "Third party";
                case "position-of-trust" -> "Position of trust";
                case "unrecorded" -> "Not recorded";
                default -> CONTACTS.getOrDefault(code, code).replace(" ('boyfriend' model)", "");
            }, count));
            charts.add(new Chart("Methods of initial contact", Charts.dataUri(Charts.bars("Methods of initial contact", "Method",
                    "Referrals", ic)), "Victim referrals by how the child was first contacted."));
        }
        view.put("charts", charts);
        return view;
    }

    private static String ethnicity(ProfileFigures f, String code) {
        if ("unrecorded".equals(code)) {
            return "not recorded";
        }
        String label = f.ethnicityLabels().get(code);
        return label == null ? code : label + " (" + code + ")";
    }

    /** 1 January 2025 to 30 June 2025. */
    static String period(LocalDate from, LocalDate to) {
        return from.format(DAY) + " to " + to.format(DAY);
    }

    private static List<String> row(String label, Integer count, Double share) {
        return List.of(label, count == null ? "" : String.format(Locale.UK, "%,d", count), share == null ? "" : percent(share));
    }

    /** 0.123 as 12.3%. */
    static String percent(Double share) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(share * 100) + "%";
    }
}
