package org.safeguard.core.app.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.app.MeetingService;
import org.safeguard.core.meetings.MinutesImport;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.MinutesEntry;
import org.safeguard.dsl.model.Agency;

/**
 * Minutes as written, checked against the meeting's agenda, panel and area: every item is on
 * the agenda, every agency is the area's (an attendee may also be family, who never count
 * towards the quorum), every action is due on or after the meeting's day and
 * names a case on the panel (if any), every case discussed is one its item lists, once. Every problem is collected, then reported at once, named
 * by its place in the minutes ({@code items[1].actions[2].due}) or, for one action, by its field.
 * One instance per check.
 */
final class MinutesCheck {
    private final MinutesImport.Frame frame;
    private final List<String> agencies;
    private final Map<String, MinutesImport.AgendaItem> agenda = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Attendance> attendance = new ArrayList<>();
    private final List<MinutesEntry> entries = new ArrayList<>();
    private final List<MinutesImport.NewAction> actions = new ArrayList<>();

    /** What a refusal is titled: the minutes, or one action added on its own. */
    private String refused = "minutes not recorded";

    private MinutesCheck(MinutesImport.Frame frame) {
        this.frame = frame;
        this.agencies = frame.area().agencies().stream().map(Agency::id).toList();
        frame.agenda().forEach(i -> agenda.put(i.number(), i));
    }

    /** The minutes of a meeting, checked. */
    static MinutesImport.Parsed minutes(MinutesImport.Frame frame, MeetingService.MinutesInput in) {
        MinutesCheck c = new MinutesCheck(frame);
        int n = 0;
        for (MeetingService.Attendee a : in.attendance()) {
            c.attendee(a, "attendance[" + (++n) + "].");
        }
        n = 0;
        for (MeetingService.ItemMinutes i : in.items()) {
            String at = "items[" + (++n) + "]";
            c.item(i, at + ".", k -> at + ".actions[" + k + "].");
        }
        return c.result();
    }

    /** One action agreed against an agenda item, checked; problems are named by the action's fields. */
    static MinutesImport.Parsed action(MinutesImport.Frame frame, String item, MeetingService.NewAction action) {
        MinutesCheck c = new MinutesCheck(frame);
        c.refused = "action not recorded";
        c.item(new MeetingService.ItemMinutes(item, null, List.of(), List.of(action)), "", k -> "");
        return c.result();
    }

