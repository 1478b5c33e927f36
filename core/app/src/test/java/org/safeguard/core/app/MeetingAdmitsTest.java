package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.model.AssessmentStatus;

/**
 * A meeting type's entry condition written in the area definition ({@code admits case when …}):
 * a case it does not hold for is refused, naming each part that does not hold, and nothing is
 * added; once what it asks is recorded, the case goes on the panel. The administrator changes the
 * condition in the file, not in plugin code.
 */
class MeetingAdmitsTest {
    @TempDir
    Path tmp;
    AppFixture f;

    @BeforeEach
    void home() throws Exception {
        f = AppFixture.withArea(tmp, "lancashire");
        Path file = f.home().areas().resolve("lancashire.area");
        Files.writeString(file, Files.readString(file).replace("  quorum at least 4 agencies including police, childrens-social-care",
                "  quorum at least 4 agencies including police, childrens-social-care\n"
                        + "  admits case when case.band of lancashire.cse2 >= AMBER\n    and not case.status is closed"));
        var loaded = f.app().areas().reload(f.ctx());
        assertTrue(loaded.stream().allMatch(l -> l.applied()), loaded.toString());
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aCaseTheConditionDoesNotHoldForIsRefusedUntilItDoes() {
        ReferralService.Outcome r = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Admits"));
        long meeting = f.app().meetings().schedule(f.ctx(), new MeetingService.NewMeeting("lancashire", "multi-agency-cse",
                AppFixture.START.plus(java.time.Duration.ofDays(7)), null, "Town Hall", null, null, List.of())).id();
        RefusedException e = assertThrows(RefusedException.class,
                () -> f.app().meetings().cases(f.ctx(), meeting, List.of(r.onCase().id()), List.of()));
        assertEquals("case " + r.onCase().reference() + " cannot go on the panel of a Multi-Agency CSE Meeting: the area definition admits"
                + " a case when case.band of lancashire.cse2 >= AMBER and not (case.status = closed); not holding:"
                + " case.band of lancashire.cse2 >= AMBER", e.getMessage());
        assertTrue(f.app().meetings().show(f.ctx(), meeting).cases().isEmpty(), "nothing added");

        f.app().assessments().record(f.ctx(), AssessmentServiceTest.CSE2, AssessmentServiceTest.answers(AssessmentServiceTest.MEDIUM),
                r.child().id(), AssessmentStatus.FINAL);
        f.app().meetings().cases(f.ctx(), meeting, List.of(r.onCase().id()), List.of());
        assertEquals(List.of(r.onCase().id()), f.app().meetings().show(f.ctx(), meeting).cases().stream()
                .map(MeetingService.PanelCase::caseId).toList());
    }

    @Test
    void schedulingWithTheCaseIsRefusedTheSameWay() {
        ReferralService.Outcome r = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Admits"));
        assertThrows(RefusedException.class, () -> f.app().meetings().schedule(f.ctx(), new MeetingService.NewMeeting("lancashire",
                "multi-agency-cse", AppFixture.START.plus(java.time.Duration.ofDays(7)), null, "Town Hall", null, null,
                List.of(r.onCase().id()))));
        assertTrue(f.app().meetings().list(f.ctx()).isEmpty(), "the meeting is not scheduled either: one transaction");
    }
}
