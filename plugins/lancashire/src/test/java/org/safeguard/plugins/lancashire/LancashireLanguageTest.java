package org.safeguard.plugins.lancashire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.language.Finding;
import org.safeguard.core.api.language.Label;
import org.safeguard.core.api.language.LabelChecker;

/** The SOP's §14 list ("Tone"), each entry traced to its sentence, found by the core's checker. */
class LancashireLanguageTest {
    private static final List<Label> LABELS = new LancashireLanguage().labels();
    private static final LabelChecker CHECKER = LabelChecker.of(LABELS);

    private static Label found(String text) {
        List<Finding> f = CHECKER.check(text);
        assertEquals(1, f.size(), text + " gave " + f);
        return f.get(0).label();
    }

    @Test
    void section14ListsPromiscuousProstitutesConsentingAndHistoric() {
        assertEquals(List.of("promiscuous", "prostitutes", "consenting", "historic"), LABELS.stream().map(Label::phrase).toList());
        assertTrue(LABELS.stream().allMatch(l -> l.source().equals("Pan-Lancashire CSE SOP §14")));
        assertTrue(LABELS.subList(0, 3).stream().allMatch(l -> l.reason().contains("which is completely unacceptable")));
    }

    @Test
    void section14TheVictimsLabelsInTheirForms() {
        assertEquals("promiscuous", found("her promiscuity").phrase());
        assertEquals("prostitutes", found("a prostitute").phrase());
        assertEquals("consenting", found("Consenting").phrase());
        assertTrue(found("consenting").reason().contains("is not able to consent"));
    }

    @Test
    void section14HistoricIsNonRecentAndHistoricalRecordsAreFine() {
        Label l = found("a historic allegation");
        assertEquals("non-recent", l.suggestion());
        assertTrue(l.reason().contains("still living with it"));
        assertEquals(List.of(), CHECKER.check("historical records; the consent form; consent to share"));
    }
}
