package org.safeguard.core.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.model.MinutesEntry;
import org.safeguard.core.store.Tx;
import org.safeguard.dsl.eval.CaseSnapshot;
import org.safeguard.dsl.eval.Evaluator;
import org.safeguard.dsl.model.AgendaEntry;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.MeetingType;

/**
 * Builds the view models of a meeting's agenda, minutes and invitations from its type's
 * structure and the live data, in the shapes {@code templates/README.md} documents: plain
 * maps, lists and formatted strings, never domain objects. Parts an audience must not see are
 * left out here, before any template runs — templates never decide redaction.
 *
 * <p>An agenda item that lists cases "using template X" carries each case's rendering of X in
 * the case block's {@code notes}; the caller supplies that rendering ({@code caseNotes}), so
 * this class stays free of the rendering engine.
 */
public final class DocumentViews {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    /** The protective marking printed on every page of a meeting's papers. */
    public static final String MARKING = "OFFICIAL-SENSITIVE";

    private final AreaDefinition area;
    private final MeetingType type;
    private final Evaluator evaluator;

    public DocumentViews(AreaDefinition area, MeetingType type, Evaluator evaluator) {
        this.area = area;
        this.type = type;
        this.evaluator = evaluator;
    }

    /**
     * The agenda as {@code audience} may see it.
     *
     * @param caseNotes renders one case's notes with a template (template name, case-notes view) → Markup or text
     */
    public Map<String, Object> agenda(Tx tx, Meeting meeting, Audience audience, BiFunction<String, Map<String, Object>, Object> caseNotes) {
        Context ctx = context(tx, meeting, false);
        Map<String, Object> view = base(meeting);
        view.put("parts", parts(ctx, audience, false, caseNotes));
        return view;
    }

    /** The minutes as {@code audience} may see it: the agenda's structure with what was recorded against it. */
    public Map<String, Object> minutes(Tx tx, Meeting meeting, Audience audience) {
        Context ctx = context(tx, meeting, true);
        Map<String, Object> view = base(meeting);
        List<Object> parts = parts(ctx, audience, true, null);
        view.put("parts", parts);
        List<String> visible = itemNumbers(parts);
        view.put("actions", ctx.agreed.stream().filter(a -> audience == Audience.FULL || visible.contains(a.item()))
                .map(a -> action(tx, a, ctx.day)).toList());
        view.put("nextMeeting", tx.meetings().list().stream().filter(m -> m.meetingType().equals(meeting.meetingType())
                        && m.area().equals(meeting.area()) && m.startsAt().isAfter(meeting.startsAt()) && m.status() != Meeting.Status.CANCELLED)
                .findFirst().map(this::meetingView).orElse(null));
        // Issued minutes stay a draft until the next meeting agrees them, which this tool does not
        // yet record; the state never depends on whether they were sent, so re-sending the same
        // minutes is the same document version.
        view.put("status", obj("state", "Draft", "agreedOn", null, "circulatedOn", null));
        List<Attendance> attendance = tx.meetings().attendance(meeting.id());
        view.put("attendance", obj("present", people(attendance, Attendance.Status.PRESENT),
                "apologies", people(attendance, Attendance.Status.APOLOGIES), "absent", people(attendance, Attendance.Status.ABSENT)));
        QuorumCheck q = QuorumCheck.of(area, type, attendance);
        view.put("quorum", obj("met", q.quorate(), "statement", sentence(q.explain(area))));
        return view;
    }

    /** An invitation for one invitee: the parts they attend (a restricted invitee leaves before confidential ones). */
    public Map<String, Object> invitation(Tx tx, Meeting meeting, Invitee to, String senderName, String senderRole, String senderAgency,
                                          String senderEmail) {
        Audience audience = to.restricted() ? Audience.RESTRICTED : Audience.FULL;
        Map<String, Object> view = base(meeting);
        view.put("recipient", obj("name", to.name(), "role", to.role(), "agency", agencyName(to.agency())));
        view.put("sender", obj("name", senderName, "role", senderRole, "agency", senderAgency, "email", senderEmail, "phone", null));
        List<Object> parts = new ArrayList<>();
        for (AgendaEntry.Part p : partsOf(type)) {
            if (audience.sees(p.confidential())) {
                parts.add(obj("label", p.label(), "title", p.title(), "confidential", p.confidential()));
            }
        }
        LocalDate day = LocalDate.ofInstant(meeting.startsAt(), CaseFactsReader.ZONE);
        String papers = type.agendaSentBefore().map(t -> "The agenda and papers follow " + t + " before the meeting.").orElse(null);
        view.put("invitation", obj("replyBy", SHORT_DATE.format(day.minusDays(2)), "purpose", type.purpose().orElse(null),
                "papers", papers, "parts", parts));
        return view;
    }

