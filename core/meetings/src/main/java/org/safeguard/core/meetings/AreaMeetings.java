package org.safeguard.core.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.casework.Step;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.CaseStatus;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.model.MinutesEntry;
import org.safeguard.core.store.NewMeeting;
import org.safeguard.core.store.Tx;
import org.safeguard.dsl.Vocabulary;
import org.safeguard.dsl.eval.Evaluator;
import org.safeguard.dsl.eval.WorkingCalendar;
import org.safeguard.dsl.model.Agency;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.MeetingType;
import org.safeguard.dsl.model.Ref;

/**
 * A coordinator's meeting work for one area, driven by its definition: scheduling meetings of
 * the types it declares (inviting the agencies and roles it names), recording attendance,
 * building agendas and minutes, and issuing minutes only from a quorate meeting. Methods take
 * the open transaction; stateless apart from the definition.
 */
public final class AreaMeetings {
    /** What an agency field may say besides the area's agencies: the child's family, who attend the open part and never count towards a quorum. */
    public static final String FAMILY = "family";

    private final AreaDefinition area;
    private final Vocabulary vocabulary;
    private final AreaCasework casework;

    /** Meeting work with no plugin's casework: no case is guarded off a panel, no case block shows flags. */
    public AreaMeetings(AreaDefinition area, Vocabulary vocabulary) {
        this(area, vocabulary, AreaCasework.none());
    }

    /** Meeting work under the area's plugin: its guards decide which cases may go on a type's panel, its flags show on case blocks. */
    public AreaMeetings(AreaDefinition area, Vocabulary vocabulary, AreaCasework casework) {
        this.area = area;
        this.vocabulary = vocabulary;
        this.casework = casework;
        this.evaluator = new Evaluator(area, vocabulary);
    }

    private final Evaluator evaluator;

    /** The area's conditions, deadlines and rules, evaluated against case facts. */
    public Evaluator evaluator() {
        return evaluator;
    }

    public AreaCasework casework() {
        return casework;
    }

    public AreaDefinition area() {
        return area;
    }

    public MeetingType type(String id) {
        return area.meeting(id).orElseThrow(() -> new NotFoundException("area " + area.id() + " defines no meeting type '" + id + "'"
                + Suggestions.closest(id, area.meetings().stream().map(MeetingType::id).toList()).map(s -> " — did you mean '" + s + "'?")
                .orElse(" (types: " + String.join(", ", area.meetings().stream().map(MeetingType::id).toList()) + ")")));
    }

    public DocumentViews views(Meeting m) {
        return new DocumentViews(area, type(m.meetingType()), evaluator, casework);
    }

    /**
     * Schedules a meeting with the cases on its panel, and invites the agencies and roles the
     * type names as attendees (each agency's lead at its contact address).
     */
    public Meeting schedule(Tx tx, String typeId, Instant startsAt, Instant endsAt, String venue, String callDetails, String chair,
                            List<Long> caseIds) {
        MeetingType type = type(typeId);
        if (venue == null && callDetails == null) {
            throw new RefusedException("meeting-needs-a-place", "say where the meeting is: a venue, call details, or both");
        }
        Meeting m = tx.meetings().schedule(new NewMeeting(area.id(), type.id(), type.name(), startsAt, endsAt, venue, callDetails, chair));
        for (long caseId : caseIds) {
            addCase(tx, m, caseId, false);
        }
        for (Agency a : invitedAgencies(type)) {
            tx.meetings().invite(m.id(), a.lead(), a.contact(), a.id(), null, false, null, null);
        }
        return m;
    }

    public void addCase(Tx tx, Meeting m, long caseId, boolean proposedForDischarge) {
        CaseRecord c = tx.cases().require(caseId);
        if (!c.area().equals(area.id())) {
            throw new RefusedException("case-in-another-area", "case " + c.reference() + " is in " + c.area() + ", not " + area.id());
        }
        if (c.status() != CaseStatus.OPEN) {
            throw new RefusedException("case-must-be-open", "case " + c.reference() + " is " + c.status().name().toLowerCase()
                    + " and cannot go on a panel");
        }
        casework.require(new Step.OnMeeting(m.meetingType()), tx.recordedCases().of(c), "go on the panel of a " + m.typeName());
        admit(tx, type(m.meetingType()), c, m.typeName());
        tx.meetings().addCase(m.id(), caseId, proposedForDischarge);
    }

