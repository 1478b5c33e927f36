package org.safeguard.core.model;

import java.util.List;

/**
 * What became of a referral and what it found, as a problem profile counts them; each is null
 * until recorded.
 *
 * @param socialCareOutcome the Children Act 1989 route taken: {@code none}, {@code s17} (child in
 *                          need), {@code s47} (enquiry), {@code s20} (accommodation), {@code s31} (care order)
 * @param camhsContact      whether the child had been in contact with CAMHS
 * @param missingBefore     how many times the child had been missing before the referral, as the
 *                          tracker it came from counted; null to count the recorded episodes
 * @param initialContact    how the child was first contacted: one of {@link #INITIAL_CONTACTS}
 */
public record ReferralFacts(String socialCareOutcome, Boolean camhsContact, Integer missingBefore, String initialContact) {
    public static final List<String> SOCIAL_CARE_OUTCOMES = List.of("none", "s17", "s47", "s20", "s31");
    public static final List<String> INITIAL_CONTACTS = List.of("online", "on-street", "third-party", "relationship",
            "position-of-trust", "other");
    public static final ReferralFacts NONE = new ReferralFacts(null, null, null, null);

    /** Whether any fact is recorded. */
    public boolean any() {
        return socialCareOutcome != null || camhsContact != null || missingBefore != null || initialContact != null;
    }

    /** These facts with those of {@code later} that are recorded taking their place. */
    public ReferralFacts with(ReferralFacts later) {
        return new ReferralFacts(later.socialCareOutcome != null ? later.socialCareOutcome : socialCareOutcome,
                later.camhsContact != null ? later.camhsContact : camhsContact,
                later.missingBefore != null ? later.missingBefore : missingBefore,
                later.initialContact != null ? later.initialContact : initialContact);
    }
}
