package org.safeguard.core.api.codes;

import static org.safeguard.core.api.codes.Code.of;

import java.util.List;

/**
 * The 2011 census ethnic groups for England, in census order, coded in the letter-and-digit
 * shape of the Lancashire CSE 1 form ("01" and "09", zero for the letter O, accepted too): the
 * list an area plugin ships when its protocol asks ethnicity but prints no list (London's
 * Appendix F, Swindon's handbook). Each plugin gives it its own id and source.
 *
 * @since 1.1
 */
public final class CensusEthnicity {
    private static final List<Code> CODES = List.of(
            of("W1", "English/Welsh/Scottish/Northern Irish/British"),
            of("W2", "Irish"),
            of("W3", "Gypsy or Irish Traveller"),
            of("W9", "Any other White background"),
            of("M1", "White and Black Caribbean"),
            of("M2", "White and Black African"),
            of("M3", "White and Asian"),
            of("M9", "Any other Mixed/multiple ethnic background"),
            of("A1", "Indian"),
            of("A2", "Pakistani"),
            of("A3", "Bangladeshi"),
            of("A4", "Chinese"),
            of("A9", "Any other Asian background"),
            of("B1", "African"),
            of("B2", "Caribbean"),
            of("B9", "Any other Black/African/Caribbean background"),
            new Code("O1", "Arab", "", List.of("01")),
            new Code("O9", "Any other ethnic group", "", List.of("09")));

    private CensusEthnicity() {
    }

    /** The list under the plugin's id ({@code london.ethnicity}), with where the plugin's protocol leaves it unprinted. */
    public static CodeList england2011(String id, String source) {
        return new CodeList(id, "Ethnicity", source, CODES);
    }
}
