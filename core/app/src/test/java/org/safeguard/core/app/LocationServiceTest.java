package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.safeguard.core.app.LocationService.NewLocation;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.Location;
import org.safeguard.core.model.LocationKind;
import org.safeguard.core.store.NewChild;

class LocationServiceTest {
    @TempDir
    Path tmp;
    AppFixture f;
    LocationService locations;
    long child;
    long person;

    @BeforeEach
    void home() {
        f = AppFixture.bare(tmp);
        locations = f.app().locations();
        child = f.store(tx -> tx.children().add(NewChild.named("Okafor", "Amara", LocalDate.of(2012, 3, 4))).id());
        person = f.store(tx -> tx.personsOfConcern().add("Example Adult", List.of(), null, null, null, null).id());
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aLocationIsRecordedWithItsPostcodeInCapitalsAndADescriptionIsRequired() {
        Location l = locations.add(f.ctx(), new NewLocation(LocationKind.HOTSPOT, " Takeaway on Example Street ", "1 Example Street", " ex1 2mp "));
        assertEquals("Takeaway on Example Street", l.description());
        assertEquals("EX1 2MP", l.postcode());
        assertEquals(LocationKind.HOTSPOT, l.kind());
        assertEquals("kind=HOTSPOT", f.audited("add", "location").get(0).details());
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> locations.add(f.ctx(), new NewLocation(LocationKind.OTHER, "  ", null, null)));
        assertEquals("description: is empty", blank.problems().get(0).toString());
    }

    @Test
    void eachLinkIsMadeOnceAndEachListingShowsOnlyItsOwnAndIsAudited() {
        long hotspot = locations.add(f.ctx(), new NewLocation(LocationKind.HOTSPOT, "Takeaway", null, null)).id();
        long flat = locations.add(f.ctx(), new NewLocation(LocationKind.OFFENDER_ADDRESS, "Flat above", null, null)).id();
        assertEquals(child, locations.linkToChild(f.ctx(), hotspot, child).id());
        assertEquals("P00001", locations.linkToPerson(f.ctx(), flat, person).reference());

        RefusedException twice = assertThrows(RefusedException.class, () -> locations.linkToChild(f.ctx(), hotspot, child));
        assertEquals("location-already-linked", twice.rule());
        assertEquals("location-already-linked", assertThrows(RefusedException.class,
                () -> locations.linkToPerson(f.ctx(), flat, person)).rule());
        assertThrows(NotFoundException.class, () -> locations.linkToChild(f.ctx(), flat + 9, child));
        assertThrows(NotFoundException.class, () -> locations.linkToPerson(f.ctx(), flat, person + 9));

        assertEquals(List.of(hotspot), locations.forChild(f.ctx(), child).stream().map(Location::id).toList());
        assertEquals(List.of(flat), locations.forPerson(f.ctx(), person).stream().map(Location::id).toList());
        assertEquals(List.of("child=" + child, "person=" + person),
                f.audited("list", "location").stream().map(AuditEntry::details).toList());
        assertEquals(List.of("child=" + child, "person=" + person),
                f.audited("link", "location").stream().map(AuditEntry::details).toList());
    }
}
