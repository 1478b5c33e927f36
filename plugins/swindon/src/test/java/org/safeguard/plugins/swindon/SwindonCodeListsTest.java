package org.safeguard.plugins.swindon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.codes.CodeList;

class SwindonCodeListsTest {
    private final Map<String, CodeList> lists = new SwindonCodeLists().codeLists().stream()
            .collect(Collectors.toMap(CodeList::id, Function.identity()));

    private CodeList list(String id) {
        assertTrue(lists.containsKey(id), "no list " + id);
        return lists.get(id);
    }

    @Test
    void offersEveryListTheAreaAndFormNameEachWithASource() {
        assertEquals(List.of("swindon.ethnicity", "swindon.signs", "swindon.push-factors", "swindon.pull-factors",
                "swindon.models"), new SwindonCodeLists().codeLists().stream().map(CodeList::id).toList());
        for (CodeList l : lists.values()) {
            assertTrue(l.source().startsWith("Swindon LSCB Tackling Child Sexual Exploitation Professional's Handbook"), l.id());
            assertFalse(l.codes().isEmpty(), l.id());
            l.codes().forEach(c -> assertFalse(c.label().isBlank(), l.id() + " " + c.code()));
        }
    }

    @Test
    void signsAreTheTwentyOfSection5InTheHandbooksOrder() {
        CodeList signs = list("swindon.signs");
        assertTrue(signs.source().endsWith("§5"));
        assertEquals(20, signs.codes().size());
        assertEquals("abusive-relationships", signs.codes().get(0).code());
        assertEquals("injuries", signs.codes().get(19).code());
        // printed as "having older boyfriends or girlfriends"; §8 warns against the label
        assertEquals("Relationships with older people", signs.find("older-relationships").orElseThrow().label());
    }

    @Test
    void pushFactorsAreBothListsOfSection6HeadedPushAndPullFactorsTheEight() {
        CodeList push = list("swindon.push-factors");
        assertEquals(7 + 12, push.codes().size(), "§6 prints two lists under \"Push\"");
        assertEquals("missing", push.codes().get(7).code(), "the second list opens with going missing");
        assertTrue(push.find("missing").orElseThrow().label().contains("most immediate indicator"));
        CodeList pull = list("swindon.pull-factors");
        assertEquals(8, pull.codes().size());
        assertTrue(pull.source().endsWith("§6"));
    }

    @Test
    void modelsAreTheFourOfSection3WithTraffickingUnderOrganised() {
        CodeList models = list("swindon.models");
        assertEquals(List.of("inappropriate-relationship", "online", "organised-trafficking", "gangs"), models.codeValues());
        assertEquals("organised-trafficking", models.find("trafficking").orElseThrow().code());
        assertTrue(models.codes().stream().noneMatch(c -> c.description().isBlank()));
    }

    @Test
    void ethnicityUsesTheCensusGroupsAndSaysSoAcceptingZeroForTheLetterO() {
        CodeList ethnicity = list("swindon.ethnicity");
        assertEquals(18, ethnicity.codes().size());
        assertTrue(ethnicity.source().contains("prints no ethnicity list") && ethnicity.source().contains("2011 census"));
        assertEquals("O1", ethnicity.find("01").orElseThrow().code());
        assertFalse(ethnicity.find("W4").isPresent());
    }

    @Test
    void usesShortLowerCaseHyphenatedCodesOutsideEthnicity() {
        lists.values().stream().filter(l -> !l.id().equals("swindon.ethnicity")).flatMap(l -> l.codes().stream())
                .forEach(c -> assertTrue(c.code().matches("[a-z0-9]+(-[a-z0-9]+)*") && c.code().length() <= 28, c.code()));
        lists.values().forEach(l -> assertEquals(l.codes().size(), l.codeValues().stream().distinct().count(), l.id()));
    }
}
