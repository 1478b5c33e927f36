package org.safeguard.core.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An area's problem profile for a period, as counted. Shares are fractions of the period's victim
 * referrals (offender shares of its offender referrals) rounded to three places, or null when
 * the period has none to divide by.
 *
 * @param socialCareOutcomes          victim referrals by social care outcome: none, s17, s47, s20, s31
 * @param socialCareOutcomeUnrecorded victim referrals with no social care outcome recorded
 * @param repeatMissingShare          referrals of a child missing three or more times before it
 * @param missingMoreThanOnceShare    referrals of a child missing two or more times before it
 * @param inCareShare                 referrals of a looked-after child (the area's codes for in care)
 * @param children                    the distinct children referred
 * @param childrenReferredMoreThanOnce children referred more than once in the period
 * @param repeatReferralShare         the share of the period's referrals that are those children's
 * @param offenderEthnicity           offender referrals by ethnicity code ({@code unrecorded} for none), most first
 * @param ethnicityLabels             the area's label for each ethnicity code
 * @param initialContact              victim referrals by method of initial contact, and {@code unrecorded}
 * @param referralsByMonth            victim referrals by month received ({@code 2025-03}), each month of the period
 */
public record ProfileFigures(String area, String report, String title, String source, LocalDate from, LocalDate to,
                             int victimReferrals, Map<String, Integer> socialCareOutcomes, int socialCareOutcomeUnrecorded,
                             Double camhsShare, Double repeatMissingShare, Double missingMoreThanOnceShare, Double inCareShare,
                             int children, int childrenReferredMoreThanOnce, Double repeatReferralShare, Double femaleShare,
                             Double whiteShare, int offenderReferrals, Double femaleOffenderShare,
                             Map<String, Integer> offenderEthnicity, Map<String, String> ethnicityLabels,
                             Map<String, Integer> initialContact, Map<String, Integer> referralsByMonth, List<String> notes) {
    public ProfileFigures {
        socialCareOutcomes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(socialCareOutcomes));
        offenderEthnicity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(offenderEthnicity));
        ethnicityLabels = Map.copyOf(ethnicityLabels);
        initialContact = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(initialContact));
        referralsByMonth = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(referralsByMonth));
        notes = List.copyOf(notes);
    }
}
