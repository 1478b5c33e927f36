package org.safeguard.core.api.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelCheckerTest {
    private static final Label STREET = Label.of("street wise").forms("street wise", "streetwise")
            .reason("it implies the child can protect themselves").suggestion("name the risks").source("test §1");
    private static final Label CONSENTING = Label.of("consenting").reason("a child cannot consent to abuse")
            .suggestion("describe what happened").source("test §2");
    private static final Label HISTORIC = Label.of("historic").reason("they still live with it").suggestion("non-recent")
            .source("test §3");
    private static final Label PROSTITUTING = Label.of("prostituting herself/himself")
            .forms("prostituting|prostituted herself|himself|themselves")
            .reason("it blames the child").suggestion("being sexually exploited").source("test §4");
    private static final Label BOYFRIEND = Label.of("boyfriend").forms("boyfriend|boyfriends").reason("not a relationship of equals")
            .suggestion("the adult, by name or role").source("test §5");
    private static final Label CONSENSUAL = Label.of("consensual").reason("short").suggestion("s").source("shared");
    private static final Label CONSENSUAL_SEX = Label.of("consensual sex").reason("long").suggestion("s").source("area");

    private static final LabelChecker CHECKER = LabelChecker.of(List.of(STREET, CONSENTING, HISTORIC, PROSTITUTING, BOYFRIEND,
            CONSENSUAL, CONSENSUAL_SEX));

    @Test
    void findsWholeWordsNeverSubstrings() {
        assertEquals(List.of(), CHECKER.check("The historical records and the consent form were shared."));
        assertEquals(List.of(), CHECKER.check("Consent was recorded; she has not consented to sharing."));
        List<Finding> f = CHECKER.check("A historic allegation.");
        assertEquals(1, f.size());
        assertEquals(new Finding("historic", 2, 10, HISTORIC), f.get(0));
    }

    @Test
    void offsetsAreCharactersWithAnExclusiveEnd() {
        String text = "She was described as “streetwise”, and consenting.";
        List<Finding> f = CHECKER.check(text);
        assertEquals(2, f.size());
        for (Finding x : f) {
            assertEquals(x.phrase(), text.substring(x.start(), x.end()));
        }
        assertEquals("streetwise", f.get(0).phrase());
        assertEquals(text.indexOf("streetwise"), f.get(0).start());
        assertEquals(text.indexOf("streetwise") + 10, f.get(0).end());
        assertEquals(CONSENTING, f.get(1).label());
    }

    @Test
    void aPhraseRunsAcrossSpacesLineBreaksAndHyphensButNotPunctuation() {
        assertEquals("Street-wise", CHECKER.check("Street-wise.").get(0).phrase());
        assertEquals("street \n  wise", CHECKER.check("very street \n  wise").get(0).phrase());
        assertEquals("PROSTITUTING\tHERSELF", CHECKER.check("PROSTITUTING\tHERSELF").get(0).phrase());
        assertEquals(List.of(), CHECKER.check("street, wise"));
        assertEquals(List.of(), CHECKER.check("prostituting. Herself"));
    }

    @Test
    void findsTheListedFormsAndPossessivesWithStraightOrCurlyApostrophes() {
        assertEquals(List.of("prostituted himself", "boyfriends", "boyfriend’s", "boyfriend's"),
                CHECKER.check("He prostituted himself; her boyfriends, her boyfriend’s flat, the boyfriend's car.").stream()
                        .map(Finding::phrase).toList());
        assertEquals(List.of(), CHECKER.check("boyfriendship, streetwiseness, 'consentings'"));
    }

    @Test
    void aFormAfterNonHyphenIsItsOppositeAndNotFound() {
        assertEquals(List.of(), CHECKER.check("non-consensual; Non‑consenting"));
        assertEquals(List.of("consenting"), CHECKER.check("non consenting, none-consenting").stream().map(Finding::phrase).toList().subList(0, 1));
        assertEquals(2, CHECKER.check("non consenting, none-consenting").size());
    }

    @Test
    void theLongestFormWinsThenTheFirstLabelGiven() {
        List<Finding> f = CHECKER.check("It was consensual sex, or consensual.");
        assertEquals(List.of(CONSENSUAL_SEX, CONSENSUAL), f.stream().map(Finding::label).toList());
        Label again = Label.of("historic").reason("again").suggestion("x").source("later");
        assertEquals(HISTORIC, LabelChecker.of(List.of(HISTORIC, again)).check("historic").get(0).label());
    }

    @Test
    void takesLinearTimeOnALongText() {
        String text = "the child was at risk and street ".repeat(200_000) + "wise";
        long t0 = System.nanoTime();
        List<Finding> f = CHECKER.check(text);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(1, f.size());
        assertTrue(ms < 5_000, "took " + ms + " ms");
    }

    @Test
    void refusesAFormThatIsNotWords() {
        assertThrows(IllegalArgumentException.class, () -> Label.of("street-wise").reason("r").suggestion("s").source("x"));
        assertThrows(IllegalArgumentException.class, () -> Label.of("a").forms("choosing to …").reason("r").suggestion("s").source("x"));
    }
}
