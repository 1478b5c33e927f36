package org.safeguard.plugins.london;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.casework.Step;

/** The checks before MASE (§7, Appendix F entry conditions) and before discharge (§7 "Positive interventions"). */
class LondonGuardsTest {
    private final LondonGuards guards = new LondonGuards();
    private static final Step MASE = new Step.OnMeeting("mase");

    private static TestCase readyForMase() {
        return TestCase.empty().answer("strategy-meeting-date", "2026-10-14").answer("cris-number", "5201234/26")
                .answer("child-protection-followed", true);
    }

    @Test
    void letsACaseOnMaseWhenTheThreeEntryConditionsAreRecorded() {
        assertEquals("london", guards.area());
        assertEquals(List.of(), guards.missing(MASE, readyForMase()));
    }

    @Test
    void namesEveryEntryConditionMissingWhenNoMaseInformationFormIsRecorded() {
        // §7: child protection procedures followed, a strategy meeting held, a police CSE CRIS number
        assertEquals(List.of("no strategy meeting date recorded on the MASE information form",
                "no police CSE CRIS number recorded", "child protection procedures not recorded as followed"),
                guards.missing(MASE, TestCase.empty()));
    }

    @Test
    void refusesMaseWithoutAStrategyMeetingDate() {
        TestCase c = TestCase.empty().answer("cris-number", "5201234/26").answer("child-protection-followed", true);
        assertEquals(List.of("no strategy meeting date recorded on the MASE information form"), guards.missing(MASE, c));
    }

    @Test
    void refusesMaseWithoutACrisNumberEvenWhenBlank() {
        TestCase c = readyForMase().answer("cris-number", "  ");
        assertEquals(List.of("no police CSE CRIS number recorded"), guards.missing(MASE, c));
    }

    @Test
    void refusesMaseWhenChildProtectionProceduresAreRecordedAsNotFollowed() {
        TestCase c = readyForMase().answer("child-protection-followed", false);
        assertEquals(List.of("child protection procedures not recorded as followed"), guards.missing(MASE, c));
    }

    @Test
    void refusesDischargeWithoutAPositiveInterventionForTheVictim() {
        // §7 "Positive interventions": cases are not discharged unless there has been one for the victim
        Step discharge = new Step.Discharge();
        assertEquals(List.of("no positive intervention (MI) recorded for the victim"), guards.missing(discharge, readyForMase()));
        assertEquals(List.of("no positive intervention (MI) recorded for the victim"),
                guards.missing(discharge, TestCase.empty().outcome("FQ", 7L)), "a disruption of a suspect is not the victim's MI");
        assertEquals(List.of(), guards.missing(discharge, TestCase.empty().outcome("MI", null)));
    }

    @Test
    void hasNoViewOnOtherMeetings() {
        assertEquals(List.of(), guards.missing(new Step.OnMeeting("pre-mase"), TestCase.empty()));
        assertEquals(List.of(), guards.missing(new Step.OnMeeting("strategy-discussion"), TestCase.empty()));
    }
}
