package org.safeguard.core.meetings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguard.core.model.Attendance;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.MeetingType;
import org.safeguard.dsl.model.Quorum;
import org.safeguard.dsl.model.Ref;

/**
 * Whether a meeting was quorate under its type's rule (e.g. "at least four agencies including
 * police and children's services"), and if not, exactly why. Only the area's agencies count:
 * family attending the open part is recorded in the attendance but is not an agency. Immutable.
 *
 * @param quorate          the rule is met, or the type has no rule
 * @param present          the area's agencies with at least one person present, in the order recorded
 * @param needed           how many agencies the rule asks for (0 without a rule)
 * @param missingRequired  agencies the rule names that nobody represented
 */
public record QuorumCheck(boolean quorate, List<String> present, int needed, List<String> missingRequired) {

    public static QuorumCheck of(AreaDefinition area, MeetingType type, List<Attendance> attendance) {
        Set<String> present = new LinkedHashSet<>();
        attendance.stream().filter(a -> a.status() == Attendance.Status.PRESENT && area.agency(a.agency()).isPresent())
                .forEach(a -> present.add(a.agency()));
        Optional<Quorum> rule = type.quorum();
        if (rule.isEmpty()) {
            return new QuorumCheck(true, List.copyOf(present), 0, List.of());
        }
        List<String> missing = new ArrayList<>();
        for (Ref required : rule.get().including()) {
            if (!present.contains(required.name())) {
                missing.add(required.name());
            }
        }
        boolean ok = present.size() >= rule.get().agencies() && missing.isEmpty();
        return new QuorumCheck(ok, List.copyOf(present), rule.get().agencies(), missing);
    }

    /** A sentence for people: what the rule needed and what was missing. */
    public String explain(AreaDefinition area) {
        if (needed == 0) {
            return "the meeting type has no quorum rule";
        }
        String represented = present.size() + (present.size() == 1 ? " agency" : " agencies") + " represented";
        if (quorate) {
            return "quorate: " + represented + " (" + String.join(", ", names(area, present)) + "), at least " + needed + " needed";
        }
        List<String> why = new ArrayList<>();
        if (present.size() < needed) {
            why.add("only " + represented + ", at least " + needed + " needed");
        }
        if (!missingRequired.isEmpty()) {
            why.add("not represented: " + String.join(", ", names(area, missingRequired)));
        }
        return "not quorate: " + String.join("; ", why);
    }

    private static List<String> names(AreaDefinition area, List<String> agencyIds) {
        return agencyIds.stream().map(id -> area.agency(id).map(a -> a.name()).orElse(id)).toList();
    }
}
