package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.language.Finding;
import org.safeguard.core.app.DecisionService.NewDecision;
import org.safeguard.core.model.Decision;
import org.safeguard.core.model.Meeting;

/**
 * The language check through the application layer, with the real plugins in the real container:
 * Swindon's handbook §8 recordings, Lancashire's SOP §14 list, the shared list, and a saved field
 * that warns while it is stored exactly as written.
 */
class LanguageServiceTest {
    /** Swindon handbook §8 b, the first "Sally" recording, as the handbook prints it. */
    static final String SALLY_FIRST = "Sally is 14 years old and has been living at Care View for 3 months. She is a streetwise young"
            + " woman who from day one has been a persistent absconder. She chooses to associate with older friends in the town"
            + " centre where she drinks alcohol and uses drugs. She refuses to engage with staff and take guidance believing, as"
            + " always, that she knows best. Sally is known to be sexually active and is promiscuous. She says she has had sex with"
            + " 7 different partners in the past month. She has already been treated for Chlamydia but she doesn't seem to care"
            + " about the impact on her health. We think she is prostituting herself to get money for drugs and new clothes and"
            + " she is certainly materialistic. Sally is a negative influence on the other young people and often involves"
            + " younger residents in her inappropriate activities.";
    /** Swindon handbook §8 b, the second "Sally" recording: the same facts, written without the labels. */
    static final String SALLY_SECOND = "Sally is 14 years old and has been living at Care View for 3 months. From day one we have"
            + " been concerned about her going missing and she is thought to be a very vulnerable child. Sally is known to be"
            + " spending time with older men in the town centre and is drinking alcohol and using drugs. This increases her"
            + " vulnerability. Staff are working hard to engage Sally but at the moment she cannot accept our help and support."
            + " Sally is sexually active and we believe she is having sex with a number of older men. Sally has been treated for"
            + " Chlamydia and we are concerned about her sexual health and well-being. Sally often has money and new clothes which"
            + " she cannot explain and we feel that she is at risk of, or already being abused through child sexual exploitation."
            + " Sally often takes younger residents off with her and we are worried that she is being coerced into introducing"
            + " other children to the abusers.";

    @TempDir
    Path tmp;

    @Test
    void theFirstSallyRecordingGivesFindingsAndTheSecondNone() {
        try (AppFixture f = AppFixture.withArea(tmp, "swindon", "lancashire")) {
            List<Finding> first = f.app().language().check(f.ctx(), SALLY_FIRST);
            assertEquals(List.of("streetwise", "absconder", "chooses to", "promiscuous", "prostituting herself"),
                    first.stream().map(Finding::phrase).toList());
            for (Finding x : first) {
                assertEquals(x.phrase(), SALLY_FIRST.substring(x.start(), x.end()), "offsets are characters, the end exclusive");
            }
            assertEquals("Swindon handbook §8 d", first.get(0).label().source(), "the area's own entry before the shared one");
            assertEquals("Swindon handbook §8 b", first.get(1).label().source());
            assertEquals(List.of(), f.app().language().check(f.ctx(), SALLY_SECOND));
        }
    }

    @Test
    void theListsComeAreaFirstAndNoSuggestedWordingUsesALabel() {
        try (AppFixture f = AppFixture.withArea(tmp, "swindon", "lancashire")) {
            List<org.safeguard.core.api.language.Label> labels = f.app().language().labels(f.ctx());
            assertEquals("Safeguard's shared list", labels.get(labels.size() - 1).source());
            assertTrue(labels.stream().anyMatch(l -> l.source().equals("Swindon handbook §8 d")));
            assertTrue(labels.stream().anyMatch(l -> l.source().equals("Pan-Lancashire CSE SOP §14")));
            for (org.safeguard.core.api.language.Label l : labels) {
                assertEquals(List.of(), f.app().language().check(f.ctx(), l.suggestion()), l.phrase() + ": " + l.suggestion());
            }
        }
    }

    @Test
    void historicalRecordsAndTheConsentFormAreFine() {
        try (AppFixture f = AppFixture.withArea(tmp, "swindon", "lancashire")) {
            assertEquals(List.of(), f.app().language().check(f.ctx(), "The historical records and the consent form were shared."));
            List<Finding> historic = f.app().language().check(f.ctx(), "A historic allegation.");
            assertEquals("non-recent", historic.get(0).suggestion());
            assertEquals("Pan-Lancashire CSE SOP §14", historic.get(0).label().source());
        }
    }

    @Test
    void anAreasListAppliesOnlyWhileItsPluginIsEnabled() {
        try (AppFixture f = AppFixture.withArea(tmp, "lancashire")) {
            assertEquals(List.of("prostitute"), f.app().language().check(f.ctx(), "called a prostitute").stream().map(Finding::phrase).toList());
            assertEquals(List.of(), f.app().language().check(f.ctx(), "a persistent absconder"), "Swindon's list is not in this home");
            f.app().plugins().disable(f.ctx(), "lancashire");
        }
        try (AppFixture f = AppFixture.uninitialised(tmp)) { // the next command, on the same home
            assertEquals(List.of(), f.app().language().check(f.ctx(), "called a prostitute"), "the shared list has no bare 'prostitute'");
            assertEquals("Safeguard's shared list", f.app().language().check(f.ctx(), "historic").get(0).label().source());
        }
    }

