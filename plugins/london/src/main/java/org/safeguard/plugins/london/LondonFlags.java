package org.safeguard.plugins.london;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.casework.Flag;
import org.safeguard.core.api.casework.FlagProvider;
import org.safeguard.core.api.casework.RecordedCase;
import org.safeguard.core.api.casework.RecordedCase.FormAnswers;

/**
 * The MPS branch flags of Appendix E that follow from what is recorded on a London case, in the
 * appendix's order: ES on every case (each is a suspicion of CSE); GE and GA from the MASE
 * information form's group and gang answers; exactly one of LA, LB, LC following the current
 * police category 1, 2 or 3 (none at 0 or before a category is set); EU when the latest MASE
 * information form lists the online model. Stateless; thread-safe.
 */
@Component(service = FlagProvider.class)
public final class LondonFlags implements FlagProvider {
    /** Appendix E's branch flags, in its order. */
    static final List<String> CODES = List.of("ES", "GE", "GA", "LA", "LB", "LC", "EU");

    private static final Map<String, String> CATEGORY_FLAGS = Map.of("1", "LA", "2", "LB", "3", "LC");

    public LondonFlags() {
        // DS needs a public no-arg constructor; the provider holds no state.
    }

    @Override
    public String area() {
        return LondonArea.ID;
    }

    @Override
    public List<String> codes() {
        return CODES;
    }

    @Override
    public List<Flag> flags(RecordedCase c) {
        List<Flag> flags = new ArrayList<>();
        flags.add(new Flag("ES", "a case of suspected child sexual exploitation"));
        Optional<FormAnswers> form = c.form(LondonForms.MASE_INFO);
        if (form.flatMap(f -> f.yesNo(LondonForms.GROUP_OFFENDING)).orElse(false)) {
            flags.add(new Flag("GE", "the MASE information form records offending by an exploitative group"));
        }
        if (form.flatMap(f -> f.yesNo(LondonForms.GANG_OFFENDING)).orElse(false)) {
            flags.add(new Flag("GA", "the MASE information form records offending by an exploitative gang"));
        }
        c.classification(ProtocolCodes.POLICE_CATEGORY).filter(CATEGORY_FLAGS::containsKey)
                .ifPresent(category -> flags.add(new Flag(CATEGORY_FLAGS.get(category), "police category " + category)));
        if (form.map(f -> f.codes(LondonForms.MODELS).contains("online")).orElse(false)) {
            flags.add(new Flag("EU", "the MASE information form lists the online model"));
        }
        return List.copyOf(flags);
    }
}
