package org.safeguard.core.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.CaseOutcome;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Location;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.model.MeetingDocument;
import org.safeguard.core.model.MinutesEntry;
import org.safeguard.core.model.MissingEpisode;
import org.safeguard.core.model.Placement;
import org.safeguard.core.model.PersonOfConcern;
import org.safeguard.core.model.Referral;
import org.safeguard.core.store.InstrumentVersions;
import org.safeguard.core.api.casework.RecordedCase;
import org.safeguard.core.store.Tx;
import org.safeguard.dsl.eval.CaseSnapshot;

/**
 * What the papers of one meeting are built from: its panel (each case with its child, facts,
 * assessments, referrals and actions), the actions due for review, and — for the minutes —
 * what was recorded. Read in a number of queries that does not depend on how many cases are
 * on the panel or how many cases and actions the database holds: each kind of record is read
 * for all the panel's cases at once. The agenda's case notes read persons of concern,
 * locations and instrument versions on first use, also all at once.
 *
 * <p>Read once, a snapshot serves every audience and format of the document (a send renders
 * the full and the restricted papers, each as text, HTML and PDF, from one snapshot). Valid
 * only inside the transaction it was read in; not thread-safe.
 */
public final class MeetingSnapshot {
    final Tx tx;
    final Meeting meeting;
    /** The meeting's day in Europe/London: what ages and "due by the meeting" are counted against. */
    final LocalDate day;
    /**
     * The day an action's state is told as of: today, or the meeting's day once it has passed. An
     * agenda read the week before says "open" of an action due before the meeting, not "overdue".
     */
    final LocalDate asOf;
    final List<PanelCase> panel;
    /** What the area's plugin says of the cases: flags, guards, forms to read answers with. */
    final AreaCasework casework;
    /** The panel's cases as the area's plugin reads them, by case id. */
    private final Map<Long, RecordedCase> recordedCases;
    private final Map<Long, List<CaseOutcome>> outcomesByCase;
    private final Map<Long, List<org.safeguard.core.model.Plan>> plansByCase;
    /** Open actions of the type's earlier meetings due by the meeting day. */
    final List<MeetingAction> due;
    /** The minutes recorded, by item number ("2.2") for an item's own notes and "2.2#id" for a case discussed under it. */
    final Map<String, MinutesEntry> recorded;
    /** Actions agreed at this meeting (not cancelled); empty unless read with the minutes. */
    final List<MeetingAction> agreed;
    final boolean withMinutes;
    /** Who attended, and the next meeting of the type; read with the minutes only. */
    final List<Attendance> attendance;
    final Optional<Meeting> next;
    /** The type's meeting before this one, if any, and the day its minutes were issued (for the agenda's item on them). */
    final Optional<Meeting> previous;
    final Optional<LocalDate> previousIssued;
    /** The meetings whose minutes were agreed at this one; read with the minutes only. */
    final List<Meeting> agreedHere;
    private final Map<Long, Meeting> agreedAt;
    private final Map<Long, String> caseReferences;
    /** The children whose cases the full papers show: the panel's, and those of other cases the actions reviewed or agreed name. */
    private final Set<Long> childrenShown = new LinkedHashSet<>();
    private final Map<Long, List<MeetingAction>> actionsByCase;
    private final Map<Long, List<Referral>> referralsByCase;
    private Map<Long, List<PersonOfConcern>> persons;
    private Map<Long, List<Location>> locations;
    private Map<String, Instrument> instruments;

    /** A case on the panel, its facts for filters, and the latest final assessment its blocks show. */
    record PanelCase(CaseRecord c, Child child, CaseSnapshot facts, Optional<Assessment> latest) {
    }

