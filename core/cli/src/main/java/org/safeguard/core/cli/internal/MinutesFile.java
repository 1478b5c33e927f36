package org.safeguard.core.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.app.MeetingService;
import org.safeguard.core.model.Attendance;

/**
 * A minutes file as a coordinator writes it (docs/coordinator-guide.md): a JSON object with
 * {@code attendance} (optional) and {@code items}, each naming its agenda item number with
 * notes, decisions, the discussion of each case the item lists, and actions:
 * <pre>
 * {"attendance": [{"name": "A. Example", "agency": "police", "status": "present"}],
 *  "items": [{"item": "1.2", "notes": "…", "decisions": ["…"],
 *             "cases": [{"case": "CSE-00003", "discussion": "…", "decisions": ["…"]}],
 *             "actions": [{"description": "…", "owner": "B. Example", "agency": "childrens-social-care",
 *                          "due": "2026-12-15", "case": "CSE-00003", "strand": "Protect"}]}]}
 * </pre>
 * Read here into the application's typed minutes: the file's form first (what is not JSON, a
 * key that is not part of minutes at any level — the file, an attendee, an item, a case, an
 * action —, a list that is not a list, a status or a date that does not read), every problem at
 * once; the meeting service then checks what it says against the agenda and the area.
 */
final class MinutesFile {
    private static final List<String> ATTENDEE = List.of("name", "agency", "status");
    private static final List<String> ITEM = List.of("item", "notes", "decisions", "cases", "actions");
    private static final List<String> CASE = List.of("case", "discussion", "decisions");
    private static final List<String> ACTION = List.of("description", "owner", "agency", "due", "case", "strand");

    private final List<Problem> problems = new ArrayList<>();

    private MinutesFile() {
    }

    static MeetingService.MinutesInput read(Path file) {
        return new MinutesFile().minutes(JsonFiles.readObject(file, "minutes"));
    }

    static MeetingService.MinutesInput parse(String json) {
        return new MinutesFile().minutes(JsonFiles.parseObject(json, "the minutes file", "minutes"));
    }

    private MeetingService.MinutesInput minutes(Map<String, Object> root) {
        keys(root, "", "a minutes file", List.of("attendance", "items"));
        List<MeetingService.Attendee> attendance = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> a : objects(root.get("attendance"), "attendance")) {
            String at = "attendance[" + (++n) + "]";
            keys(a, at + ".", "an attendee", ATTENDEE);
            attendance.add(new MeetingService.Attendee(text(a.get("name")), text(a.get("agency")), status(a.get("status"), at + ".status")));
        }
        List<MeetingService.ItemMinutes> items = new ArrayList<>();
        n = 0;
        for (Map<String, Object> i : objects(root.get("items"), "items")) {
            String at = "items[" + (++n) + "]";
            keys(i, at + ".", "an item's minutes", ITEM);
            List<String> decisions = decisions(i.get("decisions"), at + ".decisions");
            List<MeetingService.CaseMinutes> cases = new ArrayList<>();
            int c = 0;
            for (Map<String, Object> cm : objects(i.get("cases"), at + ".cases")) {
                String cat = at + ".cases[" + (++c) + "]";
                keys(cm, cat + ".", "a case's minutes", CASE);
                cases.add(new MeetingService.CaseMinutes(text(cm.get("case")), text(cm.get("discussion")),
                        decisions(cm.get("decisions"), cat + ".decisions")));
            }
            List<MeetingService.NewAction> actions = new ArrayList<>();
            int k = 0;
            for (Map<String, Object> a : objects(i.get("actions"), at + ".actions")) {
                String aat = at + ".actions[" + (++k) + "]";
                keys(a, aat + ".", "an action", ACTION);
                actions.add(new MeetingService.NewAction(text(a.get("description")), text(a.get("owner")), text(a.get("agency")),
                        due(a.get("due"), aat + ".due"), text(a.get("case")), text(a.get("strand"))));
            }
            items.add(new MeetingService.ItemMinutes(text(i.get("item")), text(i.get("notes")), decisions, actions, cases));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("minutes not recorded", problems);
        }
        return new MeetingService.MinutesInput(attendance, items);
    }

    /** Refuses every key of an object that is not one of its fields, named by its place, e.g. {@code items[2].actions[1].dew}. */
    private void keys(Map<String, Object> object, String at, String what, List<String> allowed) {
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(new Problem(at + key, "is not part of " + what + " (" + String.join(", ", allowed) + ")",
                        Suggestions.closest(key, allowed).orElse(null)));
            }
        }
    }

    private List<String> decisions(Object value, String at) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(d -> out.add(String.valueOf(d)));
        } else if (value != null) {
            problems.add(Problem.of(at, "must be a list of decisions"));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> objects(Object value, String at) {
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

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** A status as written; none given is for the service to refuse. */
    private Attendance.Status status(Object value, String at) {
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        String status = String.valueOf(value).strip();
        try {
            return Attendance.Status.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(at, "'" + status + "' is not present, apologies or absent"));
            return null;
        }
    }

    /** A due date as written (YYYY-MM-DD); none given is for the service to refuse. */
    private LocalDate due(Object value, String at) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(at, "'" + value + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
