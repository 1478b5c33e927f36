package org.safeguard.plugins.london;

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

class LondonCodeListsTest {
    private final Map<String, CodeList> lists = new LondonCodeLists().codeLists().stream()
            .collect(Collectors.toMap(CodeList::id, Function.identity()));

    private CodeList list(String id) {
        assertTrue(lists.containsKey(id), "no list " + id);
        return lists.get(id);
    }

    @Test
    void offersEveryListTheAreaAndFormsNameEachWithASource() {
        assertEquals(List.of("london.ethnicity", "london.police-category", "london.csc-tier", "london.cse-models",
                        "london.safeguard-signs", "london.vulnerability-factors"),
                new LondonCodeLists().codeLists().stream().map(CodeList::id).toList());
        for (CodeList l : lists.values()) {
            assertTrue(l.source().startsWith("London CSE Operating Protocol"), l.id());
            assertFalse(l.codes().isEmpty(), l.id());
            l.codes().forEach(c -> assertFalse(c.label().isBlank(), l.id() + " " + c.code()));
        }
    }

    @Test
    void policeCategoriesRunFromZeroOfAppendixFToThreeWithTheSection5Wording() {
        CodeList categories = list("london.police-category");
        assertEquals(List.of("0", "1", "2", "3"), categories.codeValues());
        assertEquals("Vulnerable child/young person", categories.find("0").orElseThrow().label());
        assertTrue(categories.find("1").orElseThrow().description().contains("any of the CSE warning signs"));
        assertTrue(categories.find("Category 3").orElseThrow().description().contains("multiple perpetrators"));
        assertTrue(categories.source().contains("Appendix F") && categories.source().contains("§5"));
        assertTrue(categories.codes().stream().noneMatch(c -> c.description().isBlank()));
    }

    @Test
    void socialCareTiersAreTheFourOfSection5() {
        CodeList tiers = list("london.csc-tier");
        assertEquals(List.of("1", "2", "3", "4"), tiers.codeValues());
        assertTrue(tiers.find("tier 4").orElseThrow().description().contains("acute need"));
    }

    @Test
    void cseModelsAreTheEightOfSection3WithTraffickingUnderOrganised() {
        CodeList models = list("london.cse-models");
        assertEquals(List.of("peer-on-peer", "relationship", "online", "gangs-and-groups", "county-lines", "organised",
                "familial", "opportunistic"), models.codeValues());
        assertEquals("organised", models.find("trafficking").orElseThrow().code());
        assertTrue(models.codes().stream().noneMatch(c -> c.description().isBlank()));
    }

    @Test
    void describesEachOfTheNineSafeguardSignsInLondonsWording() {
        List<Code> signs = list("london.safeguard-signs").codes();
        assertEquals(9, signs.size());
        assertEquals("SAFEGUARD", signs.stream().map(c -> c.label().substring(0, 1)).collect(Collectors.joining()));
        assertEquals("Sexual identity, wellbeing and choice", signs.get(0).label());
        assertTrue(signs.stream().noneMatch(c -> c.description().isBlank()));
    }

    @Test
    void recordsTheFifteenVulnerabilityFactorsOfSection5() {
        CodeList factors = list("london.vulnerability-factors");
        assertEquals(15, factors.codes().size());
        assertEquals("Being in care", factors.find("in-care").orElseThrow().label());
    }

    @Test
    void ethnicityUsesTheCensusGroupsAndSaysSoAcceptingZeroForTheLetterO() {
        CodeList ethnicity = list("london.ethnicity");
        assertEquals(18, ethnicity.codes().size());
        assertTrue(ethnicity.source().contains("2011 census"));
        assertEquals("O9", ethnicity.find("09").orElseThrow().code());
        assertFalse(ethnicity.find("W4").isPresent());
    }

    @Test
    void usesShortLowerCaseHyphenatedCodesOutsideEthnicity() {
        lists.values().stream().filter(l -> !l.id().equals("london.ethnicity")).flatMap(l -> l.codes().stream())
                .forEach(c -> assertTrue(c.code().matches("[a-z0-9]+(-[a-z0-9]+)*") && c.code().length() <= 28, c.code()));
    }
}
