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
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.PersonService.NewPerson;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.PersonOfConcern;
import org.safeguard.core.store.NewChild;

class PersonServiceTest {
    @TempDir
    Path tmp;
    AppFixture f;
    PersonService persons;
    long child;

    @BeforeEach
    void home() {
        f = AppFixture.bare(tmp);
        persons = f.app().persons();
        child = f.store(tx -> tx.children().add(NewChild.named("Okafor", "Amara", LocalDate.of(2012, 3, 4))).id());
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static NewPerson named(String name, LocalDate dob) {
        return new NewPerson(name, List.of(" Ex ", "  ", "E.A."), dob, null, "Example crew", null);
    }

    @Test
    void aPersonIsRecordedWithAReferenceAndTheirAliasesTidied() {
        PersonOfConcern p = persons.add(f.ctx(), named("  Example Adult ", LocalDate.of(1990, 1, 2)));
        assertEquals("P00001", p.reference());
        assertEquals("Example Adult", p.name());
        assertEquals(List.of("Ex", "E.A."), p.aliases());
        assertEquals("Example crew", p.gangAffiliation());
        assertEquals(List.of(p.id()), f.audited("add", "person_of_concern").stream().map(AuditEntry::entityId).toList());
    }

    @Test
    void aBirthAfterTodayByTheClockOrAMissingNameIsRefused() {
        InvalidInputException future = assertThrows(InvalidInputException.class, () -> persons.add(f.ctx(), named("A", LocalDate.of(2026, 11, 19))));
        assertEquals("dob: 2026-11-19 is in the future", future.problems().get(0).toString());
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> persons.add(f.ctx(), named(" ", null)));
        assertEquals("name: is empty", blank.problems().get(0).toString());
        assertEquals("P00001", persons.add(f.ctx(), named("A", LocalDate.of(2026, 11, 18))).reference(), "today is not the future; nothing refused was stored");
    }

    @Test
    void aPersonIsLinkedToAChildOnceAndTheListingIsAudited() {
        PersonOfConcern p = persons.add(f.ctx(), named("Example Adult", null));
        PersonService.Link link = persons.link(f.ctx(), p.id(), child, " Seen collecting the child ");
        assertEquals(child, link.child().id());
        RefusedException again = assertThrows(RefusedException.class, () -> persons.link(f.ctx(), p.id(), child, "again"));
        assertEquals("person-already-linked", again.rule());
        assertEquals("person of concern P00001 is already linked to child " + link.child().reference(), again.getMessage());
        assertThrows(NotFoundException.class, () -> persons.link(f.ctx(), p.id() + 9, child, "x"));
        assertThrows(NotFoundException.class, () -> persons.link(f.ctx(), p.id(), child + 9, "x"));
        assertThrows(InvalidInputException.class, () -> persons.link(f.ctx(), p.id(), child, " "));

        assertEquals(List.of(p.id()), persons.linkedTo(f.ctx(), child).stream().map(PersonOfConcern::id).toList());
        assertEquals(1, f.audited("link", "person_of_concern").size());
        List<AuditEntry> lists = f.audited("list", "person_of_concern");
        assertEquals(1, lists.size());
        assertEquals("child=" + child, lists.get(0).details());
        assertThrows(NotFoundException.class, () -> persons.linkedTo(f.ctx(), child + 9));
        assertTrue(f.audited("list", "person_of_concern").size() == 1, "a refused listing leaves no entry");
    }
}
