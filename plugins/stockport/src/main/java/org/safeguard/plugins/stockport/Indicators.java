package org.safeguard.plugins.stockport;

import java.util.List;

/**
 * The indicators of §5, in the procedure's order, reworded only where the procedure's own word
 * labels the child (its "promiscuity" is left out of the self-esteem indicator: what it points at
 * is covered by "sexually risky behaviour"). Constant data.
 */
final class Indicators {
    /** One indicator: its id and its text. */
    record Indicator(String id, String text) {
    }

    static final List<Indicator> PERSONAL = List.of(
            new Indicator("physical-symptoms", "Physical symptoms (bruising suggestive of either physical or sexual assault)"),
            new Indicator("sti", "A sexually transmitted infection"),
            new Indicator("pregnancy", "Pregnancy and/or seeking an abortion"),
            new Indicator("reliable-reports", "Reports from reliable sources suggesting the likelihood of involvement in sexual"
                    + " exploitation"));

    static final List<Indicator> BEHAVIOURAL = List.of(
            new Indicator("sexually-active", "Young person known to be sexually active"),
            new Indicator("substance-misuse", "Evidence of drug, alcohol or substance misuse"),
            new Indicator("unusual-clothing", "Leaving home or the care setting in clothing unusual for the individual child"
                    + " (inappropriate for age, borrowing clothing from older young people)"),
            new Indicator("older-partner", "Significantly older partner"),
            new Indicator("unfunded-activities", "Accounts of social activities with no plausible explanation of the source"
                    + " of necessary funding"),
            new Indicator("unexplained-money", "Possession of large amounts of money with no plausible explanation"),
            new Indicator("unexplained-possessions", "Acquisition of expensive clothes, mobile phones or other possessions"
                    + " without plausible explanation"),
            new Indicator("unknown-keys", "Having keys to premises other than those known about"),
            new Indicator("self-esteem-self-harm", "Low self-image, low self-esteem, self-harming behaviour: cutting,"
                    + " overdosing, eating disorder"),
            new Indicator("truancy", "Truancy or disengagement with education"),
            new Indicator("internet-relationships", "Possible inappropriate use of the internet and forming relationships,"
                    + " particularly with adults, via the internet"),
            new Indicator("sexually-risky-behaviour", "Sexually risky behaviour including sexting and sending and receiving"
                    + " inappropriate images, contact with unknown individuals via messaging or social networks"));

    static final List<Indicator> SITUATIONAL = List.of(
            new Indicator("seen-in-exploitation-places", "Reports that the child has been seen in places known to be used for"
                    + " sexual exploitation"),
            new Indicator("adults-loitering", "Adults loitering outside the child's usual place of residence"),
            new Indicator("persistently-missing", "Persistently missing, staying out overnight or returning late with no"
                    + " plausible explanation"),
            new Indicator("returns-well-cared-for", "Returning after having been missing, looking well cared for in spite of"
                    + " having no known home base"),
            new Indicator("missing-long-periods", "Missing for long periods, with no known home base"),
            new Indicator("placement-breakdown", "Placement breakdown"),
            new Indicator("street-homelessness", "Pattern of street homelessness"),
            new Indicator("unknown-vehicles", "Entering or leaving vehicles driven by unknown adults"),
            new Indicator("found-no-known-links", "Going missing and being found in areas where the child has no known links"));

    static final List<Indicator> FAMILY_HISTORY = List.of(
            new Indicator("history-of-abuse", "History of physical, sexual and/or emotional abuse"),
            new Indicator("neglect", "Neglect"),
            new Indicator("domestic-violence", "Domestic violence"),
            new Indicator("parental-difficulties", "Parental difficulties"));

    private Indicators() {
    }
}
