package org.safeguard.core.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.api.model.Attendance;
import org.safeguard.core.api.model.CaseRecord;
import org.safeguard.core.api.model.Child;
import org.safeguard.core.api.model.Meeting;
import org.safeguard.core.api.model.MeetingAction;
import org.safeguard.core.api.model.MinutesEntry;
import org.safeguard.core.store.Tx;
import org.safeguard.dsl.eval.CaseSnapshot;
import org.safeguard.dsl.eval.Evaluator;
import org.safeguard.dsl.model.AgendaEntry;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.CaseFilter;
import org.safeguard.dsl.model.MeetingType;

/**
 * Builds the view model of a meeting's agenda and minutes from its type's structure and the
 * live data: plain maps, lists and strings made for templates, never domain objects. The same
 * view serves HTML and plain text. Parts an audience must not see are left out here, before
 * any template runs: templates never decide redaction.
 *
 * <p>Shape (all values are strings, booleans, lists or maps):
 * {@code meeting} {reference, type, area, date, time, venue, callDetails, chair, purpose},
 * {@code audience} ("full"/"restricted"), {@code confidentialityNotice},
 * {@code parts} [{label, title, confidential, leaving, items [{number, title, section,
 * cases [{reference, child, childName, dateOfBirth, age, address, level, band, score,
 * referred, closed}], actions [{reference, description, owner, agency, due, state}],
 * listsActions, forEachCase, notes, decisions [..]}]}], {@code minutes} (present for minutes:
 * {present [..], apologies [..], absent [..], quorum, agreedActions [..]}).
 */
public final class DocumentViews {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final AreaDefinition area;
    private final MeetingType type;
    private final Evaluator evaluator;

    public DocumentViews(AreaDefinition area, MeetingType type, Evaluator evaluator) {
        this.area = area;
        this.type = type;
        this.evaluator = evaluator;
    }

    /** The agenda as {@code audience} may see it. */
    public Map<String, Object> agenda(Tx tx, Meeting meeting, Audience audience) {
        return document(tx, meeting, audience, false);
    }

    /** The minutes as {@code audience} may see it: the agenda's structure with what was recorded against it. */
    public Map<String, Object> minutes(Tx tx, Meeting meeting, Audience audience) {
        return document(tx, meeting, audience, true);
    }

