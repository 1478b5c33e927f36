package org.safeguard.core.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.ClassificationScheme;
import org.safeguard.core.api.casework.CaseGuard;
import org.safeguard.core.api.casework.Flag;
import org.safeguard.core.api.casework.FlagProvider;
import org.safeguard.core.api.casework.PlanKind;
import org.safeguard.core.api.casework.RecordedCase;
import org.safeguard.core.api.casework.Step;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.FormDefinition;

/**
 * What an area's plugin says about its cases, gathered for the core: the area's descriptor (its
 * schemes, case forms and outcome codes), its flag providers and guards, and the forms and code
 * lists to read recorded answers with. Built from the enabled plugins; immutable.
 *
 * @param area       the area's descriptor, or null when its plugin is not enabled (then no flags and no guards)
 * @param flagging   the area's flag providers
 * @param guards     the area's case guards
 * @param forms      finds a form by id among the enabled plugins'
 * @param codeLists  finds a code list by id among the enabled plugins'
 * @param planKinds  the kinds of plan the area's cases carry, as its plugins declare them
 * @param checklists finds a checklist by id among the enabled plugins' (what its routes are called)
 */
public record AreaCasework(AreaDescriptor area, List<FlagProvider> flagging, List<CaseGuard> guards,
                           Function<String, Optional<FormDefinition>> forms, Function<String, Optional<CodeList>> codeLists,
                           List<PlanKind> planKinds, Function<String, Optional<Checklist>> checklists) {
    public AreaCasework {
        flagging = List.copyOf(flagging);
        guards = List.copyOf(guards);
        planKinds = List.copyOf(planKinds);
    }

    /** Casework whose checklists are not known. */
    public AreaCasework(AreaDescriptor area, List<FlagProvider> flagging, List<CaseGuard> guards,
                        Function<String, Optional<FormDefinition>> forms, Function<String, Optional<CodeList>> codeLists,
                        List<PlanKind> planKinds) {
        this(area, flagging, guards, forms, codeLists, planKinds, id -> Optional.empty());
    }

    /** Casework without plan kinds. */
    public AreaCasework(AreaDescriptor area, List<FlagProvider> flagging, List<CaseGuard> guards,
                        Function<String, Optional<FormDefinition>> forms, Function<String, Optional<CodeList>> codeLists) {
        this(area, flagging, guards, forms, codeLists, List.of());
    }

    /** A plan kind the area declares, if it does. */
    public Optional<PlanKind> planKind(String id) {
        return planKinds.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** Casework with no plugin: nothing flagged, nothing guarded, no forms or lists known. */
    public static AreaCasework none() {
        return new AreaCasework(null, List.of(), List.of(), id -> Optional.empty(), id -> Optional.empty());
    }

    /** The flags that hold on a case, each provider's in turn. */
    public List<Flag> flags(RecordedCase c) {
        List<Flag> out = new ArrayList<>();
        flagging.forEach(p -> out.addAll(p.flags(c)));
        return out;
    }

    /** What the area's guards say is missing before the case may take the step; empty when nothing is. */
    public List<String> missing(Step step, RecordedCase c) {
        List<String> out = new ArrayList<>();
        guards.forEach(g -> out.addAll(g.missing(step, c)));
        return out;
    }

    /**
     * Refuses the step, changing nothing, when a guard names something missing: the message
     * names the case, the step and each thing missing.
     *
     * @param doing the step in words, e.g. "go on the panel of a MASE meeting"
     */
    public void require(Step step, RecordedCase c, String doing) {
        List<String> missing = missing(step, c);
        if (!missing.isEmpty()) {
            throw new RefusedException("case-not-ready", "case " + c.reference() + " cannot " + doing + " yet: "
                    + String.join("; ", missing));
        }
    }

    /** The area's classification schemes, as declared; empty without the plugin. */
    public List<ClassificationScheme> schemes() {
        return area == null ? List.of() : area.schemes();
    }
}
