package org.safeguard.plugins.stockport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.api.casework.RecordedCase;

/** A recorded Stockport case built by hand for the guard tests: its plans in force. */
record TestCase(List<Plan> plans, List<Decision> decisions, List<MeetingOnPanel> meetings, String level) implements RecordedCase {
    static TestCase withPlans(String... kinds) {
        return new TestCase(java.util.Arrays.stream(kinds)
                .map(k -> new Plan(k, k.equals(StockportPlans.EXIT) ? "tac" : null, 1, null)).toList(), List.of(), List.of(), null);
    }

    TestCase exitTo(String route) {
        List<Plan> p = new java.util.ArrayList<>(plans.stream().filter(x -> !x.kind().equals(StockportPlans.EXIT)).toList());
        p.add(new Plan(StockportPlans.EXIT, route, 1, null));
        return new TestCase(p, decisions, meetings, level);
    }

    TestCase decided(String kind) {
        List<Decision> d = new java.util.ArrayList<>(decisions);
        d.add(new Decision(kind, "decided", LocalDate.of(2026, 11, 3)));
        return new TestCase(plans, d, meetings, level);
    }

    TestCase meeting(String type, boolean held) {
        List<MeetingOnPanel> m = new java.util.ArrayList<>(meetings);
        m.add(new MeetingOnPanel(type, LocalDate.of(2026, 11, 10), held));
        return new TestCase(plans, decisions, m, level);
    }

    TestCase level(String value) {
        return new TestCase(plans, decisions, meetings, value);
    }

    @Override public String area() { return StockportArea.ID; }
    @Override public String reference() { return "SCU-00012"; }
    @Override public LocalDate opened() { return LocalDate.of(2026, 11, 2); }
    @Override public Optional<String> classification(String scheme) {
        return scheme.equals(StockportCodes.RISK_LEVEL) ? Optional.ofNullable(level) : Optional.empty();
    }
    @Override public List<FormAnswers> forms() { return List.of(); }
    @Override public Optional<FormAnswers> form(String formId) { return Optional.empty(); }
    @Override public List<Outcome> outcomes() { return List.of(); }
    @Override public List<Long> linkedPersons() { return List.of(); }

    static Map<String, String> answers(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String a : kv) {
            String[] p = a.split("=", 2);
            m.put(p[0], p[1]);
        }
        return m;
    }
}
