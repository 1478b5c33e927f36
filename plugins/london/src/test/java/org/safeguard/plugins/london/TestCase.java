package org.safeguard.plugins.london;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.api.casework.RecordedCase;

/**
 * A recorded London case built by hand for the flag and guard tests: its classifications, the
 * latest MASE information form's answers (as the form's validation normalises them; null when
 * no form is recorded) and its outcomes.
 */
record TestCase(Map<String, String> classifications, Map<String, Object> mase, List<Outcome> outcomes)
        implements RecordedCase {

    static TestCase empty() {
        return new TestCase(Map.of(), null, List.of());
    }

    TestCase category(String code) {
        Map<String, String> c = new LinkedHashMap<>(classifications);
        c.put(ProtocolCodes.POLICE_CATEGORY, code);
        return new TestCase(c, mase, outcomes);
    }

    TestCase answer(String field, Object value) {
        Map<String, Object> m = mase == null ? new LinkedHashMap<>() : new LinkedHashMap<>(mase);
        m.put(field, value);
        return new TestCase(classifications, m, outcomes);
    }

    TestCase outcome(String code, Long person) {
        List<Outcome> o = new java.util.ArrayList<>(outcomes);
        o.add(new Outcome(code, person, LocalDate.of(2026, 11, 2)));
        return new TestCase(classifications, mase, o);
    }

    @Override
    public String area() {
        return "london";
    }

    @Override
    public String reference() {
        return "MASE-00012";
    }

    @Override
    public LocalDate opened() {
        return LocalDate.of(2026, 9, 1);
    }

    @Override
    public Optional<String> classification(String scheme) {
        return Optional.ofNullable(classifications.get(scheme));
    }

    @Override
    public Optional<FormAnswers> form(String formId) {
        return formId.equals(LondonForms.MASE_INFO) && mase != null
                ? Optional.of(new FormAnswers(formId, LondonForms.VERSION, 1, mase)) : Optional.empty();
    }

    /** Every form version recorded: here only the one MASE information form, if any. (No @Override: newer API.) */
    public List<FormAnswers> forms() {
        return form(LondonForms.MASE_INFO).stream().toList();
    }

    @Override
    public List<Long> linkedPersons() {
        return List.of(7L);
    }
}
