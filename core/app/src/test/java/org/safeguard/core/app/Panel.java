package org.safeguard.core.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.LocationKind;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.store.NewChild;
import org.safeguard.core.store.NewMeeting;
import org.safeguard.core.store.NewReferral;
import org.safeguard.core.store.Tx;

/**
 * A Lancashire meeting with cases on its panel, written straight to the fixture's database: each
 * case with a fictional child, a referral, a final CSE 2 assessment, a missing episode, a person
 * of concern, a location and open actions from an earlier meeting — everything the agenda's case
 * notes read. Unrelated cases and actions can be added beside it, to show they cost nothing.
 */
final class Panel {
    static final String AREA = "lancashire";
    static final String TYPE = "multi-agency-cse";
    /** The meeting: a week after the fixture's clock starts, 10:00 London time. */
    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    static final Instant EARLIER = Instant.parse("2026-10-21T10:00:00Z");
    static final AreaDescriptor LANCASHIRE = AreaDescriptor.builder(AREA, "Pan-Lancashire").caseReferences("CSE-%05d").build();

    private final AppFixture f;
    private final Instrument cse2;
    final long earlier;

    Panel(AppFixture f) {
        this.f = f;
        this.cse2 = f.app().container().instruments().find("lancashire.cse2").orElseThrow();
        this.earlier = f.store(tx -> tx.meetings().schedule(new NewMeeting(AREA, TYPE, "Multi-Agency CSE Meeting", EARLIER, null,
                "Room 2, County Hall, Preston", null, "C. Chair")).id());
    }

    /** A meeting with {@code cases} new cases on its panel, two members and one restricted invitee. */
    Meeting meeting(int cases) {
        return f.store(tx -> {
            Meeting m = tx.meetings().schedule(new NewMeeting(AREA, TYPE, "Multi-Agency CSE Meeting", AT, null,
                    "Room 2, County Hall, Preston", null, "C. Chair"));
            for (int i = 0; i < cases; i++) {
                tx.meetings().addCase(m.id(), recordedCase(tx, "Panelchild", i, true), i % 7 == 0);
            }
            tx.meetings().invite(m.id(), "DS A. Officer", "officer@police.example.org", "police", null, false, null, null);
            tx.meetings().invite(m.id(), "S. Worker", "worker@csc.example.org", "childrens-social-care", null, false, null, null);
            tx.meetings().invite(m.id(), "P. Carer", "carer@example.org", "family", null, true, null, null);
            return m;
        });
    }

    /** Cases on no panel of the meeting, each with actions agreed at an earlier meeting: the rest of the database. */
    void unrelated(int cases) {
        f.store(tx -> {
            for (int i = 0; i < cases; i++) {
                recordedCase(tx, "Otherchild", i, false);
            }
            return null;
        });
    }

    private long recordedCase(Tx tx, String family, int i, boolean withActionsDue) {
        Child child = tx.children().add(NewChild.named(family, "Robin" + i, LocalDate.of(2010 + i % 5, 1 + i % 12, 1 + i % 28)));
        long caseId = tx.cases().open(child.id(), LANCASHIRE, LocalDate.of(2026, 9, 1).plusDays(i % 60)).id();
        tx.referrals().add(caseId, child.id(), new NewReferral("lancashire.cse1", "1", "D. Worker", "Example High School",
                LocalDate.of(2026, 9, 1).plusDays(i % 60), List.of("missing"), List.of("absent-or-missing"), true,
                "Seen with older adults at a flat of concern.", Map.of()));
        tx.instrumentVersions().remember(cse2);
        Map<String, String> answers = new LinkedHashMap<>();
        for (int factor = 1; factor <= 11; factor++) {
            answers.put(String.valueOf(factor), String.valueOf((i + factor) % 5));
        }
        tx.assessments().add(caseId, child.id(), cse2.score(answers), AssessmentStatus.FINAL);
        tx.missingEpisodes().add(child.id(), EARLIER.minusSeconds(86_400L * (2 + i % 9)), EARLIER.minusSeconds(86_400L), "a takeaway", true);
        long person = tx.personsOfConcern().add("Adult " + i, List.of(), null, null, null, null).id();
        tx.personsOfConcern().linkChild(person, child.id(), "associate");
        long place = tx.locations().add(LocationKind.HOTSPOT, "Flat above the takeaway " + i, null, null).id();
        tx.locations().linkChild(place, child.id());
        // one action due before the meeting (reviewed), one after it (carried in the case notes only)
        tx.actions().add(earlier, "2.2", true, caseId, "Hold the return interview " + i, "DS A. Officer", "police",
                withActionsDue ? LocalDate.of(2026, 11, 20) : LocalDate.of(2027, 1, 10), "Protect");
        tx.actions().add(earlier, "2.2", true, caseId, "Share the safety plan " + i, "S. Worker", "childrens-social-care", LocalDate.of(2027, 1, 10), null);
        return caseId;
    }
}
