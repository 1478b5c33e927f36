package org.safeguard.plugins.swindon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.language.Finding;
import org.safeguard.core.api.language.Label;
import org.safeguard.core.api.language.LabelChecker;

/** The handbook's §8 list, each entry traced to §8 d (or the §8 b recordings), found by the core's checker. */
class SwindonLanguageTest {
    private static final List<Label> LABELS = new SwindonLanguage().labels();
    private static final LabelChecker CHECKER = LabelChecker.of(LABELS);

    private static Label found(String text) {
        List<Finding> f = CHECKER.check(text);
        assertEquals(1, f.size(), text + " gave " + f);
        return f.get(0).label();
    }

    @Test
    void listsTheFiveLabelsOfSection8dInTheHandbooksOrderThenTheRecordingsAbsconder() {
        assertEquals(List.of("child prostitution", "street wise", "choosing to …", "consensual sex", "boyfriend", "absconder"),
                LABELS.stream().map(Label::phrase).toList());
        assertTrue(LABELS.subList(0, 5).stream().allMatch(l -> l.source().equals("Swindon handbook §8 d")));
        assertEquals("Swindon handbook §8 b", LABELS.get(5).source());
    }

    @Test
    void section8dChildProstitutionWithTheHandbooksReason() {
        Label l = found("concerns about child prostitution");
        assertTrue(l.reason().startsWith("this term implies that the child is choosing to sell themselves for sex"));
        assertEquals("child prostitution", found("Children prostitutes").phrase());
    }

    @Test
    void section8dStreetWiseAsTheFirstRecordingWritesItAndApart() {
        assertEquals("street wise", found("She is a streetwise young woman").phrase());
        assertEquals("street wise", found("very street-wise").phrase());
        assertTrue(found("street wise").reason().contains("vulnerable and exposed to situations they cannot control"));
    }

    @Test
    void section8dChoosingToInItsForms() {
        for (String s : List.of("She chooses to associate", "choosing to go", "he chose to stay", "has chosen to", "they choose to")) {
            assertEquals("choosing to …", found(s).phrase(), s);
        }
        assertTrue(found("choosing to").reason().contains("children cannot 'choose' to be abused"));
        assertEquals(List.of(), CHECKER.check("the choice of venue; the panel's chosen route"));
    }

    @Test
    void section8dConsensualSexAndBoyfriend() {
        assertEquals("consensual sex", found("it was consensual sex").phrase());
        assertTrue(found("consensual").reason().contains("cannot legally consent"));
        assertEquals("boyfriend", found("her boyfriends").phrase());
        assertEquals(List.of(), CHECKER.check("the consent form; consent to share information"));
    }

    @Test
    void section8bTheFirstRecordingsAbsconderIsTheSecondsGoingMissing() {
        Label l = found("a persistent absconder");
        assertTrue(l.suggestion().contains("going missing"));
    }
}