    private MeetingSnapshot(Tx tx, Meeting meeting, boolean withMinutes, AreaCasework casework) {
        this.tx = tx;
        this.casework = casework;
        this.meeting = meeting;
        this.day = LocalDate.ofInstant(meeting.startsAt(), CaseFactsReader.ZONE);
        LocalDate today = LocalDate.ofInstant(tx.now(), CaseFactsReader.ZONE);
        this.asOf = today.isBefore(day) ? today : day;
        List<MeetingAction> dueBy = tx.actions().openDueBy(meeting.area(), meeting.meetingType(), day);
        this.recorded = new LinkedHashMap<>();
        if (withMinutes) {
            tx.meetings().minutes(meeting.id()).forEach(e -> recorded.put(e.caseId() == null ? e.item() : e.item() + "#" + e.caseId(), e));
        }
        this.agreed = withMinutes ? tx.actions().forMeeting(meeting.id()).stream()
                .filter(a -> a.status() != MeetingAction.Status.CANCELLED).toList() : List.of();
        this.withMinutes = withMinutes;
        this.attendance = withMinutes ? tx.meetings().attendance(meeting.id()) : List.of();
        this.next = withMinutes ? tx.meetings().next(meeting) : Optional.empty();

        List<Map.Entry<Long, Boolean>> onPanel = tx.meetings().cases(meeting.id());
        List<Long> caseIds = onPanel.stream().map(Map.Entry::getKey).toList();
        Map<Long, CaseRecord> cases = tx.cases().withIds(caseIds);
        this.recordedCases = tx.recordedCases().of(cases.values());
        this.outcomesByCase = byKey(tx.caseOutcomes().forCases(caseIds), CaseOutcome::caseId);
        this.plansByCase = byKey(tx.plans().latestForCases(caseIds), org.safeguard.core.model.Plan::caseId);
        Map<Long, Child> children = tx.children().withIds(cases.values().stream().map(CaseRecord::childId).distinct().toList());
        Map<Long, List<Assessment>> assessments = byKey(tx.assessments().forCases(caseIds), Assessment::caseId);
        Map<Long, List<MissingEpisode>> episodes = byKey(tx.missingEpisodes().forChildren(children.keySet()), MissingEpisode::childId);
        Map<Long, List<Placement>> placements = byKey(tx.placements().forChildren(children.keySet()), Placement::childId);
        this.referralsByCase = byKey(tx.referrals().forCases(caseIds), Referral::caseId);
        this.actionsByCase = byKey(tx.actions().forCases(caseIds), MeetingAction::caseId);
        Map<Long, List<org.safeguard.core.store.Meetings.Appearance>> appearances = byKey(tx.meetings().appearances(caseIds),
                org.safeguard.core.store.Meetings.Appearance::caseId);
        Map<Long, List<org.safeguard.core.model.Decision>> decisions = byKey(tx.decisions().forCases(caseIds),
                org.safeguard.core.model.Decision::caseId);
        this.previous = tx.meetings().previous(meeting);
        this.previousIssued = previous.filter(Meeting::minutesIssued)
                .flatMap(p -> tx.meetings().latestSent(p.id(), MeetingDocument.Kind.MINUTES))
                .map(d -> LocalDate.ofInstant(d.created(), CaseFactsReader.ZONE));
        this.agreedHere = withMinutes ? tx.meetings().agreedAt(meeting.id()) : List.of();
        Set<Long> before = previous
                .map(p -> Set.copyOf(tx.meetings().cases(p.id()).stream().map(Map.Entry::getKey).toList())).orElse(Set.of());

        Set<Long> meetingIds = new HashSet<>();
        dueBy.stream().map(MeetingAction::meetingId).filter(java.util.Objects::nonNull).forEach(meetingIds::add);
        actionsByCase.values().forEach(l -> l.stream().map(MeetingAction::meetingId).filter(java.util.Objects::nonNull).forEach(meetingIds::add));
        meetingIds.remove(meeting.id());
        this.agreedAt = tx.meetings().withIds(meetingIds);
        this.due = dueBy.stream().filter(this::agreedBefore).toList();

        this.caseReferences = new LinkedHashMap<>();
        cases.values().forEach(c -> caseReferences.put(c.id(), c.reference()));
        Set<Long> otherCases = new HashSet<>();
        for (List<MeetingAction> actions : List.of(due, agreed)) {
            actions.stream().map(MeetingAction::caseId).filter(id -> id != null && !caseReferences.containsKey(id)).forEach(otherCases::add);
        }
        tx.cases().withIds(otherCases).values().forEach(c -> {
            caseReferences.put(c.id(), c.reference());
            childrenShown.add(c.childId());
        });

        List<PanelCase> out = new ArrayList<>();
        for (Map.Entry<Long, Boolean> entry : onPanel) {
            CaseRecord c = cases.get(entry.getKey());
            Child child = children.get(c.childId());
            List<Assessment> own = assessments.getOrDefault(c.id(), List.of());
            int overdue = (int) actionsByCase.getOrDefault(c.id(), List.of()).stream().filter(a -> a.overdueOn(asOf)).count();
            CaseSnapshot facts = CaseFactsReader.read(c, child, own, episodes.getOrDefault(child.id(), List.of()),
                    referralsByCase.getOrDefault(c.id(), List.of()).stream().map(Referral::received).toList(), meeting.startsAt(), true, entry.getValue(), !before.contains(c.id()), overdue,
                    recordedCases.get(c.id()), casework, placements.getOrDefault(child.id(), List.of()),
                    CaseFactsReader.events(appearances.getOrDefault(c.id(), List.of()), decisions.getOrDefault(c.id(), List.of()),
                            meeting.startsAt()));
            Optional<Assessment> latest = own.stream().filter(a -> a.status() == AssessmentStatus.FINAL).reduce((a, b) -> b);
            out.add(new PanelCase(c, child, facts, latest));
            childrenShown.add(child.id());
        }
        this.panel = List.copyOf(out);
    }

