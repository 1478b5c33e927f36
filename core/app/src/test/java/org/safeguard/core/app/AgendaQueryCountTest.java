package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.app.CirculationService.Audience;
import org.safeguard.core.app.CirculationService.Document;
import org.safeguard.core.app.CirculationService.Format;
import org.safeguard.core.app.CirculationService.RenderRequest;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.store.StatementCount;

/**
 * An agenda costs the same number of SQL statements whether 20 or 200 cases are on its panel,
 * and whatever else the database holds (here 300 more cases, each with its child, referral,
 * assessment, missing episode, person, location and two actions). Counted with
 * {@link StatementCount}: every query and update the store's JDBI executes on the calling
 * thread, from the service call to its return (transaction begin and commit not included).
 */
class AgendaQueryCountTest {
    private static final int UNRELATED = 300;

    @TempDir
    Path tmp;

    /** Statements per use case for a panel of {@code cases}, after one warm-up render (the container and renderer start once per process). */
    private Map<String, Long> statements(int cases) {
        try (AppFixture f = AppFixture.withArea(tmp.resolve("panel-" + cases), "lancashire")) {
            Panel panel = new Panel(f);
            panel.unrelated(UNRELATED);
            Meeting m = panel.meeting(cases);
            panel.unrelated(UNRELATED);
            CirculationService c = f.app().circulation();
            long cold = StatementCount.during(() -> c.preview(f.ctx(), new RenderRequest(m.id(), Document.AGENDA, Audience.FULL, Format.TEXT)))
                    .statements();
            Map<String, Long> out = new LinkedHashMap<>();
            out.put("agenda text (first)", cold);
            for (Format format : Format.values()) {
                StatementCount.Counted<CirculationService.Rendering> r = StatementCount.during(
                        () -> c.preview(f.ctx(), new RenderRequest(m.id(), Document.AGENDA, Audience.FULL, format)));
                assertTrue(r.result().size() > 0);
                out.put("agenda " + format.name().toLowerCase(), r.statements());
            }
            StatementCount.Counted<CirculationService.Sent> sent = StatementCount.during(() -> c.send(f.ctx(), m.id(), Document.AGENDA, false));
            assertEquals(3, sent.result().delivery().sent(), "sent to the outbox");
            out.put("send agenda to 3 invitees", sent.statements());
            return out;
        }
    }

    @Test
    void anAgendaOf200CasesCostsTheQueriesOfOneOf20() {
        Map<String, Long> twenty = statements(20);
        Map<String, Long> twoHundred = statements(200);
        System.out.println("SQL statements, 20 cases on the panel:  " + twenty);
        System.out.println("SQL statements, 200 cases on the panel: " + twoHundred);
        assertEquals(twenty, twoHundred, "the number of statements does not grow with the cases on the panel or in the database");
        assertTrue(twoHundred.get("agenda text") <= 40, "a bounded handful: " + twoHundred);
    }
}
