package org.safeguard.plugins.swindon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.Route;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.dsl.AreaLanguage;
import org.safeguard.dsl.CheckResult;
import org.safeguard.dsl.IncludeResolver;
import org.safeguard.dsl.SimpleVocabulary;
import org.safeguard.dsl.Vocabulary;
import org.safeguard.dsl.eval.CaseField;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.MeetingType;
import org.safeguard.dsl.model.Ref;

class SwindonAreaTest {
    private final AreaDescriptor area = new SwindonArea().area();

    /** The names the definition may use when only this plugin is enabled, built as the core's LiveVocabulary builds them. */
    static Vocabulary vocabulary() throws IOException {
        SimpleVocabulary.Builder b = SimpleVocabulary.builder().plugin(SwindonArea.ID);
        for (CodeList l : new SwindonCodeLists().codeLists()) {
            b.codeList(l.id(), Set.copyOf(l.codeValues()));
        }
        // each checklist's latest screening on the case: the routes it proposed
        for (Checklist c : new SwindonChecklists().checklists()) {
            b.codeList(c.id() + ".routes", Set.copyOf(c.routes().stream().map(Route::id).toList()));
            b.caseField(SwindonArea.ID, CaseField.plugin(CaseField.checklistPath(c.id()), CaseField.Kind.CODE_SET, 0, 0,
                    c.id().substring(SwindonArea.ID.length() + 1) + ".routes", c.title()));
        }
        try (Stream<Path> shared = Files.list(Path.of("..", "..", "templates"))) {
            shared.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".vm") && !n.endsWith(".text.vm")
                    && !n.equals("macros.vm")).forEach(n -> b.templates(n.substring(0, n.length() - 3)));
        }
        return b.templates(new SwindonTemplates().names().toArray(String[]::new)).build();
    }

    private static AreaDefinition definition() throws IOException {
        CheckResult r = AreaLanguage.check("swindon.area", new SwindonArea().defaultDefinition().orElseThrow(), vocabulary(),
                IncludeResolver.none());
        assertEquals("", r.format(), "diagnostics");
        return r.definition().orElseThrow();
    }

    private static List<String> names(List<Ref> refs) {
        return refs.stream().map(Ref::name).toList();
    }

    @Test
    void namesOnlyTheFormAndListsThePluginOffers() {
        assertEquals("swindon", area.id());
        assertEquals("Swindon", area.name());
        assertEquals("SWN-00012", area.caseReference(12));
        List<String> forms = new SwindonForms().forms().stream().map(FormDefinition::id).toList();
        List<String> lists = new SwindonCodeLists().codeLists().stream().map(CodeList::id).toList();
        assertEquals("swindon.referral", area.referralForm().orElseThrow());
        assertTrue(forms.contains(area.referralForm().orElseThrow()));
        assertEquals("swindon.ethnicity", area.ethnicityList().orElseThrow());
        // §5 "Signs and indicators"
        assertEquals("swindon.signs", area.warningSigns().orElseThrow());
        assertTrue(lists.containsAll(List.of(area.ethnicityList().orElseThrow(), area.warningSigns().orElseThrow())));
        assertTrue(area.instrument().isEmpty(), "the handbook has no scored risk instrument; its screening is a checklist");
        assertTrue(area.schemes().isEmpty() && area.caseForms().isEmpty() && area.outcomes().isEmpty());
    }

    @Test
    void defaultDefinitionChecksCleanWithTheThreeStrandsOfSection15() throws IOException {
        AreaDefinition d = definition();
        assertEquals("swindon", d.id());
        assertEquals(List.of("Prevent", "Protect", "Pursue"), names(d.strands()));
        assertEquals(List.of("strategy-discussion", "marp"), d.meetings().stream().map(MeetingType::id).toList());
    }

    @Test
    void theStrategyDiscussionInvolvesChildrensSocialCareAndThePolice() throws IOException {
        // §9.2: a Strategy Discussion involving children's social care, Police and relevant agencies
        MeetingType strategy = definition().meeting("strategy-discussion").orElseThrow();
        assertTrue(names(strategy.mustAttend()).containsAll(List.of("childrens-social-care", "police")),
                names(strategy.mustAttend()).toString());
        assertTrue(strategy.quorum().isEmpty(), "the handbook sets no quorum");
        assertTrue(strategy.cadence().isEmpty(), "held per child, not on a cycle");
    }

    @Test
    void theRiskPanelMeetsMonthly() throws IOException {
        // §14: children regularly missing and absent are reviewed monthly at the MARP
        MeetingType marp = definition().meeting("marp").orElseThrow();
        assertTrue(marp.cadence().isPresent());
        assertTrue(marp.quorum().isEmpty(), "the Terms of Reference are not in the source");
    }

    @Test
    void countsTheReturnInterviewFromTheReturnAndTellsTheLadoOfAPositionOfTrust() throws IOException {
        // §14.1: within 72 hours of the child being located or returned
        AreaDefinition d = definition();
        var interview = d.deadline("return-interview").orElseThrow();
        assertEquals("return", interview.anchor().name());
        assertEquals(72, interview.within().amount());
        assertEquals(1, d.deadlines().size());
        // §9.3, §9.6: abuse of a position of trust is always referred to the LADO, who is told, not invited
        assertEquals(List.of("lado-notice", "regularly-missing"), d.rules().stream().map(r -> r.id()).toList());
        // §14: the children regularly missing are reviewed monthly at the MARP (the count is a local default)
        assertEquals("missing episodes in last 3 months >= 3", AreaLanguage.print(d.rules().get(1).when()));
        assertEquals("case.checklist.screening.proposes has lado", AreaLanguage.print(d.rules().get(0).when()));
        assertTrue(d.meetings().stream().noneMatch(m -> m.mustAttend().stream().anyMatch(a -> a.name().equals("lado-office"))
                || m.invited().stream().anyMatch(a -> a.name().equals("lado-office"))), "outside the panel's agencies");
        assertTrue(d.retention().isEmpty(), "the handbook sets no retention period");
        assertEquals(11, d.agencies().size(), "the agencies of §10, and the LADO's office");
    }

    @Test
    void everyAgencyHasALeadAndAContact() throws IOException {
        // §11: each agency names a lead professional for safeguarding
        definition().agencies().forEach(a -> assertFalse(a.lead().isBlank() || a.contact().isBlank(), a.id()));
    }
}
