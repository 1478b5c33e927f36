package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.MissingEpisodeService.Episode;
import org.safeguard.core.app.MissingEpisodeService.Interview;
import org.safeguard.core.app.MissingEpisodeService.Return;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.MissingEpisode;
import org.safeguard.core.store.NewChild;

class MissingEpisodeServiceTest {
    private static final Instant EVENING = Instant.parse("2026-11-16T20:00:00Z");

    @TempDir
    Path tmp;
    AppFixture f;
    MissingEpisodeService missing;
    long child;
    long other;

    @BeforeEach
    void home() {
        f = AppFixture.bare(tmp);
        missing = f.app().missingEpisodes();
        child = f.store(tx -> tx.children().add(NewChild.named("Okafor", "Amara", LocalDate.of(2012, 3, 4))).id());
        other = f.store(tx -> tx.children().add(NewChild.named("Ng", "Sam", LocalDate.of(2011, 5, 6))).id());
    }

    @AfterEach
    void close() {
        f.close();
    }

    private MissingEpisode stored(long id) {
        return f.store(tx -> tx.missingEpisodes().require(id));
    }

    @Test
    void anEpisodeGoesFromMissingToReturnedToInterviewedAndItsInterviewFallsDue72HoursAfterTheReturn() {
        Episode reported = missing.report(f.ctx(), child, EVENING, Optional.empty(), true);
        assertEquals(Interview.AWAITING_RETURN, reported.interview());
        assertTrue(reported.episode().open());
        assertEquals("Amara", reported.child().givenName());
        assertEquals(AppFixture.START, reported.episode().recorded(), "stamped by the request's clock");

        Instant back = Instant.parse("2026-11-17T08:00:00Z");
        Episode returned = missing.recordReturn(f.ctx(), reported.episode().id(), new Return(back, "At a friend's address"));
        assertEquals(back.plus(Duration.ofHours(72)), returned.episode().returnInterviewDue());
        assertEquals(Interview.DUE, returned.interview(), "due 20 November, and it is the 18th");
        assertEquals("At a friend's address", returned.episode().whereFound());

        f.clock().set(Instant.parse("2026-11-20T08:01:00Z"));
        assertEquals(Interview.OVERDUE, missing.list(f.ctx(), child).get(0).interview(), "a minute past due, by the clock");

        Episode held = missing.recordInterview(f.ctx(), reported.episode().id(), Instant.parse("2026-11-20T08:00:00Z"));
        assertEquals(Interview.HELD, held.interview());
        assertFalse(held.interviewLate());
        assertEquals(List.of("add", "return", "return-interview"), f.audit().stream().filter(e -> "missing_episode".equals(e.entity())
                && !e.action().equals("list")).map(AuditEntry::action).toList());
    }

    @Test
    void anInterviewHeldAfterItWasDueIsLateAndAnEpisodeWithoutOneNeedsNone() {
        Episode e = missing.report(f.ctx(), child, Instant.parse("2026-11-01T18:00:00Z"),
                Optional.of(new Return(Instant.parse("2026-11-01T23:00:00Z"), null)), true);
        assertEquals(Interview.OVERDUE, e.interview());
        assertTrue(missing.recordInterview(f.ctx(), e.episode().id(), Instant.parse("2026-11-10T10:00:00Z")).interviewLate());

        Episode none = missing.report(f.ctx(), child, Instant.parse("2026-11-02T18:00:00Z"),
                Optional.of(new Return(Instant.parse("2026-11-02T23:00:00Z"), null)), false);
        assertEquals(Interview.NOT_REQUIRED, none.interview());
        assertNull(none.episode().returnInterviewDue());
    }

    @Test
    void transitionsOutOfOrderAreRefusedByRuleAndChangeNothing() {
        long open = missing.report(f.ctx(), child, EVENING, Optional.empty(), true).episode().id();
        RefusedException early = assertThrows(RefusedException.class,
                () -> missing.recordInterview(f.ctx(), open, Instant.parse("2026-11-17T10:00:00Z")));
        assertEquals("return-interview-needs-return", early.rule());
        assertEquals("a return interview follows the return; record the return of episode " + open + " first", early.getMessage());

        RefusedException beforeStart = assertThrows(RefusedException.class,
                () -> missing.recordReturn(f.ctx(), open, new Return(EVENING.minusSeconds(60), null)));
        assertEquals("return-before-start", beforeStart.rule());
        assertTrue(stored(open).open());

        missing.recordReturn(f.ctx(), open, new Return(Instant.parse("2026-11-17T08:00:00Z"), "Home"));
        RefusedException twice = assertThrows(RefusedException.class,
                () -> missing.recordReturn(f.ctx(), open, new Return(Instant.parse("2026-11-17T09:00:00Z"), "Elsewhere")));
        assertEquals("return-already-recorded", twice.rule());
        assertEquals("missing episode " + open + " already has a return recorded", twice.getMessage());
        assertEquals("Home", stored(open).whereFound(), "the first return stands");

        InvalidInputException beforeReturn = assertThrows(InvalidInputException.class,
                () -> missing.recordInterview(f.ctx(), open, Instant.parse("2026-11-17T07:00:00Z")));
        assertEquals("held", beforeReturn.problems().get(0).subject());
        assertEquals("'2026-11-17T07:00' is before the return (2026-11-17 08:00)", beforeReturn.problems().get(0).message());

        missing.recordInterview(f.ctx(), open, Instant.parse("2026-11-17T12:00:00Z"));
        RefusedException interviewedTwice = assertThrows(RefusedException.class,
                () -> missing.recordInterview(f.ctx(), open, Instant.parse("2026-11-18T09:00:00Z")));
        assertEquals("return-interview-already-recorded", interviewedTwice.rule());
        assertEquals("the return interview of missing episode " + open + " is already recorded (held 2026-11-17 12:00)",
                interviewedTwice.getMessage());
        assertEquals(Instant.parse("2026-11-17T12:00:00Z"), stored(open).returnInterviewHeld());
        assertThrows(NotFoundException.class, () -> missing.recordReturn(f.ctx(), open + 99, new Return(EVENING, null)));
    }

