package org.safeguard.plugins.london;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.casework.Flag;

/** The Appendix E branch flags that follow from a case's recorded facts. */
class LondonFlagsTest {
    private final LondonFlags flags = new LondonFlags();

    private List<String> codes(TestCase c) {
        return flags.flags(c).stream().map(Flag::code).toList();
    }

    @Test
    void flagsEveryCaseEsBecauseEachIsASuspicionOfCse() {
        // Appendix E: ES identifies any investigation involving a suspicion of CSE
        assertEquals("london", flags.area());
        List<Flag> f = flags.flags(TestCase.empty());
        assertEquals(List.of("ES"), f.stream().map(Flag::code).toList());
        assertTrue(f.get(0).reason().contains("suspected child sexual exploitation"));
    }

    @Test
    void flagsExactlyOneOfLaLbLcFollowingThePoliceCategory() {
        // Appendix E: LA/LB/LC identify police category 1/2/3 enquiries
        assertEquals(List.of("ES", "LA"), codes(TestCase.empty().category("1")));
        assertEquals(List.of("ES", "LB"), codes(TestCase.empty().category("2")));
        assertEquals(List.of("ES", "LC"), codes(TestCase.empty().category("3")));
        assertEquals("police category 2", flags.flags(TestCase.empty().category("2")).get(1).reason());
    }

    @Test
    void givesNoCategoryFlagAtCategoryZeroOrBeforeACategoryIsSet() {
        // Appendix F's "vulnerable child/YP 0" is below category 1 and has no Appendix E flag
        assertEquals(List.of("ES"), codes(TestCase.empty().category("0")));
        assertEquals(List.of("ES"), codes(TestCase.empty().answer("cris-number", "1234567/26")));
    }

    @Test
    void flagsEuWhenTheLatestMaseInformationFormListsTheOnlineModel() {
        // Appendix E: EU, children suffering or involved in sexual exploitation online
        TestCase online = TestCase.empty().answer("models", List.of("peer-on-peer", "online"));
        assertEquals(List.of("ES", "EU"), codes(online));
        assertTrue(flags.flags(online).get(1).reason().contains("online"));
        assertEquals(List.of("ES"), codes(TestCase.empty().answer("models", List.of("relationship"))));
    }

    @Test
    void flagsGeAndGaFromTheGroupAndGangAnswers() {
        // Appendix E: GE an exploitative group, GA an exploitative gang
        assertEquals(List.of("ES", "GE"), codes(TestCase.empty().answer("group-offending", true)));
        assertEquals(List.of("ES", "GA"), codes(TestCase.empty().answer("gang-offending", true)));
        assertEquals(List.of("ES"), codes(TestCase.empty().answer("group-offending", false).answer("gang-offending", false)));
    }

    @Test
    void listsFlagsInTheOrderOfAppendixE() {
        TestCase all = TestCase.empty().category("3").answer("models", List.of("online"))
                .answer("gang-offending", true).answer("group-offending", true);
        assertEquals(List.of("ES", "GE", "GA", "LC", "EU"), codes(all));
        flags.flags(all).forEach(f -> assertTrue(!f.reason().isBlank(), f.code()));
    }
}
