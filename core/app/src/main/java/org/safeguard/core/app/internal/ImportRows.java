package org.safeguard.core.app.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.CoreField;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FieldType;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.app.ImportService.Column;
import org.safeguard.core.app.ImportService.Kind;
import org.safeguard.core.app.ImportService.RowProblem;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.MissingEpisode;
import org.safeguard.core.model.PersonOfConcern;
import org.safeguard.core.model.ReferralFacts;
import org.safeguard.core.store.ImportSources;
import org.safeguard.core.store.NewChild;
import org.safeguard.core.store.Tx;

/**
 * What each kind of import reads from a row and records from it. {@link #check} needs no
 * transaction and is run on every row first; {@link #record} runs for the good rows in the
 * second pass, in the import's transaction.
 */
abstract sealed class ImportRows {
    /** A row checked: its ids, the fingerprint of its cells, and its problems (none when it can be recorded). */
    record Checked(String sourceId, String childSourceId, String fingerprint, List<RowProblem> problems) {
    }

    static final Column SOURCE_ID = new Column("sourceId", true, "the row's id in the tracker; importing the same row again changes nothing");
    static final Column CHILD_SOURCE_ID = new Column("childSourceId", true, "the child's id in the tracker: rows with the same value are the same child");
    private static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);

    protected final Wiring w;
    protected final AreaDescriptor area;

    ImportRows(Wiring w, AreaDescriptor area) {
        this.w = w;
        this.area = area;
    }

    AreaDescriptor area() {
        return area;
    }

    abstract Kind kind();

    /** The ledger's word for the records this import makes. */
    abstract String ledgerKind();

    abstract List<Column> columns();

    /** Whether a row's childSourceId must name a child imported before (true but for referrals, which bring their children). */
    abstract boolean childMustExist();

    /** How a record this import made is named to the person importing (R00012). */
    abstract String recordName(long id);

    abstract Checked check(RequestContext ctx, Map<String, String> cells, int row);

    abstract void record(RequestContext ctx, Tx tx, Map<String, String> cells, int row);

    // ---------------------------------------------------------------------------------------------

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A day written as 2025-03-14 or 14/03/2025 (as UK spreadsheets do), as ISO; anything else unchanged for the validator to name. */
    static String isoDay(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s, UK_DAY).toString();
        } catch (DateTimeParseException e) {
            return s.length() > 10 && s.charAt(10) == 'T' && s.matches("\\d{4}-\\d{2}-\\d{2}T00:00(:00)?") ? s.substring(0, 10) : s;
        }
    }

    /** A day, or a problem saying how to write one. */
    static LocalDate day(String column, String s, int row, List<RowProblem> problems) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(isoDay(s));
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(row, column, "'" + s + "' is not a date: write 2025-03-14 or 14/03/2025"));
            return null;
        }
    }

    /**
     * A moment written as an ISO instant, a local date and time (2025-03-14T21:30, 2025-03-14 21:30,
     * 14/03/2025 21:30, in Europe/London) or a day alone (its start); or a problem.
     */
    static Instant moment(String column, String s, int row, List<RowProblem> problems) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with an offset
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).atZone(RequestContext.ZONE).toInstant();
        } catch (DateTimeParseException ignored) {
            // not ISO local
        }
        try {
            return LocalDateTime.parse(t, UK_TIME).atZone(RequestContext.ZONE).toInstant();
        } catch (DateTimeParseException ignored) {
            // not a UK date and time
        }
        LocalDate d = day(column, t, row, new ArrayList<>());
        if (d != null) {
            return d.atStartOfDay(RequestContext.ZONE).toInstant();
        }
        problems.add(new RowProblem(row, column, "'" + s + "' is not a date and time: write 2025-03-14T21:30 or 14/03/2025 21:30"));
        return null;
    }

    static void notFuture(RequestContext ctx, String column, LocalDate d, int row, List<RowProblem> problems) {
        if (d != null && d.isAfter(ctx.today())) {
            problems.add(new RowProblem(row, column, d + " is in the future"));
        }
    }

    static void notFuture(RequestContext ctx, String column, Instant t, int row, List<RowProblem> problems) {
        if (t != null && t.isAfter(ctx.now())) {
            problems.add(new RowProblem(row, column, LocalDateTime.ofInstant(t, RequestContext.ZONE) + " is in the future"));
        }
    }

    static String gender(String s, int row, List<RowProblem> problems) {
        List<org.safeguard.core.api.Problem> found = new ArrayList<>();
        String g = Inputs.gender("gender", s, found);
        found.forEach(p -> problems.add(new RowProblem(row, "gender", p.message() + (p.suggestion() == null ? "" : "; did you mean " + p.suggestion() + "?"))));
        return g;
    }

    static void required(Map<String, String> cells, String column, int row, List<RowProblem> problems) {
        if (blankToNull(cells.get(column)) == null) {
            problems.add(new RowProblem(row, column, "is empty"));
        }
    }

    /** The area's ethnicity list: the one its referral form's ethnicity field uses. */
    static Optional<CodeList> ethnicityList(Wiring w, AreaDescriptor area) {
        return area.referralForm().flatMap(w.container().forms()::find).flatMap(f -> f.boundTo(CoreField.ETHNICITY))
                .map(FieldDefinition::codeListId).flatMap(id -> w.container().codeLists().find(id));
    }

    static Long childOf(Tx tx, String area, String childSourceId, Map<String, Long> known) {
        Long id = known.get(childSourceId);
        if (id == null) {
            ImportSources.Imported i = tx.importSources().find(area, "child", List.of(childSourceId)).get(childSourceId);
            if (i != null) {
                id = i.recordId();
                known.put(childSourceId, id);
            }
        }
        return id;
    }

    // ---------------------------------------------------------------------------------------------

    /** Referrals on the area's form, each opening a case for its child or joining the child's open one. */
    static final class Referrals extends ImportRows {
        private static final Column GENDER = new Column("gender", false, "the child's gender (female, male, …)");
        private static final Column OUTCOME = new Column("socialCareOutcome", false,
                "the social care outcome: none, s17, s47, s20 or s31 (section of the Children Act 1989)");
        private static final Column CAMHS = new Column("camhsContact", false, "whether the child had been in contact with CAMHS: yes or no");
        private static final Column MISSING = new Column("missingEpisodes", false, "how many times the child had been missing before the referral");
        private static final Column CONTACT = new Column("initialContact", false,
                "how the child was first contacted: " + String.join(", ", ReferralFacts.INITIAL_CONTACTS));
        private final ReferralServiceImpl referrals;
        private final FormDefinition form;
        private final Map<String, Long> children = new HashMap<>();

        Referrals(Wiring w, AreaDescriptor area, ReferralServiceImpl referrals) {
            super(w, area);
            this.referrals = referrals;
            this.form = ReferralServiceImpl.form(w.container(), area);
        }

        @Override
        Kind kind() {
            return Kind.REFERRALS;
        }

        @Override
        String ledgerKind() {
            return "referral";
        }

        @Override
        boolean childMustExist() {
            return false;
        }

        @Override
        String recordName(long id) {
            return ReferralReading.reference(id);
        }

        @Override
        List<Column> columns() {
            List<Column> out = new ArrayList<>(List.of(SOURCE_ID, CHILD_SOURCE_ID));
            for (FieldDefinition f : form.fields()) {
                if (f.type() != FieldType.GROUP) {
                    out.add(new Column(f.id(), f.required(), f.label() + describe(f)));
                }
            }
            if (form.boundTo(CoreField.GENDER).isEmpty()) {
                out.add(GENDER);
            }
            out.addAll(List.of(OUTCOME, CAMHS, MISSING, CONTACT));
            return out;
        }

        private static String describe(FieldDefinition f) {
            return switch (f.type()) {
                case DATE -> " (a date: 2025-03-14 or 14/03/2025)";
                case YES_NO -> " (yes or no)";
                case CODE -> " (a code of " + f.codeListId() + ")";
                case CODES -> " (codes of " + f.codeListId() + ", separated by commas)";
                default -> "";
            };
        }

        private record Row(Map<String, Object> answers, String gender, ReferralFacts facts, List<RowProblem> problems) {
        }

        private Row read(Map<String, String> cells, int row) {
            List<RowProblem> problems = new ArrayList<>();
            Map<String, Object> answers = new LinkedHashMap<>();
            for (FieldDefinition f : form.fields()) {
                String v = blankToNull(cells.get(f.id()));
                if (v != null && f.type() != FieldType.GROUP) {
                    answers.put(f.id(), f.type() == FieldType.DATE ? isoDay(v) : v);
                }
            }
            String gender = form.boundTo(CoreField.GENDER).isPresent() ? null : gender(blankToNull(cells.get("gender")), row, problems);
            String outcome = blankToNull(cells.get("socialCareOutcome"));
            if (outcome != null) {
                String o = outcome.toLowerCase(Locale.ROOT).replaceAll("^(section|s\\.?)\\s*", "s").replace("snone", "none");
                if (!ReferralFacts.SOCIAL_CARE_OUTCOMES.contains(o)) {
                    problems.add(new RowProblem(row, "socialCareOutcome", "'" + outcome + "' is not a social care outcome ("
                            + String.join(", ", ReferralFacts.SOCIAL_CARE_OUTCOMES) + ")"
                            + Suggestions.closest(o, ReferralFacts.SOCIAL_CARE_OUTCOMES).map(s -> "; did you mean " + s + "?").orElse("")));
                }
                outcome = o;
            }
            Boolean camhs = null;
            String c = blankToNull(cells.get("camhsContact"));
            if (c != null) {
                switch (c.toLowerCase(Locale.ROOT)) {
                    case "yes", "y", "true" -> camhs = true;
                    case "no", "n", "false" -> camhs = false;
                    default -> problems.add(new RowProblem(row, "camhsContact", "'" + c + "' is not yes or no"));
                }
            }
            Integer missing = null;
            String m = blankToNull(cells.get("missingEpisodes"));
            if (m != null) {
                try {
                    missing = Integer.valueOf(m);
                    if (missing < 0 || missing > 9999) {
                        problems.add(new RowProblem(row, "missingEpisodes", "'" + m + "' is not a number of times missing (0 or more)"));
                    }
                } catch (NumberFormatException e) {
                    problems.add(new RowProblem(row, "missingEpisodes", "'" + m + "' is not a whole number"));
                }
            }
            String contact = blankToNull(cells.get("initialContact"));
            if (contact != null) {
                String k = contact.toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
                if (!ReferralFacts.INITIAL_CONTACTS.contains(k)) {
                    problems.add(new RowProblem(row, "initialContact", "'" + contact + "' is not a method of initial contact ("
                            + String.join(", ", ReferralFacts.INITIAL_CONTACTS) + ")"
                            + Suggestions.closest(k, ReferralFacts.INITIAL_CONTACTS).map(s -> "; did you mean " + s + "?").orElse("")));
                }
                contact = k;
            }
            return new Row(answers, gender, new ReferralFacts(outcome, camhs, missing, contact), problems);
        }

        @Override
        Checked check(RequestContext ctx, Map<String, String> cells, int row) {
            Row r = read(cells, row);
            List<RowProblem> problems = new ArrayList<>(r.problems());
            required(cells, "sourceId", row, problems);
            required(cells, "childSourceId", row, problems);
            try {
                referrals.prepare(ctx, area, form, ReferralServiceImpl.safe(form, r.answers()), true, false);
            } catch (InvalidInputException e) {
                problems.addAll(ImportServiceImpl.problems(row, e));
            }
            return new Checked(blankToNull(cells.get("sourceId")), blankToNull(cells.get("childSourceId")),
                    ImportServiceImpl.fingerprint(cells), problems);
        }

        @Override
        void record(RequestContext ctx, Tx tx, Map<String, String> cells, int row) {
            Row r = read(cells, row);
            String sourceId = blankToNull(cells.get("sourceId"));
            String childSource = blankToNull(cells.get("childSourceId"));
            Long childId = childOf(tx, area.id(), childSource, children);
            Child known = childId == null ? null : tx.children().require(childId);
            ReferralServiceImpl.Prepared p = referrals.prepare(ctx, area, form, ReferralServiceImpl.safe(form, r.answers()), known == null, false);
            if (known == null && r.gender() != null) {
                NewChild c = p.child();
                p = new ReferralServiceImpl.Prepared(p.referral(), new NewChild(c.familyName(), c.givenName(), c.middleNames(),
                        c.alternativeNames(), c.dateOfBirth(), r.gender(), c.ethnicity(), c.address(), c.lookedAfterStatus(),
                        c.legalStatus(), c.disability(), c.educationStatus(), c.school(), c.allocatedWorker(), c.homeArea(), c.hostArea()));
            }
            ReferralServiceImpl.Outcome o = ReferralServiceImpl.record(tx, area, p, known);
            if (known == null) {
                tx.importSources().add(area.id(), "child", childSource, o.child().id(), "-");
                children.put(childSource, o.child().id());
            }
            if (r.facts().any()) {
                tx.referrals().recordFacts(o.referral().id(), r.facts());
            }
            tx.importSources().add(area.id(), "referral", sourceId, o.referral().id(), ImportServiceImpl.fingerprint(cells));
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Persons of concern, each an offender referral of the area on the day it was referred. */
    static final class Persons extends ImportRows {
        private final Optional<CodeList> ethnicity;
        private final Map<String, Long> children = new HashMap<>();

        Persons(Wiring w, AreaDescriptor area) {
            super(w, area);
            this.ethnicity = ethnicityList(w, area);
        }

        @Override
        Kind kind() {
            return Kind.PERSONS;
        }

        @Override
        String ledgerKind() {
            return "person";
        }

        @Override
        boolean childMustExist() {
            return true;
        }

        @Override
        String recordName(long id) {
            return String.format("P%05d", id);
        }

        @Override
        List<Column> columns() {
            return List.of(SOURCE_ID, new Column("name", true, "the person's name, or how they are known"),
                    new Column("gender", false, "their gender (female, male, …)"),
                    new Column("ethnicity", false, ethnicity.map(l -> "a code of " + l.id()).orElse("their ethnicity")),
                    new Column("dateOfBirth", false, "a date: 2025-03-14 or 14/03/2025"),
                    new Column("referred", false, "when they were referred to the panel as an offender or suspect (a date)"),
                    new Column("childSourceId", false, "a child imported with the referrals whom the person is linked to"));
        }

        private record Row(String name, String gender, String ethnicity, LocalDate born, LocalDate referred, List<RowProblem> problems) {
        }

        private Row read(RequestContext ctx, Map<String, String> cells, int row) {
            List<RowProblem> problems = new ArrayList<>();
            required(cells, "sourceId", row, problems);
            required(cells, "name", row, problems);
            String name = blankToNull(cells.get("name"));
            if (name != null) {
                org.safeguard.core.api.Problem p = Inputs.lineProblem("name", name);
                if (p != null) {
                    problems.add(new RowProblem(row, "name", p.message()));
                }
            }
            String gender = gender(blankToNull(cells.get("gender")), row, problems);
            String e = blankToNull(cells.get("ethnicity"));
            String code = e;
            if (e != null && ethnicity.isPresent()) {
                code = ethnicity.get().find(e).map(org.safeguard.core.api.codes.Code::code).orElse(null);
                if (code == null) {
                    problems.add(new RowProblem(row, "ethnicity", "'" + e + "' is not in " + ethnicity.get().title() + " ("
                            + String.join(", ", ethnicity.get().codeValues()) + ")"
                            + Suggestions.closest(e, ethnicity.get().codeValues()).map(s -> "; did you mean " + s + "?").orElse("")));
                }
            }
            LocalDate born = day("dateOfBirth", blankToNull(cells.get("dateOfBirth")), row, problems);
            notFuture(ctx, "dateOfBirth", born, row, problems);
            LocalDate referred = day("referred", blankToNull(cells.get("referred")), row, problems);
            notFuture(ctx, "referred", referred, row, problems);
            return new Row(name, gender, code, born, referred, problems);
        }

        @Override
        Checked check(RequestContext ctx, Map<String, String> cells, int row) {
            return new Checked(blankToNull(cells.get("sourceId")), blankToNull(cells.get("childSourceId")),
                    ImportServiceImpl.fingerprint(cells), read(ctx, cells, row).problems());
        }

        @Override
        void record(RequestContext ctx, Tx tx, Map<String, String> cells, int row) {
            Row r = read(ctx, cells, row);
            PersonOfConcern p = tx.personsOfConcern().add(r.name(), List.of(), r.born(), r.gender(), null, null, r.ethnicity(),
                    r.referred(), area.id());
            String child = blankToNull(cells.get("childSourceId"));
            if (child != null) {
                tx.personsOfConcern().linkChild(p.id(), childOf(tx, area.id(), child, children), null);
            }
            tx.importSources().add(area.id(), "person", blankToNull(cells.get("sourceId")), p.id(), ImportServiceImpl.fingerprint(cells));
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Missing episodes of children imported with the referrals. */
    static final class Missing extends ImportRows {
        private final Map<String, Long> children = new HashMap<>();

        Missing(Wiring w, AreaDescriptor area) {
            super(w, area);
        }

        @Override
        Kind kind() {
            return Kind.MISSING;
        }

        @Override
        String ledgerKind() {
            return "missing";
        }

        @Override
        boolean childMustExist() {
            return true;
        }

        @Override
        String recordName(long id) {
            return "missing episode " + id;
        }

        @Override
        List<Column> columns() {
            return List.of(SOURCE_ID, new Column("childSourceId", true, "the child, as the referrals import named them"),
                    new Column("started", true, "when the child went missing: 2025-03-14T21:30, 14/03/2025 21:30 or a date"),
                    new Column("returned", false, "when the child returned, written the same way; empty while missing"),
                    new Column("whereFound", false, "where the child was found"),
                    new Column("returnInterviewHeld", false, "when the return interview was held, written the same way"));
        }

        private record Row(Instant started, Instant returned, String whereFound, Instant held, List<RowProblem> problems) {
        }

        private Row read(RequestContext ctx, Map<String, String> cells, int row) {
            List<RowProblem> problems = new ArrayList<>();
            required(cells, "sourceId", row, problems);
            required(cells, "childSourceId", row, problems);
            required(cells, "started", row, problems);
            Instant started = moment("started", blankToNull(cells.get("started")), row, problems);
            Instant returned = moment("returned", blankToNull(cells.get("returned")), row, problems);
            Instant held = moment("returnInterviewHeld", blankToNull(cells.get("returnInterviewHeld")), row, problems);
            notFuture(ctx, "started", started, row, problems);
            notFuture(ctx, "returned", returned, row, problems);
            notFuture(ctx, "returnInterviewHeld", held, row, problems);
            if (started != null && returned != null && returned.isBefore(started)) {
                problems.add(new RowProblem(row, "returned", "is before the child went missing"));
            }
            if (held != null && returned == null) {
                problems.add(new RowProblem(row, "returnInterviewHeld", "a return interview is held after the return: fill returned"));
            } else if (held != null && held.isBefore(returned)) {
                problems.add(new RowProblem(row, "returnInterviewHeld", "is before the child returned"));
            }
            String where = blankToNull(cells.get("whereFound"));
            if (where != null) {
                org.safeguard.core.api.Problem p = Inputs.lineProblem("whereFound", where);
                if (p != null) {
                    problems.add(new RowProblem(row, "whereFound", p.message()));
                }
            }
            return new Row(started, returned, where, held, problems);
        }

        @Override
        Checked check(RequestContext ctx, Map<String, String> cells, int row) {
            return new Checked(blankToNull(cells.get("sourceId")), blankToNull(cells.get("childSourceId")),
                    ImportServiceImpl.fingerprint(cells), read(ctx, cells, row).problems());
        }

        @Override
        void record(RequestContext ctx, Tx tx, Map<String, String> cells, int row) {
            Row r = read(ctx, cells, row);
            long child = childOf(tx, area.id(), blankToNull(cells.get("childSourceId")), children);
            MissingEpisode e = tx.missingEpisodes().add(child, r.started(), r.returned(), r.whereFound(), true);
            if (r.held() != null) {
                tx.missingEpisodes().recordInterview(e.id(), r.held());
            }
            tx.importSources().add(area.id(), "missing", blankToNull(cells.get("sourceId")), e.id(), ImportServiceImpl.fingerprint(cells));
        }
    }
}