    private MinutesImport.Parsed result() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(refused, problems);
        }
        return new MinutesImport.Parsed(attendance, entries, actions);
    }

    private void attendee(MeetingService.Attendee a, String at) {
        String name = text(a.name(), at + "name");
        String agency = MeetingServiceImpl.FAMILY.equals(a.agency() == null ? null : a.agency().strip())
                ? MeetingServiceImpl.FAMILY : agency(a.agency(), at + "agency", " (or family)");
        if (a.status() == null) {
            problems.add(Problem.of(at + "status", "is required"));
        }
        if (name != null && agency != null && a.status() != null) {
            attendance.add(new Attendance(frame.meeting().id(), name, agency, a.status()));
        }
    }

    private void item(MeetingService.ItemMinutes i, String at, IntFunction<String> actionAt) {
        String number = text(i.item(), at + "item");
        if (number == null) {
            return;
        }
        MinutesImport.AgendaItem item = agenda.get(number);
        if (item == null) {
            problems.add(new Problem(at + "item", "there is no item " + number + " on this meeting's agenda (items: "
                    + String.join(", ", agenda.keySet()) + ")", Suggestions.closest(number, agenda.keySet()).orElse(null)));
            return;
        }
        String notes = i.notes() == null ? "" : freeText(i.notes(), at + "notes");
        List<String> decisions = new ArrayList<>();
        int d = 0;
        for (String decision : i.decisions()) {
            decisions.add(freeText(decision, at + "decisions[" + (++d) + "]"));
        }
        entries.add(new MinutesEntry(0, frame.meeting().id(), item.number(), item.title(), item.confidential(), null, notes, decisions));
        java.util.Set<String> discussed = new java.util.HashSet<>();
        int c = 0;
        for (MeetingService.CaseMinutes cm : i.cases()) {
            caseMinutes(item, cm, at + "cases[" + (++c) + "].", discussed);
        }
        int k = 0;
        for (MeetingService.NewAction a : i.actions()) {
            action(item, a, actionAt.apply(++k));
        }
    }

    /** One case's discussion under an item: the case is one the item lists, and is discussed once there. */
    private void caseMinutes(MinutesImport.AgendaItem item, MeetingService.CaseMinutes cm, String at, java.util.Set<String> discussed) {
        String ref = text(cm.caseReference(), at + "case");
        String discussion = cm.discussion() == null ? "" : freeText(cm.discussion(), at + "discussion");
        List<String> decisions = new ArrayList<>();
        int d = 0;
        for (String decision : cm.decisions()) {
            decisions.add(freeText(decision, at + "decisions[" + (++d) + "]"));
        }
        if (ref == null) {
            return;
        }
        if (ref.matches("\\d{1,18}")) { // a case by its number, as a command line may name it
            long id = Long.parseLong(ref);
            ref = frame.panel().entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst().orElse(ref);
        }
        if (!item.cases().contains(ref)) {
            problems.add(new Problem(at + "case", item.cases().isEmpty()
                    ? "item " + item.number() + " lists no cases, so no case is discussed under it"
                    : "case " + ref + " is not listed under item " + item.number() + " (cases: " + String.join(", ", item.cases()) + ")",
                    Suggestions.closest(ref, item.cases()).orElse(null)));
            return;
        }
        if (!discussed.add(ref)) {
            problems.add(Problem.of(at + "case", "case " + ref + " is already minuted under item " + item.number()
                    + " (write its discussion once)"));
            return;
        }
        entries.add(new MinutesEntry(0, frame.meeting().id(), item.number(), item.title(), item.confidential(), frame.panel().get(ref),
                discussion, decisions));
    }

    private void action(MinutesImport.AgendaItem item, MeetingService.NewAction a, String at) {
        String description = required(a.description(), at + "description", true);
        String owner = text(a.owner(), at + "owner");
        String agency = agency(a.agency(), at + "agency");
        LocalDate due = due(a.due(), at + "due");
        String caseRef = a.caseReference() == null ? null : line(a.caseReference(), at + "case");
        if (caseRef != null && !frame.panel().containsKey(caseRef)) {
            problems.add(new Problem(at + "case", "case " + caseRef + " is not on this meeting",
                    Suggestions.closest(caseRef, frame.panel().keySet()).orElse(null)));
        }
        String strand = strand(a.strand(), at + "strand");
        if (description != null && owner != null && agency != null && due != null && (a.strand() == null || strand != null)) {
            actions.add(new MinutesImport.NewAction(item.number(), caseRef, description, owner, agency, due, strand));
        }
    }

    /** A strand of the area's activity plan as the definition spells it; null, with a problem, when it names none of them. */
    private String strand(String value, String at) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> strands = frame.area().strands().stream().map(r -> r.name()).toList();
        String typed = value.strip();
        Optional<String> known = strands.stream().filter(s -> s.equalsIgnoreCase(typed)).findFirst();
        if (known.isEmpty()) {
            problems.add(new Problem(at, strands.isEmpty() ? "area " + frame.area().id() + " declares no strands"
                    : "'" + typed + "' is not a strand of area " + frame.area().id() + " (" + String.join(", ", strands) + ")",
                    Suggestions.closest(typed, strands).orElse(null)));
            return null;
        }
        return known.get();
    }

    /** A required single-line value. */
    private String text(String value, String at) {
        return required(value, at, false);
    }

    private String required(String value, String at, boolean multiLine) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(at, "is required"));
            return null;
        }
        return multiLine ? freeText(value, at) : line(value, at);
    }

    /** A single-line value stripped, or null with its problem collected. */
    private String line(String value, String at) {
        Problem p = Inputs.lineProblem(at, value);
        if (p != null) {
            problems.add(p);
            return null;
        }
        return value.strip();
    }

    /** Multi-line text with its line ends as line feeds, its problem collected (and the text then kept out). */
    private String freeText(String value, String at) {
        Problem p = Inputs.textProblem(at, value);
        if (p != null) {
            problems.add(p);
            return "";
        }
        return value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private String agency(String value, String at) {
        return agency(value, at, "");
    }

    private String agency(String value, String at, String orElse) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(at, "is required (an agency id of the area definition" + orElse + ")"));
            return null;
        }
        String id = value.strip();
        Problem p = Inputs.lineProblem(at, id);
        if (p != null) {
            problems.add(p);
            return null;
        }
        if (!agencies.contains(id)) {
            problems.add(new Problem(at, "'" + id + "' is not an agency of the area definition" + orElse,
                    Suggestions.closest(id, agencies).orElse(null)));
            return null;
        }
        return id;
    }

    private LocalDate due(LocalDate day, String at) {
        if (day == null) {
            problems.add(Problem.of(at, "is required (YYYY-MM-DD)"));
            return null;
        }
        if (day.isBefore(frame.day())) {
            problems.add(Problem.of(at, day + " is before the meeting"));
            return null;
        }
        return day;
    }
}