    @Test
    void aChildIsMissingOnceAtATimeSoOverlappingEpisodesAreRefused() {
        long first = missing.report(f.ctx(), child, Instant.parse("2026-11-01T18:00:00Z"),
                Optional.of(new Return(Instant.parse("2026-11-02T09:00:00Z"), "a takeaway")), true).episode().id();
        RefusedException inside = assertThrows(RefusedException.class, () -> missing.report(f.ctx(), child,
                Instant.parse("2026-11-01T22:00:00Z"), Optional.of(new Return(Instant.parse("2026-11-01T23:00:00Z"), null)), true));
        assertEquals("missing-episodes-overlap", inside.rule());
        assertTrue(inside.getMessage().contains("(missing episode " + first + ")"), inside.getMessage());
        assertThrows(RefusedException.class, () -> missing.report(f.ctx(), child, Instant.parse("2026-10-31T18:00:00Z"), Optional.empty(), true),
                "an episode with no return yet runs on past the recorded one");
        // touching is not overlapping: missing again the moment after returning
        missing.report(f.ctx(), child, Instant.parse("2026-11-02T09:00:00Z"), Optional.empty(), true);
        RefusedException afterOpen = assertThrows(RefusedException.class, () -> missing.report(f.ctx(), child,
                Instant.parse("2026-11-05T18:00:00Z"), Optional.empty(), true));
        assertTrue(afterOpen.getMessage().contains("and not yet returned"), afterOpen.getMessage());
        assertEquals(2, f.store(tx -> tx.missingEpisodes().forChild(child)).size());
    }

    @Test
    void aReturnBeforeTheStartIsRefusedInLocalTimeAndNothingIsStored() {
        // 10 July is summer time: 21:00 UTC is 22:00 in England
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> missing.report(f.ctx(), child,
                Instant.parse("2026-07-10T21:00:00Z"), Optional.of(new Return(Instant.parse("2026-07-10T20:00:00Z"), null)), true));
        assertEquals(1, e.problems().size());
        assertEquals("returned", e.problems().get(0).subject());
        assertEquals("'2026-07-10T21:00' is before the start of the episode", e.problems().get(0).message());
        assertTrue(f.store(tx -> tx.missingEpisodes().forChild(child)).isEmpty());
        assertThrows(NotFoundException.class, () -> missing.report(f.ctx(), 99, EVENING, Optional.empty(), true));
    }

    @Test
    void momentsAfterTheRequestClockAreRefusedUntilTheClockReachesThem() {
        Instant soon = AppFixture.START.plus(Duration.ofMinutes(1));
        InvalidInputException both = assertThrows(InvalidInputException.class, () -> missing.report(f.ctx(), child, soon,
                Optional.of(new Return(soon.plusSeconds(3600), null)), true));
        assertEquals(List.of("from: 2026-11-18T09:31 is in the future", "returned: 2026-11-18T10:31 is in the future"),
                both.problems().stream().map(Object::toString).toList(), "every problem at once");
        long open = missing.report(f.ctx(), child, EVENING, Optional.empty(), true).episode().id();
        InvalidInputException back = assertThrows(InvalidInputException.class, () -> missing.recordReturn(f.ctx(), open, new Return(soon, null)));
        assertEquals("at", back.problems().get(0).subject());

        f.clock().advance(Duration.ofMinutes(1));
        assertFalse(missing.recordReturn(f.ctx(), open, new Return(soon, null)).episode().open(), "the same moment, once it has come");
        InvalidInputException held = assertThrows(InvalidInputException.class,
                () -> missing.recordInterview(f.ctx(), open, soon.plusSeconds(60)));
        assertEquals("held: 2026-11-18T09:32 is in the future", held.problems().get(0).toString());
    }

    @Test
    void listingIsAuditedOnceOldestFirstAcrossChildrenAndNotAtAllForAnUnknownChild() {
        missing.report(f.ctx(), child, EVENING, Optional.empty(), true);
        missing.report(f.ctx(), other, EVENING.minus(Duration.ofDays(3)), Optional.empty(), true);
        missing.report(f.ctx(), child, EVENING.minus(Duration.ofDays(5)), Optional.of(new Return(EVENING.minus(Duration.ofDays(4)), null)), true);

        List<Episode> all = missing.list(f.ctx(), null);
        assertEquals(List.of(child, other, child), all.stream().map(e -> e.child().id()).toList());
        assertEquals(List.of(EVENING.minus(Duration.ofDays(5)), EVENING.minus(Duration.ofDays(3)), EVENING),
                all.stream().map(e -> e.episode().started()).toList());
        assertEquals(2, missing.list(f.ctx(), child).size());
        assertThrows(NotFoundException.class, () -> missing.list(f.ctx(), 99L));

        List<AuditEntry> lists = f.audited("list", "missing_episode");
        assertEquals(List.of("", "child=" + child), lists.stream().map(AuditEntry::details).toList());
        assertEquals(AppFixture.ACTOR, lists.get(0).actor());
    }
}
