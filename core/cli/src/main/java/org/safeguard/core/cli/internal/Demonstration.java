package org.safeguard.core.cli.internal;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;

/**
 * An area plugin's demonstration set (docs/plugin-guide.md, "A demonstration set"), read and
 * checked whole before the demo records anything: every problem of its shape at once. The
 * values stay the plugin's — referral fields, answers, codes — and are passed to the services
 * as they are, after {@link #resolve} has filled in the dates and case references.
 *
 * @param about    one sentence about the set
 * @param instrument the instrument its assessments use, or null for the area's own
 * @param children the fictional children, in order (the first is child 1)
 * @param meeting  the month of the area's meeting, or null when the set has none
 */
record Demonstration(String about, String instrument, List<Child> children, Month meeting) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(?:(today|held|next)([+-]\\d{1,4})|case:(\\d{1,4}))}");

    /** A child: the referral's fields, its assessments, its missing episodes. */
    record Child(Map<String, Object> referral, List<Assessment> assessments, List<Missing> missing) {
    }

    record Assessment(boolean isFinal, Map<String, String> answers) {
    }

    /** A missing episode, in hours before the demo runs; {@code returnedHoursAgo} null while missing. */
    record Missing(long missingHoursAgo, Long returnedHoursAgo, String whereFound, boolean returnInterview) {
    }

    /**
     * The month: a meeting of {@code type} held {@code heldDaysAgo} days ago, its minutes, the
     * next one a month later.
     */
    record Month(String type, String venue, String chair, LocalTime starts, LocalTime ends, int heldDaysAgo,
                 Integer dischargeProposedAtNext, Map<String, Object> minutes) {
    }

    /** The dates and references the placeholders stand for. */
    record Days(LocalDate today, LocalDate held, LocalDate next, List<String> caseReferences) {
    }

    /** Reads a set; refuses it with every problem found. */
    static Demonstration parse(String area, String json) {
        Map<String, Object> root;
        try {
            root = JSON.std.mapFrom(json);
        } catch (IOException e) {
            throw InvalidInputException.of("the demonstration set of area " + area + " is not valid JSON",
                    Problem.of("demonstration", e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        List<Child> children = new ArrayList<>();
        List<?> list = root.get("children") instanceof List<?> l ? l : List.of();
        if (list.isEmpty()) {
            problems.add(Problem.of("children", "the set has no children"));
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "children[" + (i + 1) + "]";
            Map<String, Object> c = map(list.get(i), at, problems);
            Map<String, Object> referral = map(c.get("referral"), at + ".referral", problems);
            List<Assessment> assessments = new ArrayList<>();
            for (Object a : c.get("assessments") instanceof List<?> l ? l : List.of()) {
                Map<String, Object> m = map(a, at + ".assessments", problems);
                Map<String, String> answers = new LinkedHashMap<>();
                map(m.get("answers"), at + ".assessments.answers", problems).forEach((k, v) -> answers.put(k, String.valueOf(v)));
                assessments.add(new Assessment(Boolean.TRUE.equals(m.get("final")), answers));
            }
            List<Missing> missing = new ArrayList<>();
            for (Object e : c.get("missing") instanceof List<?> l ? l : List.of()) {
                Map<String, Object> m = map(e, at + ".missing", problems);
                Long from = hours(m.get("missingHoursAgo"), at + ".missing.missingHoursAgo", true, problems);
                Long back = hours(m.get("returnedHoursAgo"), at + ".missing.returnedHoursAgo", false, problems);
                if (from != null && back != null && back > from) {
                    problems.add(Problem.of(at + ".missing", "returned before going missing"));
                }
                missing.add(new Missing(from == null ? 0 : from, back, m.get("whereFound") instanceof String w ? w : null,
                        !Boolean.FALSE.equals(m.get("returnInterview"))));
            }
            children.add(new Child(referral, assessments, missing));
        }
        Month month = root.get("meeting") == null ? null : month(map(root.get("meeting"), "meeting", problems), children.size(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the demonstration set of area " + area + " is refused", problems);
        }
        return new Demonstration(root.get("about") instanceof String s ? s : "", root.get("instrument") instanceof String s ? s : null,
                children, month);
    }

    private static Month month(Map<String, Object> m, int children, List<Problem> problems) {
        for (String key : List.of("type", "venue", "chair")) {
            if (!(m.get(key) instanceof String s) || s.isBlank()) {
                problems.add(Problem.of("meeting." + key, "is missing"));
            }
        }
        LocalTime starts = time(m.get("starts"), "meeting.starts", LocalTime.of(10, 0), problems);
        LocalTime ends = time(m.get("ends"), "meeting.ends", null, problems);
        int daysAgo = m.get("heldDaysAgo") instanceof Number n ? n.intValue() : 14;
        if (daysAgo < 1) {
            problems.add(Problem.of("meeting.heldDaysAgo", "the meeting must have been held before the demo runs"));
        }
        Integer adds = m.get("dischargeProposedAtNext") instanceof Number n ? n.intValue() : null;
        if (adds != null && (adds < 1 || adds > children)) {
            problems.add(Problem.of("meeting.dischargeProposedAtNext", "there is no child " + adds));
        }
        return new Month((String) m.get("type"), (String) m.get("venue"), (String) m.get("chair"), starts, ends, daysAgo, adds,
                map(m.get("minutes"), "meeting.minutes", problems));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String at, List<Problem> problems) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        problems.add(Problem.of(at, o == null ? "is missing" : "is not an object"));
        return Map.of();
    }

    private static Long hours(Object o, String at, boolean required, List<Problem> problems) {
        if (o == null && !required) {
            return null;
        }
        if (o instanceof Number n && n.longValue() >= 0) {
            return n.longValue();
        }
        problems.add(Problem.of(at, "is not a number of hours ago"));
        return null;
    }

    private static LocalTime time(Object o, String at, LocalTime fallback, List<Problem> problems) {
        if (o == null) {
            return fallback;
        }
        try {
            return LocalTime.parse(String.valueOf(o));
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(at, "'" + o + "' is not a time (HH:MM)"));
            return fallback;
        }
    }

    /** A value of the set with its placeholders filled in: strings inside maps and lists too. */
    static Object resolve(Object value, Days days) {
        if (value instanceof String s) {
            return resolveText(s, days);
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), resolve(v, days)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(v -> resolve(v, days)).toList();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resolveMap(Map<String, Object> value, Days days) {
        return (Map<String, Object>) resolve(value, days);
    }

    private static String resolveText(String text, Days days) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(3) != null) {
                int n = Integer.parseInt(m.group(3));
                if (n < 1 || n > days.caseReferences().size()) {
                    throw InvalidInputException.of("the demonstration set is refused", Problem.of(m.group(), "there is no child " + n));
                }
                replacement = days.caseReferences().get(n - 1);
            } else {
                LocalDate base = switch (m.group(1)) {
                    case "today" -> days.today();
                    case "held" -> days.held();
                    default -> days.next();
                };
                if (base == null) {
                    throw InvalidInputException.of("the demonstration set is refused", Problem.of(m.group(), "has no meeting to count from"));
                }
                replacement = base.plusDays(Long.parseLong(m.group(2))).toString();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
