package org.safeguard.plugins.lancashire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LancashireTemplatesTest {
    private final LancashireTemplates templates = new LancashireTemplates();

    @Test
    void servesEveryListedTemplateFromTheJar() {
        assertEquals("lancashire", templates.area());
        for (String name : templates.names()) {
            assertTrue(name.startsWith("lancashire/"), name);
            String text = templates.template(name).orElseThrow(() -> new AssertionError(name + " is listed but not shipped"));
            assertTrue(text.contains("$case.reference"), name);
        }
    }

    @Test
    void caseNotesFollowTheCse3FormAndCarryTheAppendixINotice() {
        String html = templates.template("lancashire/case-notes").orElseThrow();
        for (String heading : List.of("\"Name\"", "\"Home address\"", "\"Date of birth\"", "\"Risk level\"", "Main risk factors",
                "\"Strategy meeting update\"", "\"Support offered\"", "\"Level of engagement\"", "\"Offending / anti-social behaviour\"",
                "\"Siblings & peers\"", "\"Perpetrator\"", "\"Investigation update / outcome\"", "\"Disruption tactics\"",
                "\"Vulnerable locations\"", "\"Target hardening\"", "\"Date of referral\"", "\"Date closed\"")) {
            assertTrue(html.contains(heading), "CSE 3 field missing: " + heading);
        }
        assertTrue(html.contains("strictly confidential"));
    }

    @Test
    void shipsNothingOutsideItsListAndNoMinimisingLanguage() {
        assertTrue(templates.template("agenda").isEmpty());
        assertTrue(templates.template("lancashire/../../etc/passwd").isEmpty());
        for (String name : templates.names()) {
            String lower = templates.template(name).orElseThrow().toLowerCase(Locale.ROOT);
            for (String w : List.of("prostitut", "promiscuous", "consensual", "consenting", "street wise", "boyfriend", "historic")) {
                assertTrue(!lower.contains(w), name + " contains '" + w + "'");
            }
        }
    }
}