    /**
     * Refuses, changing nothing, a case the meeting type's {@code admits case when} condition does
     * not hold for, naming each part of it that does not hold (the parts joined by {@code and},
     * and the whole when it is one test).
     */
    private void admit(Tx tx, MeetingType type, CaseRecord c, String typeName) {
        if (type.admits().isEmpty()) {
            return;
        }
        org.safeguard.dsl.model.Condition admits = type.admits().get();
        org.safeguard.dsl.eval.CaseSnapshot facts = CaseFactsBatch.read(tx, List.of(c), tx.now(), id -> casework).get(c.id());
        if (evaluator.test(admits, facts)) {
            return;
        }
        List<String> failing = new ArrayList<>();
        List<org.safeguard.dsl.model.Condition> parts = admits instanceof org.safeguard.dsl.model.Condition.And and ? and.parts() : List.of(admits);
        for (org.safeguard.dsl.model.Condition part : parts) {
            if (!evaluator.test(part, facts)) {
                failing.add(org.safeguard.dsl.AreaLanguage.print(part));
            }
        }
        throw new RefusedException("case-not-admitted", "case " + c.reference() + " cannot go on the panel of a " + typeName
                + ": the area definition admits a case when " + org.safeguard.dsl.AreaLanguage.print(admits) + "; not holding: "
                + String.join("; ", failing));
    }

    /** The agencies a type's attendee lists name directly or through a role, in definition order. */
    public List<Agency> invitedAgencies(MeetingType type) {
        Map<String, Agency> out = new LinkedHashMap<>();
        List<Ref> names = new ArrayList<>(type.mustAttend());
        names.addAll(type.invited());
        names.addAll(type.chairs());
        for (Ref r : names) {
            area.agency(r.name()).ifPresent(a -> out.putIfAbsent(a.id(), a));
            area.role(r.name()).flatMap(role -> role.agency()).flatMap(ag -> area.agency(ag.name())).ifPresent(a -> out.putIfAbsent(a.id(), a));
        }
        return new ArrayList<>(out.values());
    }

    /** Records attendance; agencies are the definition's ids. */
    public QuorumCheck attendance(Tx tx, Meeting m, List<Attendance> attendance) {
        List<String> agencies = area.agencies().stream().map(Agency::id).toList();
        for (Attendance a : attendance) {
            if (!agencies.contains(a.agency()) && !FAMILY.equals(a.agency())) {
                throw new NotFoundException("'" + a.agency() + "' is not an agency of " + area.id()
                        + Suggestions.closest(a.agency(), agencies).map(s -> " — did you mean '" + s + "'?").orElse(""));
            }
            tx.meetings().attend(m.id(), a.name(), a.agency(), a.status());
        }
        if (m.status() == Meeting.Status.SCHEDULED && !attendance.isEmpty()) {
            tx.meetings().setStatus(m.id(), Meeting.Status.HELD);
        }
        return quorum(tx, m);
    }

    public QuorumCheck quorum(Tx tx, Meeting m) {
        return QuorumCheck.of(area, type(m.meetingType()), tx.meetings().attendance(m.id()));
    }

    /** The agenda's items as numbered for this meeting, with the cases each lists (the full audience's view). */
    public List<MinutesImport.AgendaItem> agendaItems(Tx tx, Meeting m) {
        List<MinutesImport.AgendaItem> out = new ArrayList<>();
        for (Object p : (List<?>) views(m).agenda(tx, m, Audience.FULL, null).get("parts")) {
            Map<?, ?> part = (Map<?, ?>) p;
            for (Object s : (List<?>) part.get("sections")) {
                for (Object i : (List<?>) ((Map<?, ?>) s).get("items")) {
                    Map<?, ?> item = (Map<?, ?>) i;
                    List<String> cases = ((List<?>) item.get("cases")).stream().map(c -> (String) ((Map<?, ?>) c).get("reference")).toList();
                    out.add(new MinutesImport.AgendaItem((String) item.get("number"), (String) item.get("title"), (Boolean) part.get("confidential"),
                            cases));
                }
            }
        }
        return out;
    }

    /**
     * Records a meeting's minutes (attendance, notes, decisions and actions) in place of those
     * recorded, in the open transaction. {@code check} turns what the coordinator wrote into
     * checked minutes against the meeting's agenda and panel, or says every problem at once.
     * Refused once the minutes are issued ({@code minutes-issued}).
     */
    public MinutesImport.Outcome importMinutes(Tx tx, Meeting m, Function<MinutesImport.Frame, MinutesImport.Parsed> check) {
        notIssued(m);
        Map<String, Long> panel = panelReferences(tx, m);
        List<MinutesImport.AgendaItem> agenda = agendaItems(tx, m);
        MinutesImport.Parsed parsed = check.apply(frame(m, agenda, panel));
        if (!parsed.attendance().isEmpty()) {
            attendance(tx, m, parsed.attendance());
        }
        tx.meetings().replaceMinutes(m.id(), parsed.entries());
        // an open action the new minutes repeat stays as it is; the others are cancelled, on the trail
        List<MinutesImport.NewAction> toAdd = new ArrayList<>(parsed.actions());
        List<String> cancelled = new ArrayList<>();
        int repeated = 0;
        for (MeetingAction a : tx.actions().forMeeting(m.id())) {
            if (a.status() != MeetingAction.Status.OPEN) {
                continue;
            }
            Optional<MinutesImport.NewAction> same = toAdd.stream().filter(n -> same(a, n, panel)).findFirst();
            if (same.isPresent()) {
                toAdd.remove(same.get());
                repeated++;
            } else {
                tx.actions().close(a.id(), MeetingAction.Status.CANCELLED, "replaced by re-imported minutes");
                cancelled.add(a.reference());
            }
        }
        List<String> added = addActions(tx, m, toAdd, agenda, panel);
        return new MinutesImport.Outcome(parsed, parsed.entries().stream().map(MinutesEntry::item).distinct().toList(), added, repeated, cancelled);
    }

