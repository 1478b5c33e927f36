package org.safeguard.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A checklist's result recorded on a case (a screening): the answers, whether every rule was
 * decided, the routes proposed and the rules that proposed them. Reproducible from the answers
 * and the checklist version; only ever added.
 *
 * @param rules the rules that held, each as {@code rule}, {@code source}, {@code proposes}
 * @param notes the note written with an answer, by question id, in the checklist's order; empty when none
 */
public record Screening(long id, long caseId, long childId, String checklistId, String checklistVersion, Map<String, String> answers,
                        boolean complete, List<String> proposals, List<Map<String, Object>> rules, String assessor, Instant recorded,
                        Map<String, String> notes) {
    public Screening {
        answers = Map.copyOf(answers);
        notes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notes));
        proposals = List.copyOf(proposals);
        rules = List.copyOf(rules);
    }

    /** A screening without notes, as before they were kept (1.2). */
    public Screening(long id, long caseId, long childId, String checklistId, String checklistVersion, Map<String, String> answers,
                     boolean complete, List<String> proposals, List<Map<String, Object>> rules, String assessor, Instant recorded) {
        this(id, caseId, childId, checklistId, checklistVersion, answers, complete, proposals, rules, assessor, recorded, Map.of());
    }
}
