package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.app.CaseService.Event;
import org.safeguard.core.app.CirculationService.Document;
import org.safeguard.core.model.Meeting;

/** A case's chronology: everything recorded on it, the meetings it was on and the papers sent about its child, in date order. */
class CaseChronologyTest {
    @TempDir
    Path tmp;
    AppFixture f;
    Meeting m;

    @BeforeEach
    void panel() {
        f = AppFixture.withArea(tmp, "lancashire");
        m = new Panel(f).meeting(1);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theChronologyHoldsEveryKindOfRecordInDateOrder() {
        long caseId = f.store(tx -> tx.meetings().cases(m.id()).get(0).getKey());
        f.store(tx -> tx.decisions().add(caseId, "strategy", "Hold a strategy meeting", "Two missing episodes", "C. Chair",
                LocalDate.of(2026, 11, 10)));
        f.clock().advance(Duration.ofHours(1));
        f.store(tx -> tx.classifications().change(caseId, "lancashire.category", "2", "Rising concern", null));
        f.clock().advance(Duration.ofHours(1));
        f.app().circulation().send(f.ctx(), m.id(), Document.AGENDA, false);

        List<Event> events = f.app().cases().show(f.ctx(), caseId).chronology();
        List<String> kinds = events.stream().map(Event::kind).toList();
        List<String> ats = events.stream().map(Event::at).toList();
        List<String> sorted = new ArrayList<>(ats);
        sorted.sort(null);
        assertEquals(sorted, ats, "in date order");
        for (String kind : List.of("referral", "assessment", "classification", "missing", "returned", "meeting", "decision", "action",
                "document-sent")) {
            assertTrue(kinds.contains(kind), kind + " in " + kinds);
        }
        assertEquals("referral", kinds.get(0), kinds.toString());
        assertEquals("meeting", kinds.get(kinds.size() - 1), "the meeting on the 25th is the last thing: " + kinds);
        assertTrue(kinds.indexOf("missing") < kinds.indexOf("decision") && kinds.indexOf("decision") < kinds.indexOf("assessment")
                && kinds.indexOf("classification") < kinds.indexOf("document-sent"), kinds.toString());
        Event meeting = events.get(events.size() - 1);
        assertEquals(m.reference(), meeting.reference());
        assertTrue(meeting.summary().contains("scheduled"), meeting.summary());
        Event sent = events.stream().filter(e -> e.kind().equals("document-sent")).findFirst().orElseThrow();
        assertEquals(m.reference(), sent.reference());
        assertTrue(sent.summary().startsWith("agenda"), sent.summary());
        Event referral = events.get(0);
        assertEquals("2026-09-01", referral.at());
        assertTrue(referral.reference().matches("R\\d{5}"), referral.reference());
        assertTrue(events.stream().anyMatch(e -> e.kind().equals("action") && e.summary().contains("due 2026-11-20")), events.toString());
    }
}
