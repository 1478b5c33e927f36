package org.safeguard.core.meetings;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.MinutesEntry;
import org.safeguard.dsl.model.AreaDefinition;

/**
 * Minutes as a coordinator writes them: a JSON object with {@code attendance} (optional) and
 * {@code items}, each naming its agenda item number with notes, decisions and actions:
 * <pre>
 * {"attendance": [{"name": "A. Example", "agency": "police", "status": "present"}],
 *  "items": [{"item": "1.2", "notes": "…", "decisions": ["…"],
 *             "actions": [{"description": "…", "owner": "B. Example", "agency": "childrens-social-care",
 *                          "due": "2026-12-15", "case": "CSE-00003"}]}]}
 * </pre>
 * Everything is checked against the meeting's agenda and the area's agencies before anything
 * is stored; every problem is reported at once.
 */
public final class MinutesImport {
    /** One agenda item as the agenda numbered it. */
    public record AgendaItem(String number, String title, boolean confidential) {
    }

    /** An action to record. */
    public record NewAction(String item, String caseReference, String description, String owner, String agency, LocalDate due) {
    }

    /** What the file says, checked. */
    public record Parsed(List<Attendance> attendance, List<MinutesEntry> entries, List<NewAction> actions) {
    }

    private MinutesImport() {
    }

    public static Parsed parse(String json, long meetingId, LocalDate meetingDay, List<AgendaItem> agenda, AreaDefinition area,
                               List<String> casesOnPanel) {
        Map<String, Object> root;
        try {
            root = JSON.std.mapFrom(json);
        } catch (IOException e) {
            throw new SafeguardException("the minutes file is not a JSON object: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (root == null) {
            throw new SafeguardException("the minutes file is empty");
        }
        List<Problem> problems = new ArrayList<>();
        List<String> agencies = area.agencies().stream().map(a -> a.id()).toList();
        Map<String, AgendaItem> items = new LinkedHashMap<>();
        agenda.forEach(i -> items.put(i.number(), i));
        for (String key : root.keySet()) {
            if (!key.equals("attendance") && !key.equals("items")) {
                problems.add(new Problem(key, "is not part of a minutes file (attendance, items)",
                        Suggestions.closest(key, List.of("attendance", "items")).orElse(null)));
            }
        }
        List<Attendance> attendance = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> a : objects(root.get("attendance"), "attendance", problems)) {
            String at = "attendance[" + (++n) + "]";
            String name = text(a, "name", at, problems);
            String agency = agency(a.get("agency"), at + ".agency", agencies, problems);
            String status = text(a, "status", at, problems);
            Attendance.Status s = null;
            if (status != null) {
                try {
                    s = Attendance.Status.valueOf(status.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.of(at + ".status", "'" + status + "' is not present, apologies or absent"));
                }
            }
            if (name != null && agency != null && s != null) {
                attendance.add(new Attendance(meetingId, name, agency, s));
            }
        }
        List<MinutesEntry> entries = new ArrayList<>();
        List<NewAction> actions = new ArrayList<>();
        n = 0;
        for (Map<String, Object> i : objects(root.get("items"), "items", problems)) {
            String at = "items[" + (++n) + "]";
            String number = text(i, "item", at, problems);
            AgendaItem item = number == null ? null : items.get(number);
            if (number != null && item == null) {
                problems.add(new Problem(at + ".item", "there is no item " + number + " on this meeting's agenda (items: "
                        + String.join(", ", items.keySet()) + ")", Suggestions.closest(number, items.keySet()).orElse(null)));
                continue;
            }
            if (item == null) {
                continue;
            }
            String notes = i.get("notes") == null ? "" : String.valueOf(i.get("notes")).strip();
            List<String> decisions = new ArrayList<>();
            if (i.get("decisions") instanceof List<?> list) {
                list.forEach(d -> decisions.add(String.valueOf(d).strip()));
            } else if (i.get("decisions") != null) {
                problems.add(Problem.of(at + ".decisions", "must be a list of decisions"));
            }
            entries.add(new MinutesEntry(0, meetingId, item.number(), item.title(), item.confidential(), null, notes, decisions));
            int k = 0;
            for (Map<String, Object> a : objects(i.get("actions"), at + ".actions", problems)) {
                String aat = at + ".actions[" + (++k) + "]";
                String description = text(a, "description", aat, problems);
                String owner = text(a, "owner", aat, problems);
                String agency = agency(a.get("agency"), aat + ".agency", agencies, problems);
                LocalDate due = due(a.get("due"), aat + ".due", meetingDay, problems);
                String caseRef = a.get("case") == null ? null : String.valueOf(a.get("case")).strip();
                if (caseRef != null && !casesOnPanel.contains(caseRef)) {
                    problems.add(new Problem(aat + ".case", "case " + caseRef + " is not on this meeting",
                            Suggestions.closest(caseRef, casesOnPanel).orElse(null)));
                }
                if (description != null && owner != null && agency != null && due != null) {
                    actions.add(new NewAction(item.number(), caseRef, description, owner, agency, due));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("minutes not recorded", problems);
        }
        return new Parsed(attendance, entries, actions);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object value, String at, List<Problem> problems) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problems.add(Problem.of(at, "must be a list"));
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
            } else {
                problems.add(Problem.of(at + "[" + (i + 1) + "]", "must be an object"));
            }
        }
        return out;
    }

    private static String text(Map<String, Object> m, String key, String at, List<Problem> problems) {
        Object v = m.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            problems.add(Problem.of(at + "." + key, "is required"));
            return null;
        }
        return String.valueOf(v).strip();
    }

    private static String agency(Object value, String at, List<String> agencies, List<Problem> problems) {
        if (value == null || String.valueOf(value).isBlank()) {
            problems.add(Problem.of(at, "is required (an agency id of the area definition)"));
            return null;
        }
        String id = String.valueOf(value).strip();
        if (!agencies.contains(id)) {
            problems.add(new Problem(at, "'" + id + "' is not an agency of the area definition",
                    Suggestions.closest(id, agencies).orElse(null)));
            return null;
        }
        return id;
    }

    private static LocalDate due(Object value, String at, LocalDate meetingDay, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.of(at, "is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(String.valueOf(value).strip());
            if (d.isBefore(meetingDay)) {
                problems.add(Problem.of(at, d + " is before the meeting"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(at, "'" + value + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
