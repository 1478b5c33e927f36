package org.safeguard.plugins.london;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.casework.CaseGuard;
import org.safeguard.core.api.casework.RecordedCase;
import org.safeguard.core.api.casework.RecordedCase.FormAnswers;
import org.safeguard.core.api.casework.Step;

/**
 * The protocol's checks on a London case. Before MASE (§7 "Multi-Agency Sexual Exploitation
 * meeting", the pre-MASE quality check): the case has had a strategy meeting, has a police CSE
 * CRIS number, and followed child protection procedures, all read from the latest MASE
 * information form. Before discharge (§7 "Positive interventions"): a positive intervention (MI)
 * is recorded for the victim. Stateless; thread-safe.
 */
@Component(service = CaseGuard.class)
public final class LondonGuards implements CaseGuard {
    static final String MASE = "mase";

    public LondonGuards() {
        // DS needs a public no-arg constructor; the guard holds no state.
    }

    @Override
    public String area() {
        return LondonArea.ID;
    }

    @Override
    public List<String> missing(Step step, RecordedCase c) {
        if (step instanceof Step.OnMeeting on && on.meetingType().equals(MASE)) {
            return beforeMase(c.form(LondonForms.MASE_INFO));
        }
        if (step instanceof Step.Discharge) {
            boolean mi = c.outcomes().stream().anyMatch(o -> o.code().equals("MI") && o.person() == null);
            return mi ? List.of() : List.of("no positive intervention (MI) recorded for the victim");
        }
        return List.of();
    }

    private static List<String> beforeMase(Optional<FormAnswers> form) {
        List<String> missing = new ArrayList<>();
        if (form.flatMap(f -> f.text(LondonForms.STRATEGY_MEETING_DATE)).isEmpty()) {
            missing.add("no strategy meeting date recorded on the MASE information form");
        }
        if (form.flatMap(f -> f.text(LondonForms.CRIS_NUMBER)).isEmpty()) {
            missing.add("no police CSE CRIS number recorded");
        }
        if (!form.flatMap(f -> f.yesNo(LondonForms.CHILD_PROTECTION_FOLLOWED)).orElse(false)) {
            missing.add("child protection procedures not recorded as followed");
        }
        return List.copyOf(missing);
    }
}