    /** Whether a recorded action is the one minutes name: same item, case, description, owner, agency and due day. */
    private static boolean same(MeetingAction a, MinutesImport.NewAction n, Map<String, Long> panel) {
        Long caseId = n.caseReference() == null ? null : panel.get(n.caseReference());
        return a.item().equals(n.item()) && java.util.Objects.equals(a.caseId(), caseId) && a.description().equals(n.description())
                && a.owner().equals(n.owner()) && a.agency().equals(n.agency()) && a.due().equals(n.due());
    }

    /**
     * Amends the minutes item by item (beside the whole import): the items the minutes name get
     * their notes and decisions, and the cases they discuss their discussion; the other items
     * and cases keep theirs, their actions are added to those recorded, and their attendance (if
     * any) is recorded. Refused once the minutes are issued.
     */
    public MinutesImport.Outcome amendMinutes(Tx tx, Meeting m, Function<MinutesImport.Frame, MinutesImport.Parsed> check) {
        notIssued(m);
        Map<String, Long> panel = panelReferences(tx, m);
        List<MinutesImport.AgendaItem> agenda = agendaItems(tx, m);
        MinutesImport.Parsed parsed = check.apply(frame(m, agenda, panel));
        if (!parsed.attendance().isEmpty()) {
            attendance(tx, m, parsed.attendance());
        }
        // what the minutes name: an item's own notes and decisions, and each case discussed under it, apart
        java.util.Set<String> named = new java.util.HashSet<>();
        parsed.entries().stream().filter(e -> !e.notes().isEmpty() || !e.decisions().isEmpty()).forEach(e -> named.add(entryKey(e)));
        if (!named.isEmpty() || m.minutes() == Meeting.Minutes.NONE) {
            List<MinutesEntry> merged = new ArrayList<>(tx.meetings().minutes(m.id()).stream().filter(e -> !named.contains(entryKey(e))).toList());
            parsed.entries().stream().filter(e -> named.contains(entryKey(e))).forEach(merged::add);
            List<String> order = agenda.stream().map(MinutesImport.AgendaItem::number).toList();
            List<Long> cases = List.copyOf(panel.values());
            merged.sort(java.util.Comparator.<MinutesEntry>comparingInt(e -> order.indexOf(e.item()))
                    .thenComparingInt(e -> e.caseId() == null ? -1 : cases.indexOf(e.caseId())));
            tx.meetings().replaceMinutes(m.id(), merged);
        }
        // an action already recorded for its item (and not cancelled) is not added again: importing the same file twice adds nothing
        List<MeetingAction> recorded = tx.actions().forMeeting(m.id()).stream().filter(a -> a.status() != MeetingAction.Status.CANCELLED).toList();
        List<MinutesImport.NewAction> toAdd = parsed.actions().stream().filter(n -> recorded.stream().noneMatch(a -> same(a, n, panel))).toList();
        List<String> added = addActions(tx, m, toAdd, agenda, panel);
        List<String> items = parsed.entries().stream().filter(e -> named.contains(entryKey(e))).map(MinutesEntry::item).distinct().toList();
        return new MinutesImport.Outcome(parsed, items, added, parsed.actions().size() - toAdd.size(), List.of());
    }

    /** An entry's place in the minutes: its item, and the case it discusses if any. */
    private static String entryKey(MinutesEntry e) {
        return e.caseId() == null ? e.item() : e.item() + "#" + e.caseId();
    }

    /** Issued minutes are what the panel was sent: refused by rule {@code minutes-issued}, whether imported or amended. */
    private static void notIssued(Meeting m) {
        if (m.minutesIssued()) {
            throw new RefusedException("minutes-issued", "the minutes of " + m.reference() + " have been issued and are not changed; "
                    + "record what follows at the next meeting");
        }
    }