    private Map<String, Object> document(Tx tx, Meeting meeting, Audience audience, boolean withMinutes) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("meeting", meetingView(meeting));
        view.put("audience", audience.name().toLowerCase());
        view.put("confidentialityNotice", type.confidentialityNotice().orElse(""));
        LocalDate day = LocalDate.ofInstant(meeting.startsAt(), CaseFactsReader.ZONE);
        List<MeetingAction> due = tx.actions().openDueBy(meeting.area(), meeting.meetingType(), day).stream()
                .filter(a -> a.meetingId() != meeting.id()).toList();
        List<PanelCase> panel = panel(tx, meeting, day);
        Map<String, MinutesEntry> recorded = new LinkedHashMap<>();
        if (withMinutes) {
            tx.meetings().minutes(meeting.id()).forEach(e -> recorded.put(e.item(), e));
        }
        List<MeetingAction> agreed = withMinutes ? tx.actions().forMeeting(meeting.id()) : List.of();
        List<Object> parts = new ArrayList<>();
        int partNo = 0;
        for (AgendaEntry entry : type.agenda()) {
            partNo++;
            if (entry instanceof AgendaEntry.Part part) {
                if (!audience.sees(part.confidential())) {
                    continue;
                }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("label", part.label());
                p.put("title", part.title());
                p.put("confidential", part.confidential());
                p.put("leaving", part.without().stream().map(r -> r.name()).toList());
                List<Object> items = new ArrayList<>();
                collect(part.entries(), String.valueOf(partNo), "", items, panel, due, recorded, agreed, audience, day);
                p.put("items", items);
                parts.add(p);
            } else {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("label", "");
                p.put("title", "");
                p.put("confidential", false);
                p.put("leaving", List.of());
                List<Object> items = new ArrayList<>();
                collect(List.of(entry), String.valueOf(partNo), "", items, panel, due, recorded, agreed, audience, day);
                p.put("items", items);
                parts.add(p);
            }
        }
        view.put("parts", parts);
        if (withMinutes) {
            List<String> visibleItems = new ArrayList<>();
            for (Object p : parts) {
                for (Object i : (List<?>) ((Map<?, ?>) p).get("items")) {
                    visibleItems.add((String) ((Map<?, ?>) i).get("number"));
                }
            }
            view.put("minutes", minutesView(tx, meeting, agreed, audience, visibleItems, day));
        }
        return view;
    }

    /** Items in order, numbered within their part ("1.1", "1.2", …); sections give their title to their items. */
    private void collect(List<AgendaEntry> entries, String partNo, String section, List<Object> out, List<PanelCase> panel,
                         List<MeetingAction> due, Map<String, MinutesEntry> recorded, List<MeetingAction> agreed,
                         Audience audience, LocalDate day) {
        for (AgendaEntry e : entries) {
            if (e instanceof AgendaEntry.Section s) {
                collect(s.entries(), partNo, s.title(), out, panel, due, recorded, agreed, audience, day);
            } else if (e instanceof AgendaEntry.Item item) {
                String number = partNo + "." + (out.size() + 1);
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("number", number);
                i.put("title", item.title());
                i.put("section", section);
                i.put("forEachCase", item.forEachCase().isPresent());
                i.put("cases", item.forEachCase().map(f -> panel.stream().filter(pc -> matches(f, pc)).map(pc -> pc.view).toList())
                        .orElse(List.of()));
                i.put("listsActions", item.lists().isPresent());
                i.put("actions", item.lists().map(kind -> due.stream().filter(a -> switch (kind) {
                    case DUE -> true;
                    case OVERDUE -> a.overdueOn(day);
                    case OPEN -> a.status() == MeetingAction.Status.OPEN;
                }).map(a -> actionView(a, day)).toList()).orElse(List.of()));
                MinutesEntry m = recorded.get(number);
                i.put("notes", m == null ? "" : m.notes());
                i.put("decisions", m == null ? List.of() : m.decisions());
                i.put("agreedActions", agreed.stream().filter(a -> number.equals(a.item())).map(a -> actionView(a, day)).toList());
                out.add(i);
            }
        }
    }

    private boolean matches(CaseFilter filter, PanelCase pc) {
        return evaluator.matches(filter, pc.facts);
    }

    /** A case on the panel: its view for templates and its facts for filters. */
    private record PanelCase(Map<String, Object> view, CaseSnapshot facts) {
    }

    private List<PanelCase> panel(Tx tx, Meeting meeting, LocalDate day) {
        List<PanelCase> out = new ArrayList<>();
        Optional<Meeting> previous = tx.meetings().previous(meeting);
        List<Long> before = previous.map(p -> tx.meetings().cases(p.id()).stream().map(Map.Entry::getKey).toList()).orElse(List.of());
        for (Map.Entry<Long, Boolean> entry : tx.meetings().cases(meeting.id())) {
            CaseRecord c = tx.cases().require(entry.getKey());
            Child child = tx.children().require(c.childId());
            int overdue = (int) tx.actions().list().stream().filter(a -> c.id() == (a.caseId() == null ? -1 : a.caseId()) && a.overdueOn(day)).count();
            CaseSnapshot facts = CaseFactsReader.read(tx, c, meeting.startsAt(), true, entry.getValue(), !before.contains(c.id()), overdue);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("reference", c.reference());
            v.put("child", child.reference());
            v.put("childName", child.displayName().trim());
            v.put("dateOfBirth", child.dateOfBirth() == null ? "" : child.dateOfBirth().toString());
            v.put("age", child.dateOfBirth() == null ? "" : String.valueOf(child.ageOn(day)));
            v.put("address", child.address() == null ? "" : child.address());
            v.put("level", facts.value("case.level").map(String::valueOf).orElse("not assessed"));
            v.put("band", facts.value("case.band").map(String::valueOf).orElse(""));
            v.put("score", facts.value("case.score").map(String::valueOf).orElse(""));
            v.put("referred", tx.referrals().forCase(c.id()).stream().map(r -> r.received().toString()).findFirst().orElse(""));
            v.put("closed", c.closed() == null ? "" : c.closed().toString());
            v.put("proposedForDischarge", entry.getValue());
            out.add(new PanelCase(v, facts));
        }
        return out;
    }

    private Map<String, Object> minutesView(Tx tx, Meeting meeting, List<MeetingAction> agreed, Audience audience,
                                            List<String> visibleItems, LocalDate day) {
        List<Attendance> attendance = tx.meetings().attendance(meeting.id());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("present", people(attendance, Attendance.Status.PRESENT));
        m.put("apologies", people(attendance, Attendance.Status.APOLOGIES));
        m.put("absent", people(attendance, Attendance.Status.ABSENT));
        m.put("quorum", QuorumCheck.of(area, type, attendance).explain(area));
        // an action agreed under a part this audience may not see stays out with the part
        m.put("agreedActions", agreed.stream().filter(a -> audience == Audience.FULL || visibleItems.contains(a.item()))
                .map(a -> actionView(a, day)).toList());
        return m;
    }

    private List<String> people(List<Attendance> attendance, Attendance.Status status) {
        return attendance.stream().filter(a -> a.status() == status)
                .map(a -> a.name() + " (" + area.agency(a.agency()).map(x -> x.name()).orElse(a.agency()) + ")").toList();
    }

    private Map<String, Object> meetingView(Meeting m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("reference", m.reference());
        v.put("type", m.typeName());
        v.put("area", area.name());
        v.put("date", DATE.format(m.startsAt().atZone(CaseFactsReader.ZONE)));
        v.put("time", TIME.format(m.startsAt().atZone(CaseFactsReader.ZONE)));
        v.put("venue", m.venue() == null ? "" : m.venue());
        v.put("callDetails", m.callDetails() == null ? "" : m.callDetails());
        v.put("chair", m.chair() == null ? "" : m.chair());
        v.put("purpose", type.purpose().orElse(""));
        return v;
    }

    private Map<String, Object> actionView(MeetingAction a, LocalDate day) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("reference", a.reference());
        v.put("description", a.description());
        v.put("owner", a.owner());
        v.put("agency", area.agency(a.agency()).map(x -> x.name()).orElse(a.agency()));
        v.put("due", a.due().toString());
        v.put("state", a.state(day));
        return v;
    }

    static String when(Instant at) {
        return DATE.format(at.atZone(CaseFactsReader.ZONE)) + " " + TIME.format(at.atZone(CaseFactsReader.ZONE));
    }
}
