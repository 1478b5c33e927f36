package org.safeguard.plugins.lancashire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;

class LancashireCodeListsTest {
    private final Map<String, CodeList> lists = new LancashireCodeLists().codeLists().stream()
            .collect(Collectors.toMap(CodeList::id, Function.identity()));

    private CodeList list(String id) {
        assertTrue(lists.containsKey(id), "no list " + id);
        return lists.get(id);
    }

    @Test
    void offersEveryListTheAreaAndFormNameEachWithASource() {
        assertEquals(List.of("lancashire.ethnicity", "lancashire.looked-after", "lancashire.legal-status",
                        "lancashire.basis-of-concern", "lancashire.violence", "lancashire.safeguard-signs",
                        "lancashire.cse-categories", "lancashire.child-outcomes", "lancashire.justice-outcomes"),
                new LancashireCodeLists().codeLists().stream().map(CodeList::id).toList());
        for (CodeList l : lists.values()) {
            assertTrue(l.source().startsWith("Pan-Lancashire CSE Standard Operating Protocol"), l.id());
            assertFalse(l.codes().isEmpty(), l.id());
        }
    }

    @Test
    void acceptsZeroOneForChineseAndStoresLetterO() {
        CodeList ethnicity = list("lancashire.ethnicity");
        assertEquals("O1", ethnicity.find("01").orElseThrow().code());
        assertEquals("Chinese", ethnicity.find("o1").orElseThrow().label());
        assertEquals("O9", ethnicity.find(" 09 ").orElseThrow().code());
        assertFalse(ethnicity.find("W3").isPresent());
    }

    @Test
    void listsAllSixteenEthnicityCodesInPrintedOrder() {
        assertEquals(List.of("W1", "W2", "W9", "M1", "M2", "M3", "M9", "A1", "A2", "A3", "A9", "B1", "B2", "B9", "O1", "O9"),
                list("lancashire.ethnicity").codeValues());
    }

    @Test
    void describesEachOfTheNineSafeguardSigns() {
        List<Code> signs = list("lancashire.safeguard-signs").codes();
        assertEquals(9, signs.size());
        String initials = signs.stream().map(c -> c.label().substring(0, 1)).collect(Collectors.joining());
        assertEquals("SAFEGUARD", initials);
        assertTrue(signs.stream().noneMatch(c -> c.description().isBlank()));
    }

    @Test
    void definesCategoriesOneToThreeWithDescriptions() {
        CodeList categories = list("lancashire.cse-categories");
        assertEquals(List.of("1", "2", "3"), categories.codeValues());
        assertTrue(categories.codes().stream().noneMatch(c -> c.description().isBlank()));
        assertTrue(categories.find("1").orElseThrow().description().contains("no evidence of any offences"));
        assertTrue(categories.source().contains("London"));
    }

    @Test
    void recordsTheSevenLookedAfterStatusesAndThreeLegalBases() {
        assertEquals(7, list("lancashire.looked-after").codes().size());
        assertEquals(List.of("section-20", "section-38", "section-31"), list("lancashire.legal-status").codeValues());
        assertEquals("section-20", list("lancashire.legal-status").find("S20").orElseThrow().code());
    }

    @Test
    void namesPeersBeingSexuallyExploitedAsABasisOfConcern() {
        Code peers = list("lancashire.basis-of-concern").find("peers-exploited").orElseThrow();
        assertEquals("Peers being sexually exploited", peers.label());
        assertEquals(11, list("lancashire.basis-of-concern").codes().size());
        assertEquals(7, list("lancashire.violence").codes().size());
    }

    @Test
    void carriesTheThirteenChildOutcomesAndFiveJusticeOutcomes() {
        assertEquals(13, list("lancashire.child-outcomes").codes().size());
        assertEquals(5, list("lancashire.justice-outcomes").codes().size());
    }

    @Test
    void usesShortLowerCaseHyphenatedCodesOutsideEthnicity() {
        lists.values().stream().filter(l -> !l.id().equals("lancashire.ethnicity"))
                .flatMap(l -> l.codes().stream())
                .forEach(c -> assertTrue(c.code().matches("[a-z0-9]+(-[a-z0-9]+)*") && c.code().length() <= 28, c.code()));
    }
}
