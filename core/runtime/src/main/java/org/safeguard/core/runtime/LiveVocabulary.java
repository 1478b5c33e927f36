package org.safeguard.core.runtime;

import java.util.HashSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.AreaProvider;
import org.safeguard.core.api.area.ClassificationScheme;
import org.safeguard.core.api.area.OutcomeCode;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.Route;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FieldType;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.dsl.InstrumentTerms;
import org.safeguard.dsl.SimpleVocabulary;
import org.safeguard.dsl.Vocabulary;
import org.safeguard.dsl.eval.CaseField;

/**
 * The names an area definition may use, taken from what the enabled plugins offer right now:
 * their ids, instruments (bands, levels, reachable maximum), code lists, the case fields their
 * classification schemes feed, the flag and outcome codes they raise and declare, and the
 * templates the rendering side can resolve. A snapshot: one check sees one consistent vocabulary.
 */
public final class LiveVocabulary {
    private LiveVocabulary() {
    }

    /** A snapshot of the container's enabled contributions and the given template names. */
    public static Vocabulary of(Container container, Supplier<Set<String>> templateNames) {
        SimpleVocabulary.Builder b = SimpleVocabulary.builder();
        container.areas().entries().forEach(e -> b.plugin(e.pluginId()));
        container.instruments().entries().forEach(e -> b.plugin(e.pluginId()));
        container.instruments().all().forEach(in -> b.instrument(terms(in)));
        Set<String> lists = new HashSet<>();
        for (CodeList l : container.codeLists().all()) {
            b.codeList(l.id(), Set.copyOf(l.codeValues()));
            lists.add(l.id());
        }
        for (Contributions.Entry<AreaProvider> e : container.areas().entries()) {
            AreaDescriptor area = e.item().area();
            String plugin = e.pluginId();
            for (ClassificationScheme scheme : area.schemes()) {
                scheme.field().filter(path -> CaseField.byPath(path).isEmpty()).ifPresent(path -> container.codeLists()
                        .find(scheme.codeList()).ifPresent(list -> b.caseField(plugin, field(plugin, path, list))));
            }
            for (String formId : area.caseForms()) {
                container.forms().find(formId).ifPresent(form -> formFields(plugin, form, id -> CaseField.formPath(form.id(), id), true)
                        .forEach(f -> b.caseField(plugin, f)));
            }
            // the referral's coded answers (its texts, names and dates are the child's record's or the core's own fields)
            area.referralForm().flatMap(container.forms()::find).ifPresent(form -> formFields(plugin, form, CaseField::referralPath, false)
                    .forEach(f -> b.caseField(plugin, f)));
            // the routes each of the plugin's checklists proposes, as its latest screening on the case recorded them
            for (Contributions.Entry<Checklist> c : container.checklists().entries()) {
                if (!c.pluginId().equals(plugin)) {
                    continue;
                }
                String listId = c.item().id() + ".routes";
                b.codeList(listId, c.item().routes().stream().map(Route::id).collect(Collectors.toSet()));
                b.caseField(plugin, CaseField.plugin(CaseField.checklistPath(c.item().id()), CaseField.Kind.CODE_SET, 0, 0,
                        listId.substring(plugin.length() + 1), c.item().title() + ": the routes its latest screening on the case proposed"));
            }
            // what `case.outcomes has CODE` and `case.flags has CODE` are checked against, unless the plugin ships those lists
            if (!area.outcomes().isEmpty() && !lists.contains(plugin + ".outcomes")) {
                b.codeList(plugin + ".outcomes", area.outcomes().stream().map(OutcomeCode::code).collect(Collectors.toSet()));
            }
            Set<String> flags = container.flags().entries().stream().filter(f -> f.pluginId().equals(plugin))
                    .flatMap(f -> f.item().codes().stream()).collect(Collectors.toSet());
            if (!flags.isEmpty() && !lists.contains(plugin + ".flags")) {
                b.codeList(plugin + ".flags", flags);
            }
        }
        return b.templates(templateNames.get().toArray(String[]::new)).build();
    }

    /**
     * The field a scheme feeds: a number over the codes' range when every code is a number, else
     * a code of the scheme's list (named as the language names lists, without the plugin's prefix).
     */
    static CaseField field(String plugin, String path, CodeList list) {
        List<String> codes = list.codeValues();
        if (!codes.isEmpty() && codes.stream().allMatch(c -> c.matches("-?\\d{1,18}"))) {
            LongSummaryStatistics range = codes.stream().mapToLong(Long::parseLong).summaryStatistics();
            return CaseField.plugin(path, CaseField.Kind.NUMBER, range.getMin(), range.getMax(), null,
                    list.title() + ", " + range.getMin() + " to " + range.getMax());
        }
        String name = list.id().startsWith(plugin + ".") ? list.id().substring(plugin.length() + 1) : list.id();
        return CaseField.plugin(path, CaseField.Kind.CODE, 0, 0, name, list.title());
    }

    /**
     * The fields a form's answers feed, each at {@code path.apply(fieldId)} (a case form's
     * {@code case.form.FORM.FIELD}, the referral form's {@code case.referral.FIELD}): a yes/no
     * answer as a yes/no, a date as a date, a code as a code of its list, several codes as a set; a
     * text answer as a yes/no that holds when it is recorded (a CRIS number is there or not).
     * Repeating groups feed none; without {@code all}, only yes/no and coded answers do.
     */
    static List<CaseField> formFields(String plugin, FormDefinition form, java.util.function.UnaryOperator<String> path, boolean all) {
        List<CaseField> out = new java.util.ArrayList<>();
        for (FieldDefinition f : form.fields()) {
            if (!all && f.type() != FieldType.YES_NO && f.type() != FieldType.CODE && f.type() != FieldType.CODES) {
                continue;
            }
            String what = form.title() + ": " + f.label();
            String list = f.codeListId() == null ? null
                    : f.codeListId().startsWith(plugin + ".") ? f.codeListId().substring(plugin.length() + 1) : f.codeListId();
            CaseField field = switch (f.type()) {
                case YES_NO -> CaseField.plugin(path.apply(f.id()), CaseField.Kind.BOOLEAN, 0, 0, null, what);
                case DATE -> CaseField.plugin(path.apply(f.id()), CaseField.Kind.DATE, 0, 0, null, what);
                case CODE -> CaseField.plugin(path.apply(f.id()), CaseField.Kind.CODE, 0, 0, list, what);
                case CODES -> CaseField.plugin(path.apply(f.id()), CaseField.Kind.CODE_SET, 0, 0, list, what);
                case GROUP -> null;
                default -> CaseField.plugin(path.apply(f.id()), CaseField.Kind.BOOLEAN, 0, 0, null, what + " (recorded)");
            };
            if (field != null) {
                out.add(field);
            }
        }
        return out;
    }

    private static InstrumentTerms terms(Instrument in) {
        return new InstrumentTerms(in.id(), in.bandNames(), in.levelNames(), in.reachableMaximum());
    }
}
