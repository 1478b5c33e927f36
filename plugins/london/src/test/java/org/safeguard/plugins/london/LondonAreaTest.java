package org.safeguard.plugins.london;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.ClassificationScheme;
import org.safeguard.core.api.area.OutcomeCode;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.dsl.AreaLanguage;
import org.safeguard.dsl.CheckResult;
import org.safeguard.dsl.IncludeResolver;
import org.safeguard.dsl.SimpleVocabulary;
import org.safeguard.dsl.Vocabulary;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.MeetingType;
import org.safeguard.dsl.model.Ref;

class LondonAreaTest {
    private final AreaDescriptor area = new LondonArea().area();

    /** The names the definition may use when only this plugin is enabled, built as the core's LiveVocabulary builds them. */
    static Vocabulary vocabulary() throws IOException {
        SimpleVocabulary.Builder b = SimpleVocabulary.builder().plugin(LondonArea.ID);
        for (CodeList l : new LondonCodeLists().codeLists()) {
            b.codeList(l.id(), Set.copyOf(l.codeValues()));
        }
        try (Stream<Path> shared = Files.list(Path.of("..", "..", "templates"))) {
            shared.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".vm") && !n.endsWith(".text.vm")
                    && !n.equals("macros.vm")).forEach(n -> b.templates(n.substring(0, n.length() - 3)));
        }
        return b.templates(new LondonTemplates().names().toArray(String[]::new)).build();
    }

    private static AreaDefinition definition() throws IOException {
        CheckResult r = AreaLanguage.check("london.area", new LondonArea().defaultDefinition().orElseThrow(), vocabulary(),
                IncludeResolver.none());
        assertEquals("", r.format(), "diagnostics");
        return r.definition().orElseThrow();
    }

    private static List<String> names(List<Ref> refs) {
        return refs.stream().map(Ref::name).toList();
    }

    @Test
    void namesOnlyFormsAndListsThePluginOffers() {
        assertEquals("london", area.id());
        assertEquals("MASE-00012", area.caseReference(12));
        List<String> forms = new LondonForms().forms().stream().map(FormDefinition::id).toList();
        List<String> lists = new LondonCodeLists().codeLists().stream().map(CodeList::id).toList();
        assertTrue(forms.contains(area.referralForm().orElseThrow()));
        assertTrue(forms.containsAll(area.caseForms()), area.caseForms().toString());
        assertTrue(lists.contains(area.ethnicityList().orElseThrow()));
        assertTrue(lists.contains(area.warningSigns().orElseThrow()));
        assertTrue(area.instrument().isEmpty(), "the protocol has no scored risk instrument");
        area.schemes().forEach(s -> assertTrue(lists.contains(s.codeList()), s.codeList()));
    }

    @Test
    void classifiesByPoliceCategoryAndSocialCareTierFeedingTheirCaseFields() {
        // §5: a child carries both a police category and a social care tier
        assertEquals(List.of(ClassificationScheme.feeding("london.police-category", "case.category"),
                ClassificationScheme.feeding("london.csc-tier", "case.tier")), area.schemes());
    }

    @Test
    void recordsTheAppendixEOutcomesMiOnTheVictimAndTheFCodesOnASuspect() {
        assertEquals(List.of("MI", "FP", "FO", "FQ"), area.outcomes().stream().map(OutcomeCode::code).toList());
        assertEquals(OutcomeCode.On.VICTIM, area.outcome("MI").orElseThrow().on());
        assertEquals("A positive intervention for the victim is achieved", area.outcome("MI").orElseThrow().title());
        assertEquals(Set.of(OutcomeCode.On.PERSON), Stream.of("FP", "FO", "FQ").map(c -> area.outcome(c).orElseThrow().on())
                .collect(Collectors.toSet()));
        area.outcomes().forEach(o -> assertEquals("Appendix E", o.source(), o.code()));
    }

    @Test
    void defaultDefinitionChecksCleanAgainstThePluginsVocabulary() throws IOException {
        AreaDefinition d = definition();
        assertEquals("london", d.id());
        assertEquals(List.of("Prepare", "Prevent", "Protect", "Pursue"), names(d.strands()));
        assertEquals(List.of("mase", "pre-mase", "strategy-discussion"), d.meetings().stream().map(MeetingType::id).toList());
    }

    @Test
    void maseIsCoChairedMonthlyWithPoliceAndSocialCareInTheQuorum() throws IOException {
        // §7: monthly or at most six-week intervals, jointly chaired by borough police and a CSC senior manager
        MeetingType mase = definition().meeting("mase").orElseThrow();
        assertEquals(List.of("police-co-chair", "csc-co-chair"), names(mase.chairs()));
        assertEquals(List.of("police", "childrens-social-care"), names(mase.quorum().orElseThrow().including()));
        assertTrue(mase.cadence().isPresent());
        // Appendix F: the VOLT case overview per case, and the activity plan tracked by strand; both parts confidential
        List<org.safeguard.dsl.model.AgendaEntry.Part> parts = mase.agenda().stream()
                .filter(e -> e instanceof org.safeguard.dsl.model.AgendaEntry.Part).map(e -> (org.safeguard.dsl.model.AgendaEntry.Part) e).toList();
        assertEquals(2, parts.size());
        assertTrue(parts.stream().allMatch(org.safeguard.dsl.model.AgendaEntry.Part::confidential), "a restricted invitee sees neither part");
        List<org.safeguard.dsl.model.AgendaEntry.Item> items = parts.stream().flatMap(p -> p.entries().stream())
                .filter(e -> e instanceof org.safeguard.dsl.model.AgendaEntry.Item).map(e -> (org.safeguard.dsl.model.AgendaEntry.Item) e).toList();
        assertTrue(items.stream().anyMatch(i -> i.forEachCase().isPresent() && i.template().map(t -> t.name()).orElse("").equals("london/volt")));
        assertTrue(items.stream().anyMatch(i -> i.title().startsWith("Panel activity plan") && i.byStrand()
                && i.lists().orElseThrow() == org.safeguard.dsl.model.AgendaEntry.ActionList.OPEN));
    }

    @Test
    void countsTheReturnInterviewFromTheReturnThePlacementNoticeFromThePlacementAndLeavesOutWhatTheCoreCannotCount() throws IOException {
        // §9: the independent return home interview within 72 hours of being located or returning
        AreaDefinition d = definition();
        var interview = d.deadline("return-interview").orElseThrow();
        assertEquals("return", interview.anchor().name());
        assertEquals(72, interview.within().amount());
        // §7 "Children placed out of borough": notice to the host authority within 24 hours of the placement
        var notice = d.deadline("placement-notice").orElseThrow();
        assertEquals("placement", notice.anchor().name());
        assertEquals(24, notice.within().amount());
        // the core records no strategy meeting time, so no deadline counts from one
        assertFalse(d.deadlines().stream().anyMatch(x -> x.anchor().name().equals("strategy-meeting")));
        assertTrue(d.rules().isEmpty(), "no escalation rule: the core does not act on rules yet");
        assertTrue(d.retention().isEmpty(), "the protocol sets no retention period");
    }
}
