package org.safeguard.core.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Outcomes counted by month then code, for every month of the period and every code of the
     * area's in its order (0 where none), then any code recorded that the area no longer declares.
     */
    static Map<String, Map<String, Integer>> outcomesByMonth(Map<String, Map<String, Integer>> recorded, Map<String, String> labels,
                                                             LocalDate from, LocalDate to) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (YearMonth m : months(from, to)) {
            Map<String, Integer> byCode = new LinkedHashMap<>();
            Map<String, Integer> got = recorded.getOrDefault(m.toString(), Map.of());
            labels.keySet().forEach(code -> byCode.put(code, got.getOrDefault(code, 0)));
            got.forEach(byCode::putIfAbsent);
            out.put(m.toString(), byCode);
        }
        return out;
    }
}
