package org.safeguard.plugins.stockport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.api.casework.RecordedCase;

/** A recorded Stockport case built by hand for the guard tests: its plans in force. */
record TestCase(List<Plan> plans) implements RecordedCase {
    static TestCase withPlans(String... kinds) {
        return new TestCase(java.util.Arrays.stream(kinds)
                .map(k -> new Plan(k, k.equals(StockportPlans.EXIT) ? "tac" : null, 1, null)).toList());
    }

    @Override public String area() { return StockportArea.ID; }
    @Override public String reference() { return "SCU-00012"; }
    @Override public LocalDate opened() { return LocalDate.of(2026, 11, 2); }
    @Override public Optional<String> classification(String scheme) { return Optional.empty(); }
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