    /** The agenda's records of a meeting, with what the area's plugin says of its cases. */
    public static MeetingSnapshot ofAgenda(Tx tx, Meeting meeting, AreaCasework casework) {
        return new MeetingSnapshot(tx, meeting, false, casework);
    }

    /** The agenda's records and the minutes recorded against it, with what the area's plugin says of its cases. */
    public static MeetingSnapshot withMinutes(Tx tx, Meeting meeting, AreaCasework casework) {
        return new MeetingSnapshot(tx, meeting, true, casework);
    }

    /** The plans in force on a panel case (the latest version of each kind). */
    List<org.safeguard.core.model.Plan> plansOf(long caseId) {
        return plansByCase.getOrDefault(caseId, List.of());
    }

    /** The outcomes recorded on a panel case, oldest first. */
    List<CaseOutcome> outcomesOf(long caseId) {
        return outcomesByCase.getOrDefault(caseId, List.of());
    }

    /** A panel case as its area's plugin reads it. */
    RecordedCase recorded(long caseId) {
        return recordedCases.get(caseId);
    }

    public Meeting meeting() {
        return meeting;
    }

    /**
     * Every child the full papers concern, by id: the panel's, then those of other cases that
     * the actions reviewed or agreed name — what the disclosure log records for a full copy.
     */
    public Set<Long> childrenShown() {
        return Collections.unmodifiableSet(childrenShown);
    }

    /** The children of the cases on the panel, in the panel's order (each once per case). */
    public List<Child> children() {
        return panel.stream().map(PanelCase::child).toList();
    }

    /**
     * Whether an action was agreed at a meeting held before this one: a meeting's papers show
     * what stood when it met, so re-sending them after later meetings does not change them.
     */
    boolean agreedBefore(MeetingAction a) {
        if (a.meetingId() == null) {
            return a.recorded().isBefore(meeting.startsAt()); // created by an area rule before this meeting
        }
        Meeting at = agreedAt.get(a.meetingId());
        return a.meetingId() != meeting.id() && at != null && at.startsAt().isBefore(meeting.startsAt());
    }

    /** The reference of a case an action names. */
    String caseReference(long caseId) {
        return caseReferences.get(caseId);
    }

    /** Every action on a panel case, by due date. */
    List<MeetingAction> actionsOf(long caseId) {
        return actionsByCase.getOrDefault(caseId, List.of());
    }

    List<Referral> referralsOf(long caseId) {
        return referralsByCase.getOrDefault(caseId, List.of());
    }

    List<PersonOfConcern> personsLinkedTo(long childId) {
        if (persons == null) {
            persons = tx.personsOfConcern().linkedToChildren(childIds());
        }
        return persons.getOrDefault(childId, List.of());
    }

    List<Location> locationsOf(long childId) {
        if (locations == null) {
            locations = tx.locations().forChildren(childIds());
        }
        return locations.getOrDefault(childId, List.of());
    }

    /** An instrument version as recorded; every version the panel's assessments use is decoded once. */
    Optional<Instrument> instrument(String id, String version) {
        if (instruments == null) {
            instruments = tx.instrumentVersions().versionsOf(panel.stream().flatMap(pc -> pc.latest().stream())
                    .map(Assessment::instrumentId).distinct().toList());
        }
        return Optional.ofNullable(instruments.get(InstrumentVersions.key(id, version)));
    }

    private Collection<Long> childIds() {
        return panel.stream().map(pc -> pc.child().id()).distinct().toList();
    }

    private static <T> Map<Long, List<T>> byKey(List<T> rows, Function<T, Long> key) {
        return CaseFactsBatch.byKey(rows, key);
    }
}