    private Map<String, Object> base(Meeting meeting) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("area", obj("name", area.name(), "marking", MARKING, "confidentialityNotice", type.confidentialityNotice().orElse(null)));
        view.put("meeting", meetingView(meeting));
        return view;
    }

    /** What one document needs to know about the meeting's panel, actions and minutes. */
    private record Context(Tx tx, Meeting meeting, LocalDate day, List<PanelCase> panel, List<MeetingAction> due,
                           Map<String, MinutesEntry> recorded, List<MeetingAction> agreed,
                           Map<String, Optional<org.safeguard.core.api.instrument.Instrument>> instruments) {
        /** An instrument version as recorded, decoded once per document however many cases use it. */
        Optional<org.safeguard.core.api.instrument.Instrument> instrument(String id, String version) {
            return instruments.computeIfAbsent(id + "@" + version, k -> tx.instrumentVersions().find(id, version));
        }
    }

    /**
     * Whether an action was agreed at a meeting held before this one: a meeting's papers show
     * what stood when it met, so re-sending them after later meetings does not change them.
     */
    private static boolean agreedBefore(Tx tx, MeetingAction a, Meeting meeting) {
        return a.meetingId() != meeting.id() && tx.meetings().require(a.meetingId()).startsAt().isBefore(meeting.startsAt());
    }

    private Context context(Tx tx, Meeting meeting, boolean withMinutes) {
        LocalDate day = LocalDate.ofInstant(meeting.startsAt(), CaseFactsReader.ZONE);
        List<MeetingAction> due = tx.actions().openDueBy(meeting.area(), meeting.meetingType(), day).stream()
                .filter(a -> agreedBefore(tx, a, meeting)).toList();
        Map<String, MinutesEntry> recorded = new LinkedHashMap<>();
        if (withMinutes) {
            tx.meetings().minutes(meeting.id()).forEach(e -> recorded.put(e.item(), e));
        }
        List<MeetingAction> agreed = withMinutes ? tx.actions().forMeeting(meeting.id()).stream()
                .filter(a -> a.status() != MeetingAction.Status.CANCELLED).toList() : List.of();
        return new Context(tx, meeting, day, panel(tx, meeting, day), due, recorded, agreed, new java.util.HashMap<>());
    }

    private List<Object> parts(Context ctx, Audience audience, boolean minutes, BiFunction<String, Map<String, Object>, Object> caseNotes) {
        List<Object> parts = new ArrayList<>();
        int partNo = 0;
        for (AgendaEntry.Part part : partsOf(type)) {
            partNo++;
            if (!audience.sees(part.confidential())) {
                continue;
            }
            List<Object> sections = new ArrayList<>();
            Counter counter = new Counter(String.valueOf(partNo));
            sections(part.entries(), null, sections, ctx, minutes, caseNotes, counter);
            parts.add(obj("label", part.label(), "title", part.title(), "confidential", part.confidential(),
                    "leaving", leaving(part), "sections", sections));
        }
        return parts;
    }

    /** The type's parts; entries outside any part form one open part of their own, in place. */
    static List<AgendaEntry.Part> partsOf(MeetingType type) {
        List<AgendaEntry.Part> out = new ArrayList<>();
        List<AgendaEntry> loose = new ArrayList<>();
        for (AgendaEntry e : type.agenda()) {
            if (e instanceof AgendaEntry.Part p) {
                if (!loose.isEmpty()) {
                    out.add(new AgendaEntry.Part(String.valueOf(out.size() + 1), "", false, List.of(), List.copyOf(loose), loose.get(0).span()));
                    loose.clear();
                }
                out.add(p);
            } else {
                loose.add(e);
            }
        }
        if (!loose.isEmpty()) {
            out.add(new AgendaEntry.Part(String.valueOf(out.size() + 1), "", false, List.of(), List.copyOf(loose), loose.get(0).span()));
        }
        return out;
    }

    /** Numbers items within a part: "1.1", "1.2", … across its sections. */
    private static final class Counter {
        private final String part;
        private int next;

        Counter(String part) {
            this.part = part;
        }

        String next() {
            return part + "." + (++next);
        }
    }

    /** Items directly under a part form one untitled section; nested sections are flattened with joined titles. */
    private void sections(List<AgendaEntry> entries, String title, List<Object> out, Context ctx, boolean minutes,
                          BiFunction<String, Map<String, Object>, Object> caseNotes, Counter counter) {
        List<Object> items = new ArrayList<>();
        for (AgendaEntry e : entries) {
            if (e instanceof AgendaEntry.Section s) {
                if (!items.isEmpty()) {
                    out.add(obj("title", title, "items", List.copyOf(items)));
                    items.clear();
                }
                sections(s.entries(), title == null ? s.title() : title + ": " + s.title(), out, ctx, minutes, caseNotes, counter);
            } else if (e instanceof AgendaEntry.Item item) {
                items.add(minutes ? minutesItem(item, counter.next(), ctx) : agendaItem(item, counter.next(), ctx, caseNotes));
            }
        }
        if (!items.isEmpty()) {
            out.add(obj("title", title, "items", items));
        }
    }

    private Map<String, Object> agendaItem(AgendaEntry.Item item, String number, Context ctx,
                                           BiFunction<String, Map<String, Object>, Object> caseNotes) {
        List<Object> cases = new ArrayList<>();
        for (PanelCase pc : casesFor(item, ctx)) {
            Object notes = item.template().isPresent() && caseNotes != null
                    ? caseNotes.apply(item.template().get().name(), caseNotesView(ctx, pc)) : null;
            cases.add(obj("reference", pc.c.reference(), "band", pc.band(), "lead", null, "summary", pc.summary(ctx.day), "notes", notes));
        }
        List<Object> actions = item.lists().map(kind -> ctx.due.stream().filter(a -> switch (kind) {
            case DUE -> true;
            case OVERDUE -> a.overdueOn(ctx.day);
            case OPEN -> a.status() == MeetingAction.Status.OPEN;
        }).map(a -> (Object) action(ctx.tx, a, ctx.day)).toList()).orElse(List.of());
        String note = item.forEachCase().isPresent() && cases.isEmpty() ? "No cases for this item."
                : item.lists().isPresent() && actions.isEmpty() ? "No actions are due." : null;
        return obj("number", number, "title", item.title(), "note", note, "cases", cases, "actions", actions);
    }

    private Map<String, Object> minutesItem(AgendaEntry.Item item, String number, Context ctx) {
        MinutesEntry m = ctx.recorded.get(number);
        List<Object> cases = new ArrayList<>();
        for (PanelCase pc : casesFor(item, ctx)) {
            List<Object> caseActions = ctx.agreed.stream().filter(a -> number.equals(a.item()) && a.caseId() != null && a.caseId() == pc.c.id())
                    .map(a -> (Object) action(ctx.tx, a, ctx.day)).toList();
            cases.add(obj("reference", pc.c.reference(), "band", pc.band(), "lead", null, "discussion", null,
                    "decisions", List.of(), "actions", caseActions));
        }
        List<Object> actions = ctx.agreed.stream().filter(a -> number.equals(a.item()) && a.caseId() == null)
                .map(a -> (Object) action(ctx.tx, a, ctx.day)).toList();
        return obj("number", number, "title", item.title(), "notes", m == null || m.notes().isBlank() ? null : m.notes(), "cases", cases,
                "decisions", m == null ? List.of() : m.decisions(), "actions", actions);
    }

    private List<PanelCase> casesFor(AgendaEntry.Item item, Context ctx) {
        return item.forEachCase().map(f -> ctx.panel.stream().filter(pc -> evaluator.matches(f, pc.facts)).toList()).orElse(List.of());
    }

    /** The items' numbers of the parts built, for what an audience may see. */
    static List<String> itemNumbers(List<Object> parts) {
        List<String> out = new ArrayList<>();
        for (Object p : parts) {
            for (Object s : (List<?>) ((Map<?, ?>) p).get("sections")) {
                for (Object i : (List<?>) ((Map<?, ?>) s).get("items")) {
                    out.add((String) ((Map<?, ?>) i).get("number"));
                }
            }
        }
        return out;
    }

    /** A case on the panel, its facts for filters, and what its blocks show. */
    private record PanelCase(CaseRecord c, Child child, CaseSnapshot facts, Optional<Assessment> latest) {
        String band() {
            return latest.map(a -> a.level() + " (" + a.band() + ")").orElse(null);
        }

        String summary(LocalDate day) {
            String age = child.dateOfBirth() == null ? "age not recorded" : "age " + child.ageOn(day);
            return child.reference() + ", " + age + ", " + latest.map(a -> "score " + a.score()).orElse("not yet assessed")
                    + ", case opened " + SHORT_DATE.format(c.opened());
        }
    }

    private List<PanelCase> panel(Tx tx, Meeting meeting, LocalDate day) {
        List<PanelCase> out = new ArrayList<>();
        Optional<Meeting> previous = tx.meetings().previous(meeting);
        List<Long> before = previous.map(p -> tx.meetings().cases(p.id()).stream().map(Map.Entry::getKey).toList()).orElse(List.of());
        List<MeetingAction> allActions = tx.actions().list();
        for (Map.Entry<Long, Boolean> entry : tx.meetings().cases(meeting.id())) {
            CaseRecord c = tx.cases().require(entry.getKey());
            Child child = tx.children().require(c.childId());
            int overdue = (int) allActions.stream().filter(a -> a.caseId() != null && a.caseId() == c.id() && a.overdueOn(day)).count();
            CaseSnapshot facts = CaseFactsReader.read(tx, c, meeting.startsAt(), true, entry.getValue(), !before.contains(c.id()), overdue);
            Optional<Assessment> latest = tx.assessments().forCase(c.id()).stream().filter(a -> a.status() == AssessmentStatus.FINAL)
                    .reduce((a, b) -> b);
            out.add(new PanelCase(c, child, facts, latest));
        }
        return out;
    }

    /** The case-notes view model (templates/README.md, "case-notes") of one case, filled from the record. */
    private Map<String, Object> caseNotesView(Context ctx, PanelCase pc) {
        Tx tx = ctx.tx;
        List<String> riskFactors = new ArrayList<>();
        pc.latest.ifPresent(a -> ctx.instrument(a.instrumentId(), a.instrumentVersion()).ifPresent(in ->
                in.factors().forEach(f -> {
                    Integer score = a.factorScores().get(f.id());
                    if (score != null && score >= f.maxScore() - 1 && score > 0) {
                        riskFactors.add(f.title() + " (" + score + ")");
                    }
                })));
        List<Object> persons = tx.personsOfConcern().linkedTo(pc.child.id()).stream()
                .map(p -> (Object) obj("name", p.name(), "investigation", null, "disruption", null)).toList();
        String vulnerable = String.join("; ", tx.locations().forChild(pc.child.id()).stream().map(l -> l.description()).toList());
        List<Object> actions = tx.actions().list().stream().filter(a -> a.caseId() != null && a.caseId() == pc.c.id()
                && a.status() == MeetingAction.Status.OPEN && agreedBefore(tx, a, ctx.meeting)).map(a -> (Object) action(tx, a, ctx.day)).toList();
        String referred = tx.referrals().forCase(pc.c.id()).stream().map(r -> SHORT_DATE.format(r.received())).findFirst().orElse(null);
        Map<String, Object> child = obj("name", pc.child.displayName().trim(),
                "dateOfBirth", pc.child.dateOfBirth() == null ? null : SHORT_DATE.format(pc.child.dateOfBirth()),
                "address", pc.child.address());
        Map<String, Object> c = obj("reference", pc.c.reference(), "child", child, "riskLevel", pc.band(), "category", null,
                "riskFactors", riskFactors, "strategyUpdate", null, "update", null, "support", null, "engagement", null,
                "offending", null, "siblingsAndPeers", null, "personsOfConcern", persons,
                "locations", obj("vulnerable", vulnerable.isEmpty() ? null : vulnerable, "targetHardening", null, "disruption", null),
                "actions", actions, "referredOn", referred, "closedOn", pc.c.closed() == null ? null : SHORT_DATE.format(pc.c.closed()));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("area", obj("name", area.name(), "marking", MARKING, "confidentialityNotice", type.confidentialityNotice().orElse(null)));
        view.put("meeting", meetingView(ctx.meeting));
        view.put("case", c);
        return view;
    }

    private Map<String, Object> meetingView(Meeting m) {
        return obj("typeName", m.typeName(), "date", DATE.format(m.startsAt().atZone(CaseFactsReader.ZONE)),
                "time", TIME.format(m.startsAt().atZone(CaseFactsReader.ZONE)), "venue", m.venue() == null ? "To be confirmed" : m.venue(),
                "callDetails", m.callDetails(), "chair", m.chair() == null ? "To be confirmed" : m.chair(), "viceChair", null);
    }

    private Map<String, Object> action(Tx tx, MeetingAction a, LocalDate day) {
        String state = a.state(day);
        return obj("description", a.description(), "owner", a.owner(), "agency", agencyName(a.agency()),
                "due", SHORT_DATE.format(a.due()), "status", state.substring(0, 1).toUpperCase(Locale.UK) + state.substring(1),
                "caseReference", a.caseId() == null ? null : tx.cases().require(a.caseId()).reference());
    }

    private List<Object> people(List<Attendance> attendance, Attendance.Status status) {
        return attendance.stream().filter(a -> a.status() == status)
                .map(a -> (Object) obj("name", a.name(), "role", null, "agency", agencyName(a.agency()))).toList();
    }

    private String leaving(AgendaEntry.Part part) {
        if (part.without().isEmpty()) {
            return null;
        }
        List<String> who = part.without().stream().map(r -> area.agency(r.name()).map(a -> a.name())
                .orElse(area.role(r.name()).map(x -> x.name()).orElse(r.name()))).toList();
        return String.join(" and ", who).substring(0, 1).toUpperCase(Locale.UK) + String.join(" and ", who).substring(1)
                + " leave before this part.";
    }

    private String agencyName(String id) {
        return id.equals("family") ? "Family" : area.agency(id).map(a -> a.name()).orElse(id);
    }

    private static String sentence(String s) {
        return s.substring(0, 1).toUpperCase(Locale.UK) + s.substring(1) + ".";
    }

    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
