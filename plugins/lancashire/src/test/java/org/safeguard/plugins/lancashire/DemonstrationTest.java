package org.safeguard.plugins.lancashire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.api.instrument.Factor;
import org.safeguard.core.api.instrument.FactorOption;
import org.safeguard.core.api.instrument.Instrument;

/** The demonstration set fits the plugin's own form, instrument and default definition, and is plainly fictional. */
class DemonstrationTest {
    private final LancashireArea area = new LancashireArea();

    private Map<String, Object> set() throws Exception {
        return JSON.std.mapFrom(area.demonstration().orElseThrow());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyReferralIsValidOnTheCse1AndEveryAnswerScoresOnTheCse2() throws Exception {
        Map<String, Object> set = set();
        FormDefinition cse1 = new Cse1ReferralForm().forms().get(0);
        Map<String, CodeList> lists = new LancashireCodeLists().codeLists().stream().collect(Collectors.toMap(CodeList::id, l -> l));
        Instrument cse2 = new Cse2Instrument().instruments().stream().filter(i -> i.id().equals(set.get("instrument"))).findFirst().orElseThrow();
        List<Map<String, Object>> children = (List<Map<String, Object>>) set.get("children");
        assertEquals(6, children.size());
        for (Map<String, Object> child : children) {
            Map<String, Object> referral = (Map<String, Object>) child.get("referral");
            Map<String, Object> filled = new java.util.LinkedHashMap<>();
            referral.forEach((k, v) -> filled.put(k, v instanceof String t && t.startsWith("{today-")
                    ? LocalDate.of(2026, 12, 1).minusDays(Long.parseLong(t.substring(7, t.length() - 1))).toString() : v));
            Map<String, Object> valid = cse1.validate(filled, id -> Optional.ofNullable(lists.get(id)));
            assertFalse(valid.isEmpty());
            for (Map<String, Object> a : (List<Map<String, Object>>) child.get("assessments")) {
                Map<String, Object> answers = (Map<String, Object>) a.get("answers");
                for (Map.Entry<String, Object> e : answers.entrySet()) {
                    Factor f = cse2.factors().stream().filter(x -> String.valueOf(x.number()).equals(e.getKey())).findFirst()
                            .orElseThrow(() -> new AssertionError("no CSE 2 factor " + e.getKey()));
                    assertTrue(f.options().stream().map(FactorOption::score).anyMatch(s -> String.valueOf(s).equals(e.getValue())),
                            "factor " + e.getKey() + " has no option " + e.getValue());
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMeetingIsOneTheDefaultDefinitionDeclaresAndItsCaseReferencesAreThePanels() throws Exception {
        Map<String, Object> meeting = (Map<String, Object>) set().get("meeting");
        assertTrue(area.defaultDefinition().orElseThrow().contains("\nmeeting " + meeting.get("type") + " "), meeting.get("type").toString());
        String minutes = JSON.std.asString(meeting.get("minutes"));
        assertFalse(minutes.contains("CSE-0"), "case references are {case:N}, formatted by the area at run time");
        assertTrue(minutes.contains("{case:4}"));
    }

    @Test
    void everyoneIsPlainlyFictionalAndNoLabelBlamesAChild() throws Exception {
        String text = area.demonstration().orElseThrow();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : Set.of("prostitut", "promiscuous", "consensual", "lifestyle", "boyfriend", "streetwise")) {
            assertFalse(lower.contains(word), word);
        }
        long owners = text.split("\"owner\"", -1).length - 1;
        long fictional = text.split("\\(fictional\\)\"", -1).length - 1;
        assertTrue(fictional >= owners + 1, "every professional named is marked (fictional)");
    }
}
