package org.safeguard.core.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeguard.core.api.report.ProblemProfile;
import org.safeguard.core.store.ProfileQueries;
import org.safeguard.core.store.Tx;

/** Works out problem profiles from the database's aggregates: two statements for the counts, one for the months. */
public final class Profiles {
    private Profiles() {
    }

    /**
     * An area's profile for a period (both days included).
     *
     * @param lookedAfterField the area's referral form field that records looked-after status, or null
     * @param ethnicityLabels  the area's ethnicity codes' labels
     */
    public static ProfileFigures compute(Tx tx, String area, ProblemProfile profile, String lookedAfterField,
                                         Map<String, String> ethnicityLabels, LocalDate from, LocalDate to) {
        ProfileQueries q = tx.profileQueries();
        ProfileQueries.VictimCounts v = q.victims(area, from, to, lookedAfterField, profile.inCare(), profile.white());
        ProfileQueries.OffenderCounts o = q.offenders(area, from, to);
        Map<String, Integer> months = new LinkedHashMap<>();
        Map<String, Integer> counted = q.victimsByMonth(area, from, to);
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m.toString(), counted.getOrDefault(m.toString(), 0));
        }
        Map<String, Integer> outcomes = new LinkedHashMap<>(v.socialCareOutcomes());
        int unrecorded = outcomes.remove("unrecorded");
        int n = v.referrals();
        return new ProfileFigures(area, profile.id(), profile.title(), profile.source(), from, to, n, outcomes, unrecorded,
                share(v.camhsContact(), n), share(v.missingThreeOrMore(), n), share(v.missingTwoOrMore(), n), share(v.inCare(), n),
                v.children(), v.childrenReferredAgain(), share(v.referralsOfThoseReferredAgain(), n), share(v.female(), n),
                share(v.white(), n), o.referrals(), share(o.female(), o.referrals()), o.byEthnicity(), ethnicityLabels,
                v.initialContact(), months, profile.notes());
    }

    /** part / whole rounded half up to three places; null when whole is 0. */
    static Double share(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP).doubleValue();
    }
}
