package org.safeguard.core.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.safeguard.core.api.casework.RecordedCase;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Decision;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.model.MissingEpisode;
import org.safeguard.core.model.Placement;
import org.safeguard.core.model.Referral;
import org.safeguard.core.store.Meetings;
import org.safeguard.core.store.Tx;
import org.safeguard.dsl.eval.CaseSnapshot;

/**
 * Reads many cases at once as the facts the area definition language evaluates, outside any one
 * meeting: for their deadlines and the rules of their area. A fixed number of queries per
 * {@value #CHUNK} cases, whatever their records hold. "On panel" means on a meeting not cancelled
 * that has not begun yet; "new to panel" and "proposed for discharge" belong to one meeting and
 * are false here.
 */
public final class CaseFactsBatch {
    /** Cases read per round of queries: well under SQLite's limit on bound values. */
    public static final int CHUNK = 2_000;

    private CaseFactsBatch() {
    }

    /** The full facts of each case as of {@code now}, keyed by case id, in the order given. */
    public static Map<Long, CaseSnapshot> read(Tx tx, Collection<CaseRecord> cases, Instant now, Function<String, AreaCasework> casework) {
        return read(tx, cases, now, casework, FactNeeds.ALL);
    }

    /** The facts of each case that {@code needs} names, as of {@code now}; the records it does not name are not read. */
    public static Map<Long, CaseSnapshot> read(Tx tx, Collection<CaseRecord> cases, Instant now, Function<String, AreaCasework> casework,
                                               FactNeeds needs) {
        Map<Long, CaseSnapshot> out = new LinkedHashMap<>();
        List<CaseRecord> all = List.copyOf(cases);
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunk(tx, all.subList(from, Math.min(all.size(), from + CHUNK)), now, casework, needs, out);
        }
        return out;
    }

    private static void chunk(Tx tx, List<CaseRecord> cases, Instant now, Function<String, AreaCasework> casework, FactNeeds needs,
                              Map<Long, CaseSnapshot> out) {
        List<Long> caseIds = cases.stream().map(CaseRecord::id).toList();
        List<Long> childIds = cases.stream().map(CaseRecord::childId).distinct().toList();
        Map<Long, Child> children = needs.child() ? tx.children().withIds(childIds) : Map.of();
        Map<Long, RecordedCase> recorded = needs.recorded() ? tx.recordedCases().of(cases) : Map.of();
        Map<Long, List<Assessment>> assessments = needs.assessments() ? byKey(tx.assessments().forCases(caseIds), Assessment::caseId) : Map.of();
        Map<Long, List<MissingEpisode>> episodes = needs.episodes()
                ? byKey(tx.missingEpisodes().forChildren(childIds), MissingEpisode::childId) : Map.of();
        Map<Long, List<Placement>> placements = needs.placements() ? byKey(tx.placements().forChildren(childIds), Placement::childId) : Map.of();
        Map<Long, List<java.time.LocalDate>> referrals = tx.referrals().receivedForCases(caseIds);
        Map<Long, List<MeetingAction>> actions = needs.actions() ? byKey(tx.actions().forCases(caseIds), MeetingAction::caseId) : Map.of();
        Map<Long, List<Meetings.Appearance>> appearances = needs.appearances()
                ? byKey(tx.meetings().appearances(caseIds), Meetings.Appearance::caseId) : Map.of();
        Map<Long, List<Decision>> decisions = needs.decisions() ? byKey(tx.decisions().forCases(caseIds), Decision::caseId) : Map.of();
        LocalDate today = LocalDate.ofInstant(now, CaseFactsReader.ZONE);
        Map<String, AreaCasework> works = new java.util.HashMap<>();
        for (CaseRecord c : cases) {
            Child child = children.get(c.childId()); // null when no child field is needed
            List<Meetings.Appearance> on = appearances.getOrDefault(c.id(), List.of());
            boolean onPanel = on.stream().anyMatch(a -> !a.cancelled() && a.startsAt().isAfter(now));
            int overdue = (int) actions.getOrDefault(c.id(), List.of()).stream().filter(a -> a.overdueOn(today)).count();
            out.put(c.id(), CaseFactsReader.read(c, child, assessments.getOrDefault(c.id(), List.of()),
                    episodes.getOrDefault(c.childId(), List.of()), referrals.getOrDefault(c.id(), List.of()), now, onPanel, false, false,
                    overdue, recorded.get(c.id()), works.computeIfAbsent(c.area(), casework), placements.getOrDefault(c.childId(), List.of()),
                    CaseFactsReader.events(on, decisions.getOrDefault(c.id(), List.of()), now)));
        }
    }

    /** Rows grouped by a key, each group in the rows' order. */
    static <T> Map<Long, List<T>> byKey(List<T> rows, Function<T, Long> key) {
        Map<Long, List<T>> out = new LinkedHashMap<>();
        for (T row : rows) {
            out.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return out;
    }
}