    @Test
    void withNoHomeTheSharedListAloneIsChecked() {
        try (AppFixture f = AppFixture.uninitialised(tmp)) {
            List<Finding> found = f.app().language().check(f.ctx(), "a streetwise persistent absconder");
            assertEquals(List.of("streetwise"), found.stream().map(Finding::phrase).toList());
            assertEquals("Safeguard's shared list", found.get(0).label().source());
            assertFalse(f.home().exists(), "checking made no home");
        }
    }

    @Test
    void aSavedDecisionWarnsAndIsStoredExactlyAsWritten() {
        try (AppFixture f = AppFixture.withArea(tmp, "lancashire")) {
            long caseId = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Okafor")).onCase().id();
            RequestContext ctx = f.ctx();
            String what = "Not to refer:  she is  street-wise and\nchoosing to go.";
            Decision d = f.app().decisions().add(ctx, caseId, new NewDecision("refer", what, "Historic concerns only", null, null)).decision();
            assertEquals(what, d.decision(), "saved as written");
            assertEquals(what, f.app().decisions().forCase(f.ctx(), caseId).get(0).decision());
            List<Warnings.Warning> warnings = ctx.warnings().all();
            assertEquals(List.of("decision street-wise", "decision choosing to", "reasons Historic"),
                    warnings.stream().map(w -> w.field() + " " + w.finding().phrase()).toList());
            Finding street = warnings.get(0).finding();
            assertEquals("street-wise", what.substring(street.start(), street.end()));
            assertTrue(warnings.stream().noneMatch(w -> (w.field() + w.finding().phrase()).contains("Okafor")), "no child's name");
            assertTrue(f.events().stream().noneMatch(e -> e.contains("street-wise")), "nothing logged");
            assertEquals(3, ctx.warnings().take().size());
            assertEquals(List.of(), ctx.warnings().all(), "each shown once");
        }
    }

    @Test
    void minutesWarnForEachFieldAndAreStoredAsWritten() {
        try (AppFixture f = AppFixture.withArea(tmp, "lancashire")) {
            ReferralService.Outcome referred = f.app().referrals().refer(f.ctx(), null, null, Referrals.valid("Okafor"));
            long caseId = referred.onCase().id();
            String ref = referred.onCase().reference();
            java.time.Instant at = java.time.Instant.parse("2026-12-03T10:00:00Z");
            Meeting m = f.app().meetings().schedule(f.ctx(), new MeetingService.NewMeeting(null, "multi-agency-cse", at, at.plusSeconds(9000),
                    "Room 2", null, "C. Chair", List.of(caseId)));
            f.clock().set(at.plusSeconds(9000));
            RequestContext ctx = f.ctx();
            f.app().meetings().recordMinutes(ctx, m.id(), new MeetingService.MinutesInput(List.of(),
                    List.of(new MeetingService.ItemMinutes("2.2", " Her boyfriend collects her from school. ", List.of("Consenting, so no referral"),
                            List.of(new MeetingService.NewAction("Review the historic allegation", "DS A. Officer", "police",
                                    java.time.LocalDate.of(2026, 12, 10), ref))))));
            assertEquals(List.of("item 2.2 notes: boyfriend", "item 2.2 decision: Consenting", "item 2.2 action: historic"),
                    ctx.warnings().all().stream().map(w -> w.field() + ": " + w.finding().phrase()).toList());
            Warnings.Warning first = ctx.warnings().all().get(0);
            String stored = f.store(tx -> tx.meetings().minutes(m.id())).get(0).notes();
            assertEquals("Her boyfriend collects her from school.", stored);
            assertEquals("boyfriend", stored.substring(first.finding().start(), first.finding().end()), "offsets into the text as stored");
        }
    }

    @Test
    void aReferralsNarrativeWarnsButNotItsNamesAndARefusedSaveWarnsOfNothing() {
        try (AppFixture f = AppFixture.withArea(tmp, "lancashire")) {
            Map<String, Object> answers = new java.util.LinkedHashMap<>(Referrals.valid("Historic"));
            answers.put("details", "Seen with her boyfriend, who is 30.");
            RequestContext ctx = f.ctx();
            ReferralService.Outcome out = f.app().referrals().refer(ctx, null, null, answers);
            assertEquals("Seen with her boyfriend, who is 30.", out.referral().narrative());
            assertEquals(List.of("lancashire.cse1 details: boyfriend"), ctx.warnings().all().stream()
                    .map(w -> w.field() + ": " + w.finding().phrase()).toList(), "the family name field is not wording");

            RequestContext refused = f.ctx();
            assertThrows(InvalidInputException.class, () -> f.app().decisions().add(refused, out.onCase().id(),
                    new NewDecision("refer", "She is streetwise", " ", null, null)));
            assertEquals(List.of(), refused.warnings().all());
        }
    }
}
