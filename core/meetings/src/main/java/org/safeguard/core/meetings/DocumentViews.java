package org.safeguard.core.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.safeguard.core.api.area.ClassificationScheme;
import org.safeguard.core.api.area.OutcomeCode;
import org.safeguard.core.api.casework.RecordedCase;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.Route;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FieldType;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.meetings.MeetingSnapshot.PanelCase;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.model.MinutesEntry;
import org.safeguard.core.store.Tx;
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
 * <p>Every piece that comes from a part of a meeting carries that part's confidentiality as
 * {@code confidential}: parts, and actions (which keep the confidentiality of the item that
 * agreed them, so a later meeting's review of actions or a case's notes knows it too). Pieces
 * are left out for a restricted audience as they are built, and a last pass over the finished
 * view ({@link #redacted}) removes anything marked confidential that is still there, so a view
 * for a restricted audience never holds a confidential piece, whatever a later change forgets.
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
    private final AreaCasework casework;

    public DocumentViews(AreaDefinition area, MeetingType type, Evaluator evaluator, AreaCasework casework) {
        this.area = area;
        this.type = type;
        this.evaluator = evaluator;
        this.casework = casework;
    }

    /**
     * The agenda as {@code audience} may see it.
     *
     * @param caseNotes renders one case's notes with a template (template name, case-notes view) → Markup or text
     */
    public Map<String, Object> agenda(Tx tx, Meeting meeting, Audience audience, BiFunction<String, Map<String, Object>, Object> caseNotes) {
        return agenda(MeetingSnapshot.ofAgenda(tx, meeting, casework), audience, caseNotes);
    }

    /** The agenda as {@code audience} may see it, from records already read (no further query but the case notes' own, once). */
    public Map<String, Object> agenda(MeetingSnapshot ctx, Audience audience, BiFunction<String, Map<String, Object>, Object> caseNotes) {
        Map<String, Object> view = base(ctx.meeting);
        view.put("previousMinutes", ctx.previous.map(p -> previousMinutesToAgree(ctx, p)).orElse(null));
        view.put("parts", parts(ctx, audience, false, caseNotes));
        return redacted(view, audience);
    }

    /** The draft minutes as {@code audience} may see it: the agenda's structure with what was recorded against it. */
    public Map<String, Object> minutes(Tx tx, Meeting meeting, Audience audience) {
        return minutes(MeetingSnapshot.withMinutes(tx, meeting, casework), audience, null);
    }

    /**
     * The minutes as {@code audience} may see it, from records read {@link MeetingSnapshot#withMinutes with the minutes}.
     *
     * @param issuedOn the day they are issued (the send that renders them issues them), or null for a draft
     */
    public Map<String, Object> minutes(MeetingSnapshot ctx, Audience audience, LocalDate issuedOn) {
        if (!ctx.withMinutes) {
            throw new IllegalArgumentException("the minutes are built from a snapshot read with the minutes");
        }
        Map<String, Object> view = base(ctx.meeting);
        List<Object> parts = parts(ctx, audience, true, null);
        view.put("parts", parts);
        List<String> visible = itemNumbers(parts);
        view.put("actions", ctx.agreed.stream().filter(a -> audience == Audience.FULL || !a.confidential() && visible.contains(a.item()))
                .map(a -> action(ctx, a)).toList());
        view.put("nextMeeting", ctx.next.map(this::meetingView).orElse(null));
        // Rendered as a draft until the send that issues them; what was issued is kept as sent, so
        // it says "Issued" for good: a later meeting's agreement is in that meeting's minutes.
        view.put("status", obj("state", issuedOn == null ? "Draft" : "Issued", "agreedOn", null,
                "circulatedOn", issuedOn == null ? null : SHORT_DATE.format(issuedOn)));
        view.put("previousMinutes", previousMinutesAgreed(ctx));
        List<Attendance> attendance = ctx.attendance;
        view.put("attendance", obj("present", people(attendance, Attendance.Status.PRESENT),
                "apologies", people(attendance, Attendance.Status.APOLOGIES), "absent", people(attendance, Attendance.Status.ABSENT)));
        QuorumCheck q = QuorumCheck.of(area, type, attendance);
        view.put("quorum", obj("met", q.quorate(), "statement", sentence(q.explain(area))));
        return redacted(view, audience);
    }

    /**
     * What the agenda asks of the previous meeting's minutes: to agree them once issued; null
     * when they were agreed elsewhere already.
     */
    private Map<String, Object> previousMinutesToAgree(MeetingSnapshot ctx, Meeting p) {
        String which = minutesOf(p);
        if (p.agreement() != null) {
            return p.agreement().atMeetingId() != ctx.meeting.id() ? null
                    : obj("reference", p.reference(), "statement", capitalised(which) + " were agreed at this meeting.", "corrections", List.of());
        }
        String statement = p.minutesIssued()
                ? "To agree " + which + ", issued " + ctx.previousIssued.map(SHORT_DATE::format).orElse("earlier") + ", as an accurate record."
                : capitalised(which) + " have not been issued yet.";
        return obj("reference", p.reference(), "statement", statement, "corrections", List.of());
    }

    /**
     * What the minutes record of earlier minutes: those agreed at this meeting, with their
     * corrections (which may touch confidential parts, so only the full audience sees their
     * text); else whether the previous meeting's issued minutes still await agreement.
     */
    private Map<String, Object> previousMinutesAgreed(MeetingSnapshot ctx) {
        List<Meeting> agreed = ctx.agreedHere;
        if (agreed.isEmpty()) {
            return ctx.previous.filter(p -> p.minutes() == Meeting.Minutes.ISSUED)
                    .map(p -> obj("reference", p.reference(), "statement", capitalised(minutesOf(p)) + " were not agreed at this meeting.",
                            "corrections", List.of()))
                    .orElse(null);
        }
        List<String> statements = new ArrayList<>();
        List<Object> corrections = new ArrayList<>();
        for (Meeting p : agreed) {
            List<String> own = p.agreement().corrections();
            statements.add(capitalised(minutesOf(p)) + " were agreed as an accurate record"
                    + (own.isEmpty() ? "." : ", with " + (own.size() == 1 ? "one correction" : own.size() + " corrections") + "."));
            own.forEach(c -> corrections.add(obj("reference", p.reference(), "text", c, "confidential", true)));
        }
        return obj("reference", agreed.get(agreed.size() - 1).reference(), "statement", String.join(" ", statements), "corrections", corrections);
    }

    /** "the minutes of the meeting of 3 December 2026 (M00001)". */
    private static String minutesOf(Meeting p) {
        return "the minutes of the meeting of " + SHORT_DATE.format(LocalDate.ofInstant(p.startsAt(), CaseFactsReader.ZONE)) + " ("
                + p.reference() + ")";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An invitation for one invitee: the parts they attend (a restricted invitee leaves before confidential ones). */
    public Map<String, Object> invitation(Tx tx, Meeting meeting, Invitee to, Audience audience, String senderName, String senderRole,
                                          String senderAgency, String senderEmail, String senderPhone) {
        Map<String, Object> view = base(meeting);
        view.put("recipient", obj("name", to.name(), "role", to.role(), "agency", agencyName(to.agency())));
        view.put("sender", obj("name", senderName, "role", senderRole, "agency", senderAgency, "email", senderEmail, "phone", senderPhone));
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
        return redacted(view, audience);
    }

    /**
     * The view without any piece marked confidential, for a restricted audience (the full
     * audience's view as it is): every map in a list whose {@code confidential} is true is left
     * out, at any depth. Pieces are left out as they are built; this pass makes sure.
     */
    static Map<String, Object> redacted(Map<String, Object> view, Audience audience) {
        if (audience == Audience.FULL) {
            return view;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) redact(view);
        return out;
    }

    private static Object redact(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, redact(v)));
            return out;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object e : list) {
                if (!(e instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("confidential")))) {
                    out.add(redact(e));
                }
            }
            return out;
        }
        return node;
    }

    private Map<String, Object> base(Meeting meeting) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("area", obj("name", area.name(), "marking", MARKING, "confidentialityNotice", type.confidentialityNotice().orElse(null)));
        view.put("meeting", meetingView(meeting));
        return view;
    }

    private List<Object> parts(MeetingSnapshot ctx, Audience audience, boolean minutes, BiFunction<String, Map<String, Object>, Object> caseNotes) {
        List<Object> parts = new ArrayList<>();
        int partNo = 0;
        for (AgendaEntry.Part part : partsOf(type)) {
            partNo++;
            if (!audience.sees(part.confidential())) {
                continue;
            }
            List<Object> sections = new ArrayList<>();
            Counter counter = new Counter(String.valueOf(partNo));
            sections(part.entries(), null, sections, ctx, audience, minutes, caseNotes, counter);
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
    private void sections(List<AgendaEntry> entries, String title, List<Object> out, MeetingSnapshot ctx, Audience audience,
                          boolean minutes, BiFunction<String, Map<String, Object>, Object> caseNotes, Counter counter) {
        List<Object> items = new ArrayList<>();
        for (AgendaEntry e : entries) {
            if (e instanceof AgendaEntry.Section s) {
                if (!items.isEmpty()) {
                    out.add(obj("title", title, "items", List.copyOf(items)));
                    items.clear();
                }
                sections(s.entries(), title == null ? s.title() : title + ": " + s.title(), out, ctx, audience, minutes, caseNotes, counter);
            } else if (e instanceof AgendaEntry.Item item) {
                items.add(minutes ? minutesItem(item, counter.next(), ctx, audience) : agendaItem(item, counter.next(), ctx, audience, caseNotes));
            }
        }
        if (!items.isEmpty()) {
            out.add(obj("title", title, "items", items));
        }
    }

    private Map<String, Object> agendaItem(AgendaEntry.Item item, String number, MeetingSnapshot ctx, Audience audience,
                                           BiFunction<String, Map<String, Object>, Object> caseNotes) {
        List<Object> cases = new ArrayList<>();
        for (PanelCase pc : casesFor(item, ctx)) {
            Object notes = item.template().isPresent() && caseNotes != null
                    ? caseNotes.apply(item.template().get().name(), redacted(caseNotesView(ctx, pc, audience), audience)) : null;
            cases.add(obj("reference", pc.c().reference(), "band", band(pc), "lead", null, "summary", summary(pc, ctx.day), "notes", notes,
                    "plans", plans(ctx, pc, audience)));
        }
        List<Object> actions = item.lists().map(kind -> ctx.due.stream().filter(a -> audience.sees(a.confidential())).filter(a -> switch (kind) {
            case DUE -> true;
            case OVERDUE -> a.overdueOn(ctx.asOf);
            case OPEN -> a.status() == MeetingAction.Status.OPEN;
        }).map(a -> (Object) action(ctx, a)).toList()).orElse(List.of());
        String note = item.forEachCase().isPresent() && cases.isEmpty() ? "No cases for this item."
                : item.lists().isPresent() && actions.isEmpty() && !item.byStrand() ? "No actions are due." : null;
        return obj("number", number, "title", item.title(), "note", note, "cases", cases, "actions", actions,
                "strands", item.byStrand() ? byStrand(actions) : List.of());
    }

    /**
     * The listed actions under the area's strands, in the order the definition declares them,
     * then those naming none ("Not assigned to a strand"), for an item that lists actions by
     * strand: the activity plan the protocols track by strand. Every strand is shown, with or
     * without actions, so a gap in the plan shows.
     */
    private List<Object> byStrand(List<Object> actions) {
        List<Object> out = new ArrayList<>();
        List<String> names = new ArrayList<>(area.strands().stream().map(r -> r.name()).toList());
        names.add(null);
        for (String name : names) {
            List<Object> in = actions.stream().filter(a -> java.util.Objects.equals(((Map<?, ?>) a).get("strand"), name)).toList();
            if (name != null || !in.isEmpty()) {
                out.add(obj("name", name == null ? "Not assigned to a strand" : name, "actions", in));
            }
        }
        return out;
    }

    private Map<String, Object> minutesItem(AgendaEntry.Item item, String number, MeetingSnapshot ctx, Audience audience) {
        MinutesEntry m = ctx.recorded.get(number);
        List<Object> cases = new ArrayList<>();
        for (PanelCase pc : casesFor(item, ctx)) {
            List<Object> caseActions = ctx.agreed.stream().filter(a -> audience.sees(a.confidential()))
                    .filter(a -> number.equals(a.item()) && a.caseId() != null && a.caseId() == pc.c().id())
                    .map(a -> (Object) action(ctx, a)).toList();
            MinutesEntry discussed = ctx.recorded.get(number + "#" + pc.c().id());
            cases.add(obj("reference", pc.c().reference(), "band", band(pc), "lead", null,
                    "discussion", discussed == null || discussed.notes().isBlank() ? null : discussed.notes(),
                    "decisions", discussed == null ? List.of() : discussed.decisions(), "actions", caseActions, "plans", plans(ctx, pc, audience)));
        }
        List<Object> actions = ctx.agreed.stream().filter(a -> audience.sees(a.confidential()) && number.equals(a.item()) && a.caseId() == null)
                .map(a -> (Object) action(ctx, a)).toList();
        return obj("number", number, "title", item.title(), "notes", m == null || m.notes().isBlank() ? null : m.notes(), "cases", cases,
                "decisions", m == null ? List.of() : m.decisions(), "actions", actions);
    }

    private List<PanelCase> casesFor(AgendaEntry.Item item, MeetingSnapshot ctx) {
        return item.forEachCase().map(f -> ctx.panel.stream().filter(pc -> evaluator.matches(f, pc.facts())).toList()).orElse(List.of());
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

    private static String band(PanelCase pc) {
        return pc.latest().map(a -> a.level() + " (" + a.band() + ")").orElse(null);
    }

    private static String summary(PanelCase pc, LocalDate day) {
        Child child = pc.child();
        String age = child.dateOfBirth() == null ? "age not recorded" : "age " + child.ageOn(day);
        return child.reference() + ", " + age + ", " + pc.latest().map(a -> "score " + a.score()).orElse("not yet assessed")
                + ", case opened " + SHORT_DATE.format(pc.c().opened())
                + ("normal".equals(pc.c().priority()) ? "" : ", priority " + pc.c().priority());
    }

    /** The case-notes view model (templates/README.md, "case-notes") of one case, filled from the record. */
    private Map<String, Object> caseNotesView(MeetingSnapshot ctx, PanelCase pc, Audience audience) {
        List<String> riskFactors = new ArrayList<>();
        pc.latest().ifPresent(a -> ctx.instrument(a.instrumentId(), a.instrumentVersion()).ifPresent(in ->
                in.factors().forEach(f -> {
                    Integer score = a.factorScores().get(f.id());
                    if (score != null && score >= f.maxScore() - 1 && score > 0) {
                        riskFactors.add(f.title() + " (" + score + ")");
                    }
                })));
        List<Object> persons = ctx.personsLinkedTo(pc.child().id()).stream()
                .map(p -> (Object) obj("name", p.name(), "investigation", null, "disruption", null)).toList();
        String vulnerable = String.join("; ", ctx.locationsOf(pc.child().id()).stream().map(l -> l.description()).toList());
        List<Object> actions = ctx.actionsOf(pc.c().id()).stream()
                .filter(a -> a.status() == MeetingAction.Status.OPEN && ctx.agreedBefore(a) && audience.sees(a.confidential()))
                .map(a -> (Object) action(ctx, a)).toList();
        String referred = ctx.referralsOf(pc.c().id()).stream().map(r -> SHORT_DATE.format(r.received())).findFirst().orElse(null);
        Map<String, Object> child = obj("name", pc.child().displayName().trim(),
                "dateOfBirth", pc.child().dateOfBirth() == null ? null : SHORT_DATE.format(pc.child().dateOfBirth()),
                "address", pc.child().address());
        Map<String, Object> c = obj("reference", pc.c().reference(), "child", child, "riskLevel", band(pc), "category", null,
                "riskFactors", riskFactors, "strategyUpdate", null, "update", null, "support", null, "engagement", null,
                "offending", null, "siblingsAndPeers", null, "personsOfConcern", persons,
                "locations", obj("vulnerable", vulnerable.isEmpty() ? null : vulnerable, "targetHardening", null, "disruption", null),
                "actions", actions, "referredOn", referred, "closedOn", pc.c().closed() == null ? null : SHORT_DATE.format(pc.c().closed()));
        RecordedCase recorded = ctx.recorded(pc.c().id());
        c.put("flags", casework.flags(recorded).stream().map(f -> (Object) obj("code", f.code(), "reason", f.reason())).toList());
        Map<Long, String> names = new HashMap<>();
        ctx.personsLinkedTo(pc.child().id()).forEach(p -> names.put(p.id(), p.name()));
        c.put("outcomes", ctx.outcomesOf(pc.c().id()).stream().map(o -> (Object) obj("code", o.code(),
                "title", casework.area() == null ? o.code() : casework.area().outcome(o.code()).map(OutcomeCode::title).orElse(o.code()),
                "person", o.personId() == null ? null : names.get(o.personId()), "on", SHORT_DATE.format(o.achievedOn()),
                "note", o.note())).toList());
        c.put("classifications", classifications(recorded));
        c.put("forms", forms(recorded));
        c.put("plans", plans(ctx, pc, audience));
        c.put("screenings", audience.sees(true) ? screenings(recorded) : List.of());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("area", obj("name", area.name(), "marking", MARKING, "confidentialityNotice", type.confidentialityNotice().orElse(null)));
        view.put("meeting", meetingView(ctx.meeting));
        view.put("case", c);
        return view;
    }

    /**
     * The plans in force on a case, in the order the area declares their kinds: kind, title,
     * version, route and its title, text, owner and review day. A restricted audience never gets
     * the plans of a kind the area declares confidential, nor of a kind no enabled plugin declares
     * (nothing says it may); beyond that, which plans a part shows is the template's choice.
     */
    private List<Object> plans(MeetingSnapshot ctx, PanelCase pc, Audience audience) {
        List<String> order = casework.planKinds().stream().map(k -> k.id()).toList();
        return ctx.plansOf(pc.c().id()).stream()
                .filter(p -> audience.sees(casework.planKind(p.kind()).map(k -> k.confidential()).orElse(true)))
                .sorted(java.util.Comparator.comparingInt(p -> order.contains(p.kind()) ? order.indexOf(p.kind()) : order.size()))
                .map(p -> {
                    var kind = casework.planKind(p.kind());
                    return (Object) obj("kind", p.kind(), "title", kind.map(k -> k.title()).orElse(p.kind()), "version", p.number(),
                            "route", p.route(), "routeTitle", p.route() == null ? null
                                    : kind.flatMap(k -> k.route(p.route())).map(r -> r.title()).orElse(p.route()),
                            "text", p.text(), "owner", p.owner(), "reviewOn", p.reviewOn() == null ? null : SHORT_DATE.format(p.reviewOn()));
                }).toList();
    }

    /**
     * The latest screening of each checklist on the case: its id, title, version, day, whether it
     * is complete, and the routes it proposed with their titles. A restricted audience gets none:
     * a screening's answers speak of what was done to the child.
     */
    private List<Object> screenings(RecordedCase recorded) {
        List<Object> out = new ArrayList<>();
        for (RecordedCase.Screening s : recorded.screenings()) {
            Optional<Checklist> checklist = casework.checklists().apply(s.checklist());
            List<Object> proposals = s.proposals().stream().map(id -> (Object) obj("id", id, "title",
                    checklist.flatMap(c -> c.route(id)).map(Route::title).orElse(id))).toList();
            out.add(obj("checklist", s.checklist(), "title", checklist.map(Checklist::title).orElse(s.checklist()), "version", s.version(),
                    "on", SHORT_DATE.format(s.on()), "complete", s.complete(), "proposals", proposals));
        }
        return out;
    }

    /** Each scheme's current value as its code list labels it ("Category 2"), by scheme id, in the declared order. */
    private Map<String, Object> classifications(RecordedCase recorded) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ClassificationScheme scheme : casework.schemes()) {
            recorded.classification(scheme.id()).ifPresent(code -> out.put(scheme.id(), casework.codeLists().apply(scheme.id())
                    .flatMap(l -> l.find(code)).map(Code::label).orElse(code)));
        }
        return out;
    }

    /** The latest version of each case form, as display text by field id (codes by their labels, yes/no as Yes/No), by form id. */
    private Map<String, Object> forms(RecordedCase recorded) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordedCase.FormAnswers answers : recorded.forms()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            Optional<FormDefinition> form = casework.forms().apply(answers.formId());
            answers.answers().forEach((id, value) -> {
                Optional<FieldDefinition> field = form.flatMap(f -> f.fields().stream().filter(x -> x.id().equals(id)).findFirst());
                String text = display(field, value);
                if (!text.isBlank()) {
                    fields.put(id, text);
                }
            });
            out.put(answers.formId(), fields);
        }
        return out;
    }

    private String display(Optional<FieldDefinition> field, Object value) {
        List<?> values = value instanceof List<?> l ? l : List.of(value);
        List<String> shown = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Boolean b) {
                shown.add(b ? "Yes" : "No");
            } else if (v instanceof Map<?, ?>) {
                continue; // a repeated group: the case block shows single answers only
            } else if (v != null && field.map(f -> f.type() == FieldType.DATE).orElse(false)) {
                shown.add(SHORT_DATE.format(LocalDate.parse(v.toString())));
            } else if (v != null) {
                String code = v.toString();
                shown.add(field.flatMap(f -> Optional.ofNullable(f.codeListId())).flatMap(casework.codeLists())
                        .flatMap(l -> l.find(code)).map(Code::label).orElse(code));
            }
        }
        return String.join(", ", shown);
    }

    private Map<String, Object> meetingView(Meeting m) {
        return obj("typeName", m.typeName(), "date", DATE.format(m.startsAt().atZone(CaseFactsReader.ZONE)),
                "time", TIME.format(m.startsAt().atZone(CaseFactsReader.ZONE)), "venue", m.venue() == null ? "To be confirmed" : m.venue(),
                "callDetails", m.callDetails(), "chair", m.chair() == null ? "To be confirmed" : m.chair(), "viceChair", null);
    }

    private Map<String, Object> action(MeetingSnapshot ctx, MeetingAction a) {
        String state = a.state(ctx.asOf);
        return obj("description", a.description(), "owner", a.owner(), "agency", agencyName(a.agency()),
                "due", SHORT_DATE.format(a.due()), "status", state.substring(0, 1).toUpperCase(Locale.UK) + state.substring(1),
                "caseReference", a.caseId() == null ? null : ctx.caseReference(a.caseId()), "confidential", a.confidential(),
                "strand", a.strand());
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
        return id.equals(AreaMeetings.FAMILY) ? "Family" : area.agency(id).map(a -> a.name()).orElse(id);
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
