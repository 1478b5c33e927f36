package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.Child;

class ChildServiceTest {
    @TempDir
    Path tmp;
    AppFixture f;

    @BeforeEach
    void home() {
        f = AppFixture.withArea(tmp, "lancashire");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static ChildService.Details details(LocalDate dob, String ethnicity, String lookedAfter) {
        return new ChildService.Details(" Okafor ", "Amara", null, List.of("Mara"), dob, null, ethnicity, null, lookedAfter, null, null);
    }

    @Test
    void aChildIsRecordedInTheirHomeAreaWithCodesAsTheListSpellsThem() {
        Child c = f.app().children().add(f.ctx(), null, details(LocalDate.of(2012, 3, 4), "01", null));
        assertEquals("Okafor", c.familyName());
        assertEquals("O1", c.ethnicity());
        assertEquals("lancashire", c.homeArea());
        assertEquals(List.of("Mara"), c.alternativeNames());
        assertEquals(1, f.audited("add", "child").size());
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsRecorded() {
        ChildService.Details bad = new ChildService.Details("Okafor", " ", null, List.of(), LocalDate.of(2026, 11, 19), null, "W4", null,
                "nonsense", null, null);
        List<String> problems = f.app().children().check(f.ctx(), null, bad).stream().map(Problem::toString).toList();
        assertEquals(4, problems.size(), problems.toString());
        assertEquals("givenName: is empty", problems.get(0));
        assertEquals("dateOfBirth: 2026-11-19 is in the future", problems.get(1));
        assertTrue(problems.get(2).startsWith("ethnicity: 'W4' is not in "), problems.get(2));
        assertTrue(problems.get(3).startsWith("lookedAfterStatus: 'nonsense' is not in "), problems.get(3));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.app().children().add(f.ctx(), null, bad));
        assertEquals(4, e.problems().size());
        assertTrue(f.store(tx -> tx.children().list()).isEmpty());
        assertTrue(f.app().children().check(f.ctx(), null, details(AppFixture.START.atZone(RequestContext.ZONE).toLocalDate(), "W1", null))
                .isEmpty(), "born today is not the future");
    }

    @Test
    void genderIsOneTheRulesReadAndAnAgeMustBeAChildsOrAYoungAdults() {
        ChildService children = f.app().children();
        ChildService.Details girl = new ChildService.Details("Okafor", "Amara", null, List.of(), LocalDate.of(2012, 5, 1), "girl", null,
                null, null, null, null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> children.add(f.ctx(), "lancashire", girl));
        assertEquals("gender: 'girl' is not a gender Safeguard records (female, male, non-binary, not-known)", e.problems().get(0).toString());
        Child recorded = children.add(f.ctx(), "lancashire", new ChildService.Details("Okafor", "Amara", null, List.of(),
                LocalDate.of(2012, 5, 1), " Non Binary ", null, null, null, null, null));
        assertEquals("non-binary", recorded.gender(), "stored as the rules spell it");

        // 46 is no child; 20 is a young adult a panel can still hold (a care leaver): recorded, with a warning
        InvalidInputException adult = assertThrows(InvalidInputException.class, () -> children.add(f.ctx(), "lancashire",
                new ChildService.Details("Example", "Sam", null, List.of(), LocalDate.of(1980, 1, 1), null, null, null, null, null, null)));
        assertTrue(adult.problems().get(0).toString().startsWith("dateOfBirth: makes the child 46 today"), adult.getMessage());
        children.add(f.ctx(), "lancashire", new ChildService.Details("Example", "Jo", null, List.of(), LocalDate.of(2006, 1, 1), null, null,
                null, null, null, null));
        assertTrue(f.events().stream().anyMatch(w -> w.startsWith("the date of birth makes the child 20 today, an adult")), f.events().toString());
        assertEquals(2, children.list(f.ctx()).size());

        InvalidInputException person = assertThrows(InvalidInputException.class, () -> f.app().persons().add(f.ctx(),
                new PersonService.NewPerson("Example Adult", List.of(), null, "bloke", null, null)));
        assertEquals("gender", person.problems().get(0).subject());
    }

    @Test
    void showingAChildIsAnAuditedReadWithTheirCases() {
        ReferralService.Outcome o = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Example"));
        ChildService.Profile p = f.app().children().show(f.as("another.worker"), o.child().id());
        assertEquals("Example", p.child().familyName());
        assertEquals(List.of(o.onCase().id()), p.cases().stream().map(c -> c.id()).toList());
        List<AuditEntry> reads = f.audited("read", "child");
        assertEquals(1, reads.size());
        assertEquals("another.worker", reads.get(0).actor());
        assertEquals(o.child().id(), reads.get(0).entityId());
        assertThrows(NotFoundException.class, () -> f.app().children().show(f.ctx(), 99));
        assertEquals(1, f.audited("read", "child").size(), "no read is audited for what is not there");
    }

    @Test
    void listingChildrenIsAuditedOnce() {
        f.app().children().add(f.ctx(), null, details(null, null, null));
        f.app().children().add(f.ctx(), null, details(null, null, null));
        assertEquals(2, f.app().children().list(f.ctx()).size());
        List<AuditEntry> lists = f.audited("list", "child");
        assertEquals(1, lists.size());
        assertEquals(AppFixture.ACTOR, lists.get(0).actor());
        assertEquals(AppFixture.START, lists.get(0).at());
    }
}
