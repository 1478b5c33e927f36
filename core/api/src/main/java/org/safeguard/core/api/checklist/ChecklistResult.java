package org.safeguard.core.api.checklist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a checklist made of a set of answers. Immutable.
 *
 * @param checklistId the checklist
 * @param version     its version
 * @param complete    every rule is decided: no unknown answer leaves one open
 * @param proposals   the routes the rules that hold propose, each once, in rule order; empty when
 *                    nothing holds (while the checklist is incomplete this means: not yet known)
 * @param rules       the rules that hold, each with what it proposes
 * @param unknown     the yes/no questions a rule reads, answered unknown or not at all, in checklist order
 *                    (recorded-only questions are never "still unknown")
 * @param answers     every answer given, normalised: {@code yes}/{@code no}/{@code unknown}, numbers as digits
 */
public record ChecklistResult(String checklistId, String version, boolean complete, List<String> proposals, List<Held> rules,
                              List<String> unknown, Map<String, String> answers) {
    public ChecklistResult {
        proposals = List.copyOf(proposals);
        rules = List.copyOf(rules);
        unknown = List.copyOf(unknown);
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /**
     * The yes/no questions answered yes, in checklist order: the criteria met. A question
     * answered no or unknown, or not answered, is not met.
     *
     * @since 1.1
     */
    public List<String> met() {
        return answers.entrySet().stream().filter(e -> e.getValue().equals("yes")).map(Map.Entry::getKey).toList();
    }

    /**
     * A rule that holds.
     *
     * @param rule     its id
     * @param source   its section of the protocol
     * @param why      its condition in words
     * @param proposes what it proposes
     */
    public record Held(String rule, String source, String why, List<String> proposes) {
        public Held {
            proposes = List.copyOf(proposes);
        }
    }
}
