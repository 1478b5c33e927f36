package org.safeguard.core.app;

import java.util.LinkedHashMap;
import java.util.Map;

/** A valid referral on the Lancashire CSE 1 form, for tests that need a case to work on. */
final class Referrals {
    private Referrals() {
    }

    static Map<String, Object> valid(String familyName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("referrerName", "D. Worker");
        m.put("referrerAgency", "Example High School");
        m.put("dateCompleted", "2026-11-02");
        m.put("familyName", familyName);
        m.put("firstName", "Alex");
        m.put("dateOfBirth", "03/04/2011");
        m.put("ethnicity", "01");
        m.put("basisOfConcern", "missing,older-relationship");
        m.put("warningSigns", "absent-or-missing");
        m.put("details", "Two missing episodes this month.");
        return m;
    }
}