    private MinutesImport.Frame frame(Meeting m, List<MinutesImport.AgendaItem> agenda, Map<String, Long> panel) {
        return new MinutesImport.Frame(m, LocalDate.ofInstant(m.startsAt(), CaseFactsReader.ZONE), agenda, panel, area);
    }

    /** The references of the cases on a meeting's panel, with their ids, in case id order (two queries however many). */
    private static Map<String, Long> panelReferences(Tx tx, Meeting m) {
        Map<String, Long> out = new LinkedHashMap<>();
        tx.cases().withIds(tx.meetings().cases(m.id()).stream().map(Map.Entry::getKey).toList()).values()
                .forEach(c -> out.put(c.reference(), c.id()));
        return out;
    }

    /**
     * Records the actions the minutes agreed, each with its item's confidentiality; a case they
     * name is on the panel and an item they name is on the agenda (the check made sure). Their
     * references, in order.
     */
    private static List<String> addActions(Tx tx, Meeting m, List<MinutesImport.NewAction> actions, List<MinutesImport.AgendaItem> agenda,
                                           Map<String, Long> panel) {
        Map<String, Boolean> confidential = new LinkedHashMap<>();
        agenda.forEach(i -> confidential.put(i.number(), i.confidential()));
        List<String> added = new ArrayList<>();
        for (MinutesImport.NewAction a : actions) {
            Long caseId = a.caseReference() == null ? null : panel.get(a.caseReference());
            added.add(tx.actions().add(m.id(), a.item(), confidential.getOrDefault(a.item(), true), caseId, a.description(), a.owner(),
                    a.agency(), a.due(), a.strand()).reference());
        }
        return added;
    }

    /**
     * The day the papers should go out: the type's {@code agenda sent … before}, counted back
     * from the meeting day (working days skip weekends and the area's holidays). Empty when the
     * type sets no lead time.
     */
    public Optional<LocalDate> papersDue(Meeting m) {
        LocalDate day = LocalDate.ofInstant(m.startsAt(), CaseFactsReader.ZONE);
        return type(m.meetingType()).agendaSentBefore().map(t -> switch (t.unit()) {
            case HOURS -> LocalDate.ofInstant(m.startsAt().minusSeconds(3600L * t.amount()), CaseFactsReader.ZONE);
            case DAYS -> day.minusDays(t.amount());
            case WEEKS -> day.minusWeeks(t.amount());
            case MONTHS -> day.minusMonths(t.amount());
            case YEARS -> day.minusYears(t.amount());
            case WORKING_DAYS -> {
                WorkingCalendar calendar = WorkingCalendar.of(area.calendar());
                LocalDate d = day;
                for (int left = t.amount(); left > 0; ) {
                    d = d.minusDays(1);
                    if (calendar.isWorkingDay(d)) {
                        left--;
                    }
                }
                yield d;
            }
        });
    }

    /** The day the minutes are due: the type's {@code minutes due … after} the meeting. Empty when it sets none. */
    public Optional<LocalDate> minutesDue(Meeting m) {
        return type(m.meetingType()).minutesDueAfter()
                .map(t -> LocalDate.ofInstant(WorkingCalendar.of(area.calendar()).due(m.startsAt(), t), CaseFactsReader.ZONE));
    }

    /**
     * Minutes go out as the meeting's decisions only once recorded, and only from a quorate
     * meeting; refuses by rule ({@code minutes-not-recorded}, {@code minutes-need-quorum}) otherwise.
     */
    public void requireIssuable(Tx tx, Meeting m) {
        // the area's guards first: what each case on the panel still lacks before minutes go out
        List<Long> onPanel = tx.meetings().cases(m.id()).stream().map(Map.Entry::getKey).toList();
        List<String> missing = new ArrayList<>();
        for (var c : tx.recordedCases().of(tx.cases().withIds(onPanel).values()).values()) {
            List<String> lacks = casework.missing(new Step.IssueMinutes(m.meetingType()), c);
            if (!lacks.isEmpty()) {
                missing.add("case " + c.reference() + ": " + String.join(", ", lacks));
            }
        }
        if (!missing.isEmpty()) {
            throw new RefusedException("case-not-ready", "the minutes of " + m.reference() + " cannot be issued yet: "
                    + String.join("; ", missing));
        }
        if (m.minutes() == Meeting.Minutes.NONE) {
            throw new RefusedException("minutes-not-recorded", "no minutes are recorded for " + m.reference());
        }
        QuorumCheck q = quorum(tx, m);
        if (!q.quorate()) {
            throw new RefusedException("minutes-need-quorum", "the minutes of " + m.reference() + " cannot be issued as decisions: "
                    + q.explain(area));
        }
    }
}
