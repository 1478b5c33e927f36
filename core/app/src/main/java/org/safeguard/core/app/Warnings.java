package org.safeguard.core.app;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.safeguard.core.api.language.Finding;

/**
 * What the calls of one request found to warn about in text they saved: each label of the
 * language check found in a free-text field (see {@link LanguageService}). A warning never
 * stopped or changed a save: the text is stored exactly as written, and the front end shows the
 * warnings after the call (the command line on standard error, a web console beside the saved
 * record). A warning names the field and the label's words, never the record or its child, so
 * it can be shown or logged without disclosing anyone. Every {@link RequestContext} carries one;
 * thread-safe.
 */
public final class Warnings {
    /**
     * A label found in a saved field.
     *
     * @param field   which field, in the words of the form or option it came from ("reasons",
     *                "lancashire.cse1 details")
     * @param finding the label found, with its offsets into the field's text as saved
     */
    public record Warning(String field, Finding finding) {
        public Warning {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(finding, "finding");
        }
    }

    private final List<Warning> warnings = new CopyOnWriteArrayList<>();

    /** Adds what was found in one saved field. */
    public void add(String field, List<Finding> findings) {
        findings.forEach(f -> warnings.add(new Warning(field, f)));
    }

    /** Every warning so far, in the order they were found. */
    public List<Warning> all() {
        return List.copyOf(warnings);
    }

    /** Every warning so far, forgetting them: for a front end that shows each once. */
    public synchronized List<Warning> take() {
        List<Warning> taken = List.copyOf(warnings);
        warnings.removeAll(taken);
        return taken;
    }

    @Override
    public String toString() {
        return warnings.size() + " warning(s)";
    }
}
