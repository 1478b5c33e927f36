package org.safeguard.core.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.instrument.FactorOption;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MinutesEntry;
import org.safeguard.core.store.NewChild;
import org.safeguard.core.store.Store;
import org.safeguard.dsl.AreaLanguage;
import org.safeguard.dsl.CheckResult;
import org.safeguard.dsl.IncludeResolver;
import org.safeguard.dsl.InstrumentTerms;
import org.safeguard.dsl.SimpleVocabulary;
import org.safeguard.dsl.Vocabulary;

class AreaMeetingsTest {
    static final AreaDescriptor TESTSHIRE = AreaDescriptor.builder("testshire", "Testshire").caseReferences("CSE-%05d").build();
    static final Instrument SCALE = Instrument.builder("testplugin.scale", "1").title("Scale")
            .factor(1, "only", "Only", FactorOption.of(0, "none"), FactorOption.of(1, "some"), FactorOption.of(2, "much"))
            .band(0, 1, "GREEN", "LOW").band(2, 2, "RED", "HIGH").build();

    @TempDir
    Path dir;
    Store store;
    AreaMeetings service;
    CaseRecord red;
    CaseRecord green;

    @BeforeEach
    void setUp() throws Exception {
        Vocabulary vocabulary = SimpleVocabulary.builder().plugin("testplugin")
                .instrument(new InstrumentTerms("testplugin.scale", List.of("GREEN", "RED"), List.of("LOW", "HIGH"), 2)).build();
        String text;
        try (InputStream in = AreaMeetingsTest.class.getResourceAsStream("/panel.area")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CheckResult checked = AreaLanguage.check("panel.area", text, vocabulary, IncludeResolver.none());
        assertFalse(checked.hasErrors(), checked.format());
        service = new AreaMeetings(checked.definition().orElseThrow(), vocabulary);
        store = Store.open(dir.resolve("safeguard.db"));
        red = aCase("Example", 2);
        green = aCase("Sample", 0);
    }

    private CaseRecord aCase(String family, int score) {
        return store.inTransaction("t", tx -> {
            var child = tx.children().add(NewChild.named(family, "Alex", LocalDate.of(2011, 4, 3)));
            var c = tx.cases().open(child.id(), TESTSHIRE, LocalDate.of(2026, 10, 1));
            tx.instrumentVersions().remember(SCALE);
            tx.assessments().add(c.id(), child.id(), SCALE.score(Map.of("1", String.valueOf(score))), AssessmentStatus.FINAL);
            return c;
        });
    }

    /** The n-th item of a part (items of its sections in order). */
    private static Map<?, ?> item(List<?> parts, int part, int n) {
        List<Object> items = new java.util.ArrayList<>();
        for (Object section : (List<?>) ((Map<?, ?>) parts.get(part)).get("sections")) {
            items.addAll((List<?>) ((Map<?, ?>) section).get("items"));
        }
        return (Map<?, ?>) items.get(n);
    }

    private Meeting schedule(String when) {
        return store.inTransaction("t", tx -> service.schedule(tx, "panel", Instant.parse(when), null, "Room 1, Example House",
                null, "CSE coordinator", List.of(red.id(), green.id())));
    }

    @Test
    void schedulingInvitesTheAgenciesTheTypeNames() {
        Meeting m = schedule("2026-12-08T10:00:00Z");
        var invitees = store.inTransaction("t", tx -> tx.meetings().invitees(m.id()));
        assertEquals(List.of("police", "csc", "health", "education"), invitees.stream().map(i -> i.agency()).toList());
        assertEquals("M00001", m.reference());
    }

    @Test
    void quorumNeedsTheCountAndTheNamedAgenciesAndSaysWhichWereMissing() {
        Meeting m = schedule("2026-12-08T10:00:00Z");
        QuorumCheck q = store.inTransaction("t", tx -> service.attendance(tx, m, List.of(
                new Attendance(m.id(), "A", "police", Attendance.Status.PRESENT),
                new Attendance(m.id(), "C", "health", Attendance.Status.PRESENT),
                new Attendance(m.id(), "D", "education", Attendance.Status.PRESENT),
                new Attendance(m.id(), "B", "csc", Attendance.Status.APOLOGIES))));
        assertFalse(q.quorate());
        assertEquals(List.of("csc"), q.missingRequired());
        assertTrue(q.explain(service.area()).contains("not represented: Children's social care"), q.explain(service.area()));
        store.useTransaction("t", tx -> service.importMinutes(tx, tx.meetings().require(m.id()), checked(List.of(), List.of())));
        SafeguardException e = assertThrows(SafeguardException.class,
                () -> store.useTransaction("t", tx -> service.requireIssuable(tx, tx.meetings().require(m.id()))));
        assertTrue(e.getMessage().contains("cannot be issued as decisions"), e.getMessage());

        store.useTransaction("t", tx -> service.attendance(tx, m, List.of(new Attendance(m.id(), "B", "csc", Attendance.Status.PRESENT))));
        assertTrue(store.inTransaction("t", tx -> service.quorum(tx, m)).quorate());
    }

    @Test
    void restrictedAudienceGetsNoTraceOfTheConfidentialPart() {
        Meeting m = schedule("2026-12-08T10:00:00Z");
        Map<String, Object> full = store.inTransaction("t", tx -> service.views(m).agenda(tx, m, Audience.FULL, null));
        Map<String, Object> restricted = store.inTransaction("t", tx -> service.views(m).agenda(tx, m, Audience.RESTRICTED, null));
        assertEquals(2, ((List<?>) full.get("parts")).size());
        assertEquals(1, ((List<?>) restricted.get("parts")).size());
        assertTrue(full.toString().contains("Intelligence about persons of concern"));
        assertFalse(restricted.toString().contains("Intelligence"), restricted.toString());
        assertFalse(restricted.toString().contains("Confidential information"), restricted.toString());
    }

    @Test
    void perCaseItemsFollowTheirFilters() {
        Meeting m = schedule("2026-12-08T10:00:00Z");
        Map<String, Object> full = store.inTransaction("t", tx -> service.views(m).agenda(tx, m, Audience.FULL, null));
        List<?> parts = (List<?>) full.get("parts");
        Map<?, ?> onPanel = item(parts, 0, 1);
        Map<?, ?> redOnly = item(parts, 1, 1);
        assertEquals(2, ((List<?>) onPanel.get("cases")).size());
        assertEquals(List.of(red.reference()), ((List<?>) redOnly.get("cases")).stream().map(c -> ((Map<?, ?>) c).get("reference")).toList());
        assertEquals("2.2", redOnly.get("number"));
    }

    /** Minutes that passed their check: entries for the items named (titled as the agenda numbers them) and the actions. */
    private static java.util.function.Function<MinutesImport.Frame, MinutesImport.Parsed> checked(List<String[]> items,
                                                                                                  List<MinutesImport.NewAction> actions) {
        return frame -> {
            List<MinutesEntry> entries = items.stream().map(i -> {
                MinutesImport.AgendaItem a = frame.agenda().stream().filter(x -> x.number().equals(i[0])).findFirst().orElseThrow();
                return new MinutesEntry(0, frame.meeting().id(), a.number(), a.title(), a.confidential(), null, i[1],
                        List.of(i).subList(2, i.length));
            }).toList();
            return new MinutesImport.Parsed(List.of(), entries, actions);
        };
    }

    @Test
    void checkingSeesTheAgendaAsNumberedAndThePanelsReferences() {
        Meeting m = schedule("2026-12-08T10:00:00Z");
        MinutesImport.Frame frame = store.inTransaction("t", tx -> {
            MinutesImport.Frame[] seen = new MinutesImport.Frame[1];
            service.importMinutes(tx, m, f -> {
                seen[0] = f;
                return new MinutesImport.Parsed(List.of(), List.of(), List.of());
            });
            return seen[0];
        });
        assertEquals(LocalDate.of(2026, 12, 8), frame.day());
        assertEquals(java.util.Map.of(red.reference(), red.id(), green.reference(), green.id()), frame.panel());
        assertEquals(List.of(red.reference(), green.reference()), List.copyOf(frame.panel().keySet()), "in case order");
        assertTrue(frame.agenda().stream().anyMatch(i -> i.number().equals("2.2") && i.confidential()), frame.agenda().toString());
        assertEquals("testshire", frame.area().id());
    }

    @Test
    void actionsRecordedWithTheMinutesAreCarriedToTheNextMeeting() {
        Meeting first = schedule("2026-12-08T10:00:00Z");
        store.useTransaction("t", tx -> service.importMinutes(tx, first, checked(List.<String[]>of(new String[] {"1.2", "Discussed.",
                "Refer for a return interview"}), List.of(new MinutesImport.NewAction("1.2", red.reference(), "Arrange the return interview",
                "B. Example", "csc", LocalDate.of(2026, 12, 20))))));
        assertEquals(red.id(), store.inTransaction("t", tx -> tx.actions().forMeeting(first.id())).get(0).caseId(),
                "the action's case is found by its reference on the panel");
        Meeting next = schedule("2027-01-12T10:00:00Z");
        java.time.Clock before = java.time.Clock.fixed(Instant.parse("2026-12-10T09:00:00Z"), java.time.ZoneOffset.UTC);
        Map<String, Object> agenda = store.inTransaction("t", before, tx -> service.views(next).agenda(tx, next, Audience.FULL, null));
        Map<?, ?> review = item((List<?>) agenda.get("parts"), 0, 0);
        List<?> due = (List<?>) review.get("actions");
        assertEquals(1, due.size());
        assertEquals("Arrange the return interview", ((Map<?, ?>) due.get(0)).get("description"));
        assertEquals("Open", ((Map<?, ?>) due.get(0)).get("status"), "read before its due day (20 December), it is not overdue yet");
        java.time.Clock later = java.time.Clock.fixed(Instant.parse("2027-01-05T09:00:00Z"), java.time.ZoneOffset.UTC);
        Map<String, Object> read = store.inTransaction("t", later, tx -> service.views(next).agenda(tx, next, Audience.FULL, null));
        List<?> dueLater = (List<?>) item((List<?>) read.get("parts"), 0, 0).get("actions");
        assertEquals("Overdue", ((Map<?, ?>) dueLater.get(0)).get("status"), "read after it");
    }

    @Test
    void minutesAmendedItemByItemKeepTheOtherItemsAndAreFrozenOnceIssued() {
        Meeting m = schedule("2026-12-08T10:00:00Z");
        store.useTransaction("t", tx -> service.importMinutes(tx, m, checked(List.of(new String[] {"1.1", "Apologies noted."},
                new String[] {"1.2", "First draft."}), List.of())));
        store.useTransaction("t", tx -> service.amendMinutes(tx, tx.meetings().require(m.id()),
                checked(List.<String[]>of(new String[] {"1.2", "Reviewed.", "Stays on the panel"}), List.of())));
        store.useTransaction("t", tx -> service.amendMinutes(tx, tx.meetings().require(m.id()),
                checked(List.<String[]>of(new String[] {"1.2", ""}), List.of(new MinutesImport.NewAction("1.2", null, "Share the plan",
                        "B. Example", "csc", LocalDate.of(2026, 12, 20))))));
        var entries = store.inTransaction("t", tx -> tx.meetings().minutes(m.id()));
        assertEquals(List.of("1.1", "1.2"), entries.stream().map(e -> e.item()).toList(), "agenda order, nothing lost");
        assertEquals("Apologies noted.", entries.get(0).notes());
        assertEquals("Reviewed.", entries.get(1).notes(), "an action alone leaves the item's notes as they were");
        assertEquals(List.of("Stays on the panel"), entries.get(1).decisions());
        assertEquals(1, store.inTransaction("t", tx -> tx.actions().forMeeting(m.id())).size());

        store.useTransaction("t", tx -> tx.meetings().setMinutes(m.id(), Meeting.Minutes.ISSUED));
        RefusedException frozen = assertThrows(RefusedException.class, () -> store.useTransaction("t", tx -> service.amendMinutes(tx,
                tx.meetings().require(m.id()), checked(List.<String[]>of(new String[] {"1.1", "Changed."}), List.of()))));
        assertEquals("minutes-issued", frozen.rule());
        assertTrue(frozen.getMessage().contains("have been issued"), frozen.getMessage());
        assertEquals("Apologies noted.", store.inTransaction("t", tx -> tx.meetings().minutes(m.id())).get(0).notes());
    }

    @Test
    void papersAndMinutesFallDueByTheTypesLeadTimes() {
        Meeting m = schedule("2026-12-08T10:00:00Z");
        assertEquals(LocalDate.of(2026, 12, 1), service.papersDue(m).orElseThrow(), "agenda sent 7 days before");
        assertEquals(LocalDate.of(2026, 12, 15), service.minutesDue(m).orElseThrow(), "minutes due 7 days after");
    }
}
