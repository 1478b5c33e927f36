package org.safeguard.core.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The aggregates a problem profile is made of, each counted by the database over one period's
 * referrals in one statement (the period's victim referrals) and one more (its offender
 * referrals), so that the cost follows the period's referrals and not the whole history.
 */
public final class ProfileQueries {
    /**
     * The counts over one period's victim referrals.
     *
     * @param referrals             victim referrals received in the period
     * @param socialCareOutcomes    referrals by recorded social care outcome (none, s17, s47, s20, s31), and
     *                              {@code unrecorded}
     * @param camhsContact          referrals recording CAMHS contact
     * @param camhsRecorded         referrals on which CAMHS contact is recorded either way
     * @param missingThreeOrMore    referrals of a child missing 3 or more times before it
     * @param missingTwoOrMore      referrals of a child missing 2 or more times before it
     * @param inCare                referrals of a child whose looked-after status then was one of those counted as in care
     * @param female                referrals of a female child
     * @param white                 referrals of a child of one of the ethnicities counted as white
     * @param children              distinct children referred
     * @param childrenReferredAgain children referred more than once in the period
     * @param referralsOfThoseReferredAgain the referrals of those children
     * @param initialContact        referrals by method of initial contact, and {@code unrecorded}
     */
    public record VictimCounts(int referrals, Map<String, Integer> socialCareOutcomes, int camhsContact, int camhsRecorded,
                               int missingThreeOrMore, int missingTwoOrMore, int inCare, int female, int white, int children,
                               int childrenReferredAgain, int referralsOfThoseReferredAgain, Map<String, Integer> initialContact) {
    }

    /**
     * The counts over one period's offender referrals (persons of concern referred in it).
     *
     * @param byEthnicity by ethnicity code, {@code unrecorded} for none, most first
     */
    public record OffenderCounts(int referrals, int female, Map<String, Integer> byEthnicity) {
    }

    /**
     * The statements, public so that a benchmark can run exactly these in the {@code sqlite3} shell
     * on the same database. Parameters: {@code :area :from :to}, and for the victims {@code :path}
     * (the JSON path of the looked-after answer) {@code :care :white} (JSON arrays of codes).
     */
    public static final String VICTIMS = """
                WITH v AS (
                    SELECT r.child_id, r.social_care_outcome AS sco, r.camhs_contact AS camhs, r.initial_contact AS ic,
                           coalesce(r.missing_before, (SELECT count(*) FROM missing_episode m
                                                       WHERE m.child_id = r.child_id AND m.started < r.received)) AS missing,
                           coalesce(json_extract(r.answers, :path), ch.looked_after_status) AS la,
                           ch.gender AS gender, ch.ethnicity AS eth
                    FROM referral r
                    JOIN safeguarding_case c ON c.id = r.case_id
                    JOIN child ch ON ch.id = r.child_id
                    WHERE c.area = :area AND r.received >= :from AND r.received <= :to),
                 again AS (SELECT count(*) AS n FROM v GROUP BY child_id HAVING count(*) > 1)
                SELECT count(*) AS referrals,
                       total(sco = 'none') AS none, total(sco = 's17') AS s17, total(sco = 's47') AS s47,
                       total(sco = 's20') AS s20, total(sco = 's31') AS s31, total(sco IS NULL) AS sco_unrecorded,
                       total(camhs = 1) AS camhs, total(camhs IS NOT NULL) AS camhs_recorded,
                       total(missing >= 3) AS missing3, total(missing >= 2) AS missing2,
                       total(la IN (SELECT value FROM json_each(:care))) AS in_care,
                       total(gender = 'female') AS female,
                       total(eth IN (SELECT value FROM json_each(:white))) AS white,
                       (SELECT count(DISTINCT child_id) FROM v) AS children,
                       (SELECT count(*) FROM again) AS again_children,
                       (SELECT total(n) FROM again) AS again_referrals,
                       total(ic = 'online') AS online, total(ic = 'on-street') AS on_street,
                       total(ic = 'third-party') AS third_party, total(ic = 'relationship') AS relationship,
                       total(ic = 'position-of-trust') AS position_of_trust, total(ic = 'other') AS other,
                       total(ic IS NULL) AS ic_unrecorded
                FROM v""";
    public static final String BY_MONTH = """
                SELECT substr(r.received, 1, 7) AS month, count(*) AS n
                FROM referral r JOIN safeguarding_case c ON c.id = r.case_id
                WHERE c.area = :area AND r.received >= :from AND r.received <= :to
                GROUP BY 1 ORDER BY 1""";
    public static final String OFFENDERS = """
                SELECT coalesce(ethnicity, 'unrecorded') AS e, count(*) AS n, total(gender = 'female') AS f
                FROM person_of_concern WHERE area = :area AND referred >= :from AND referred <= :to
                GROUP BY 1 ORDER BY n DESC, e""";

