package org.safeguard.core.api.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.InvalidInputException;

class InstrumentTest {
    static final FactorOption[] SCALE = {FactorOption.of(0, "none"), FactorOption.of(1, "some"), FactorOption.of(2, "serious")};

    static Instrument.Builder base() {
        return Instrument.builder("t.scale", "1").title("Test scale")
                .factor(1, "first", "First", SCALE).factor(2, "second", "Second", SCALE);
    }

    @Test
    void weightsAndScoredSupplementaryQuestionsCountInTheTotal() {
        Instrument in = base().factor(new Factor(3, "third", "Third", List.of(SCALE), 3, ""))
                .supplementary(new SupplementaryQuestion("extra", "Anything else?", 2))
                .band(0, 5, "GREEN", "LOW").band(6, 12, "RED", "HIGH").build();
        InstrumentResult r = in.score(Map.of("1", "1", "second", "0", "third", "2", "extra", "yes"));
        assertEquals(1 + 0 + 6 + 2, r.score());
        assertEquals("RED", r.band());
        assertEquals(2 + 2 + 6 + 2, in.reachableMaximum());
    }

    @Test
    void gapsAndUnreachableBandsAreWarnedNotHidden() {
        Instrument in = base().band(0, 1, "GREEN", "LOW").band(3, 10, "RED", "HIGH").band(11, 20, "RED", "VERY HIGH").build();
        List<String> warnings = in.warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("a total of 2 falls in no band")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("VERY HIGH") && w.contains("cannot be reached")), warnings.toString());
        InstrumentResult inGap = in.score(Map.of("1", "1", "2", "1"));
        assertTrue(inGap.complete());
        assertNull(inGap.band(), "a total in no band has no band rather than a guessed one");
    }

    @Test
    void overlappingBandsAndDuplicateFactorsAreRefusedWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> base().band(0, 2, "GREEN", "LOW").band(2, 4, "RED", "HIGH").build());
        assertThrows(IllegalArgumentException.class, () -> base().factor(3, "first", "Again", SCALE).build());
    }

    @Test
    void missingAnswersAreNeverCountedAsZero() {
        Instrument in = base().band(0, 4, "GREEN", "LOW").build();
        InstrumentResult r = in.score(Map.of("1", "2"));
        assertFalse(r.complete());
        assertNull(r.score());
        assertEquals(2, r.partialScore());
        assertEquals(List.of("second"), r.missing());
    }

    @Test
    void everyBadAnswerIsReportedAtOnce() {
        Instrument in = base().supplementary("flag", "A flag").build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> in.score(Map.of("1", "7", "secnd", "1", "flag", "perhaps")));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> "second".equals(p.suggestion())));
    }
}
