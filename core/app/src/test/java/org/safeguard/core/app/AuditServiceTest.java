package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.Role;
import org.safeguard.core.store.NewChild;

class AuditServiceTest {
    @TempDir
    Path tmp;
    AppFixture f;
    AuditService audit;
    long episode;

    @BeforeEach
    void home() {
        f = AppFixture.bare(tmp);
        audit = f.app().audit();
        long child = f.store(tx -> tx.children().add(NewChild.named("Okafor", "Amara", LocalDate.of(2012, 3, 4))).id());
        episode = f.app().missingEpisodes().report(f.ctx(), child, Instant.parse("2026-11-16T20:00:00Z"), Optional.empty(), true).episode().id();
        f.app().missingEpisodes().recordReturn(f.ctx(), episode, new MissingEpisodeService.Return(Instant.parse("2026-11-17T08:00:00Z"), null));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void readingTheLatestEntriesIsRecordedFirstSoItIsTheNewestShown() {
        RequestContext auditor = f.as("auditor", Role.AUDITOR);
        AuditService.Trail trail = audit.latest(auditor, 2);
        assertEquals(2, trail.entries().size());
        AuditEntry last = trail.entries().get(1);
        assertEquals("list audit auditor limit=2", last.action() + " " + last.entity() + " " + last.actor() + " " + last.details());
        assertEquals("add user test.coordinator", trail.entries().get(0).action() + " " + trail.entries().get(0).entity() + " "
                + trail.entries().get(0).actor(), "oldest first: the administrator adding the auditor");
        assertEquals(AppFixture.START, last.at());
    }

    @Test
    void aRecordsTrailIsFoundByTheNamePeopleUseAndItsReadingIsRecorded() {
        AuditService.Trail trail = audit.forRecord(f.ctx(), " Missing ", episode, 50);
        assertEquals("missing_episode", trail.entity());
        assertEquals(List.of("add", "return"), trail.entries().stream().map(AuditEntry::action).toList());
        assertEquals(List.of("return"), audit.forRecord(f.ctx(), "missing_episode", episode, 1).entries().stream().map(AuditEntry::action).toList());
        assertEquals(List.of("entity=missing_episode id=" + episode, "entity=missing_episode id=" + episode),
                f.audited("list", "audit").stream().map(AuditEntry::details).toList());
        assertEquals(List.of(), audit.forRecord(f.ctx(), "decision", 7, 50).entries(), "a kind the core audits, with no entries yet");
    }

    @Test
    void anUnknownKindOrANonPositiveLimitIsRefusedAndLeavesNoEntry() {
        InvalidInputException kind = assertThrows(InvalidInputException.class, () -> audit.forRecord(f.ctx(), "chlid", 1, 50));
        assertEquals("entity", kind.problems().get(0).subject());
        assertEquals("child", kind.problems().get(0).suggestion());
        InvalidInputException limit = assertThrows(InvalidInputException.class, () -> audit.latest(f.ctx(), 0));
        assertEquals("limit: '0' is not a positive number", limit.problems().get(0).toString());
        assertEquals(List.of(), f.audited("list", "audit"));
    }
}