    private final Handle handle;

    ProfileQueries(Handle handle) {
        this.handle = handle;
    }

    /**
     * @param lookedAfterField the referral form's field that records looked-after status (its answer
     *                         at the referral is counted; the child's record when it has none), or null
     * @param inCareCodes      the looked-after codes counted as in care
     * @param whiteCodes       the ethnicity codes counted as white
     */
    public VictimCounts victims(String area, LocalDate from, LocalDate to, String lookedAfterField, List<String> inCareCodes,
                                List<String> whiteCodes) {
        String path = lookedAfterField == null ? "$.__none__" : "$." + lookedAfterField.replaceAll("[^A-Za-z0-9_-]", "");
        return handle.createQuery(VICTIMS)
                .bind("area", area).bind("from", from.toString()).bind("to", to.toString()).bind("path", path)
                .bind("care", json(inCareCodes)).bind("white", json(whiteCodes))
                .map((r, c) -> {
                    Map<String, Integer> sco = new LinkedHashMap<>();
                    for (String k : List.of("none", "s17", "s47", "s20", "s31")) {
                        sco.put(k, r.getInt(k));
                    }
                    sco.put("unrecorded", r.getInt("sco_unrecorded"));
                    Map<String, Integer> ic = new LinkedHashMap<>();
                    ic.put("online", r.getInt("online"));
                    ic.put("on-street", r.getInt("on_street"));
                    ic.put("third-party", r.getInt("third_party"));
                    ic.put("relationship", r.getInt("relationship"));
                    ic.put("position-of-trust", r.getInt("position_of_trust"));
                    ic.put("other", r.getInt("other"));
                    ic.put("unrecorded", r.getInt("ic_unrecorded"));
                    return new VictimCounts(r.getInt("referrals"), sco, r.getInt("camhs"), r.getInt("camhs_recorded"),
                            r.getInt("missing3"), r.getInt("missing2"), r.getInt("in_care"), r.getInt("female"), r.getInt("white"),
                            r.getInt("children"), r.getInt("again_children"), r.getInt("again_referrals"), ic);
                }).one();
    }

    /** The period's victim referrals by the month received ({@code 2025-03}), months with none left out, in order. */
    public Map<String, Integer> victimsByMonth(String area, LocalDate from, LocalDate to) {
        Map<String, Integer> out = new LinkedHashMap<>();
        handle.createQuery(BY_MONTH)
                .bind("area", area).bind("from", from.toString()).bind("to", to.toString())
                .map((r, c) -> out.put(r.getString("month"), r.getInt("n"))).list();
        return out;
    }

    public OffenderCounts offenders(String area, LocalDate from, LocalDate to) {
        Map<String, Integer> byEthnicity = new LinkedHashMap<>();
        int[] totals = new int[2];
        handle.createQuery(OFFENDERS)
                .bind("area", area).bind("from", from.toString()).bind("to", to.toString())
                .map((r, c) -> {
                    byEthnicity.put(r.getString("e"), r.getInt("n"));
                    totals[0] += r.getInt("n");
                    totals[1] += r.getInt("f");
                    return null;
                }).list();
        return new OffenderCounts(totals[0], totals[1], byEthnicity);
    }

    private static String json(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (String v : values) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append(']').toString();
    }
}
