package org.safeguard.core.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What the board reports share: the zone their days are in, and the months of a period. */
final class Reports {
    /** Days begin and end in England. */
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private Reports() {
    }

    /** Every month that a period (both days included) touches, in order. */
    static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }
}
