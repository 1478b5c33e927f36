package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.app.CirculationService.Document;
import org.safeguard.core.app.DisclosureService.Entry;
import org.safeguard.core.app.DisclosureService.Filter;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.Meeting;

/** "Where did this child's details go?": each disclosure records the children its copy concerned (issue 9 item 12). */
class DisclosuresByChildTest {
    @TempDir
    Path tmp;
    AppFixture f;
    Meeting m;

    @BeforeEach
    void panel() {
        f = AppFixture.withArea(tmp, "lancashire");
        m = new Panel(f).meeting(3);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void fullCopiesNameTheirChildrenAndOpenPartsAndInvitationsNone() {
        DisclosureService log = f.app().disclosures();
        f.app().circulation().send(f.ctx(), m.id(), Document.INVITATION, false);
        f.clock().advance(Duration.ofDays(1));
        f.app().circulation().send(f.ctx(), m.id(), Document.AGENDA, false);

        List<Entry> all = log.list(f.ctx());
        assertEquals(6, all.size());
        List<String> refs = f.store(tx -> tx.children().withIds(List.of(1L, 2L, 3L)).values().stream().map(c -> c.reference()).toList());
        for (Entry e : all) {
            assertEquals(m.reference(), e.meeting());
            boolean full = e.document().equals("agenda") && e.parts() == DisclosureService.Parts.OPEN_AND_CONFIDENTIAL;
            assertEquals(full ? refs : List.of(), e.children(), e.toString());
        }

        List<Entry> first = log.list(f.ctx(), new Filter(1L, null, null, null));
        assertEquals(List.of("officer@police.example.org", "worker@csc.example.org"), first.stream().map(Entry::recipient).toList(),
                "the two members' full agendas; not the parent's open part, not the invitations");
        assertEquals(3, log.list(f.ctx(), new Filter(null, m.id(), null, f.clock().instant().minus(Duration.ofHours(1)))).size(),
                "since: the agendas only");
        assertEquals(2, log.list(f.ctx(), new Filter(null, null, "CARER@example.org", null)).size(), "an address in any case");
        assertEquals(List.of(), log.list(f.ctx(), new Filter(2L, null, "carer@example.org", null)));

        AuditEntry read = f.audited("list", "disclosure").get(1);
        assertEquals("child=1", read.details(), "the read is audited with the child's id, never a name");
        assertTrue(f.audited("disclose", "disclosure").stream().anyMatch(a -> a.details().endsWith("children=3")));
        assertThrows(NotFoundException.class, () -> log.list(f.ctx(), new Filter(999L, null, null, null)));
    }
}
