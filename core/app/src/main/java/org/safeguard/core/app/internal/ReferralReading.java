package org.safeguard.core.app.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FieldType;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.api.form.FormSection;
import org.safeguard.core.app.ReferralService.Answer;
import org.safeguard.core.app.ReferralService.Reading;
import org.safeguard.core.app.ReferralService.Section;
import org.safeguard.core.model.Referral;

/**
 * A stored referral's answers labelled by its form: the form's sections and fields in the
 * form's order, repeated groups entry by entry, codes as their code list's labels; then the
 * view model the shared {@code referral} template renders from the same reading. Stateless.
 */
final class ReferralReading {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private ReferralReading() {
    }

    /** The printed reference of a referral. */
    static String reference(long id) {
        return String.format(Locale.ROOT, "R%05d", id);
    }

    /** The answers in the form's sections; answers the form does not ask for (an older version) come last under their ids. */
    static List<Section> sections(Referral r, Optional<FormDefinition> form, Function<String, Optional<CodeList>> codeLists) {
        return sections(r.answers(), form, codeLists);
    }

    /** Stored answers of any form (a referral's or a case form's) in the form's sections, as {@link #sections(Referral, Optional, Function)}. */
    static List<Section> sections(Map<String, Object> stored, Optional<FormDefinition> form, Function<String, Optional<CodeList>> codeLists) {
        List<Section> out = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        form.ifPresent(f -> {
            for (FormSection s : f.sections()) {
                List<Answer> answers = new ArrayList<>();
                for (FieldDefinition field : s.fields()) {
                    shown.add(field.id());
                    answers.addAll(answers(field, field.id(), field.label(), stored.get(field.id()), codeLists));
                }
                out.add(new Section(s.title(), answers));
            }
        });
        List<Answer> rest = new ArrayList<>();
        stored.forEach((id, value) -> {
            if (!shown.contains(id)) {
                rest.add(new Answer(id, id, shownValues(value)));
            }
        });
        if (!rest.isEmpty()) {
            out.add(new Section("Other answers", rest));
        }
        return out;
    }

    private static List<Answer> answers(FieldDefinition field, String id, String label, Object value,
                                        Function<String, Optional<CodeList>> codeLists) {
        if (field.type() != FieldType.GROUP) {
            return List.of(new Answer(id, label, values(field, value, codeLists)));
        }
        List<Answer> out = new ArrayList<>();
        List<?> entries = value instanceof List<?> l ? l : List.of();
        if (entries.isEmpty()) {
            out.add(new Answer(id, label, List.of()));
        }
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> entry = entries.get(i) instanceof Map<?, ?> m ? m : Map.of();
            for (FieldDefinition sub : field.fields()) {
                out.addAll(answers(sub, id + "[" + (i + 1) + "]." + sub.id(), label + " " + (i + 1) + ": " + sub.label(),
                        entry.get(sub.id()), codeLists));
            }
        }
        return out;
    }

    private static List<String> values(FieldDefinition field, Object value, Function<String, Optional<CodeList>> codeLists) {
        if (field.type() == FieldType.CODE || field.type() == FieldType.CODES) {
            Optional<CodeList> list = codeLists.apply(field.codeListId());
            return shownValues(value).stream()
                    .map(v -> list.flatMap(l -> l.find(v)).map(Code::label).orElse(v)).toList();
        }
        if (field.type() == FieldType.DATE && value instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return List.of(LocalDate.parse(s).format(DAY));
        }
        return shownValues(value);
    }

    private static List<String> shownValues(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Boolean b) {
            return List.of(b ? "Yes" : "No");
        }
        if (value instanceof List<?> l) {
            return l.stream().flatMap(x -> shownValues(x).stream()).toList();
        }
        if (value instanceof Map<?, ?> m) {
            List<String> out = new ArrayList<>();
            m.forEach((k, v) -> out.add(k + ": " + String.join(", ", shownValues(v))));
            return out;
        }
        String s = value.toString();
        return s.isBlank() ? List.of() : List.of(s);
    }

    record Area(String name, String marking, String confidentialityNotice) {
    }

    private static final Map<String, String> OUTCOMES = Map.of("none", "No social care outcome needed", "s17",
            "Section 17 (child in need)", "s47", "Section 47 (enquiry)", "s20", "Section 20 (accommodation)", "s31", "Section 31 (care order)");

    record Referrer(String name, String agency, String contact) {
    }

    record ReferralView(String reference, String caseReference, String formTitle, String formSource, String receivedOn,
                        Referrer referrer) {
    }

    record AnswerView(String label, List<String> values, String note) {
    }

    record SectionView(String title, List<AnswerView> answers) {
    }

    /** The view model of the {@code referral} template: the record first (child, case, who recorded it), then the form's sections. */
    static Map<String, Object> view(Reading reading, String areaName) {
        Referral r = reading.referral();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("area", new Area(areaName, org.safeguard.core.meetings.DocumentViews.MARKING, null));
        view.put("referral", new ReferralView(reading.reference(), reading.onCase().reference(), reading.formTitle(), reading.formSource(),
                r.received().format(DAY), new Referrer(r.referrerName(), r.referrerAgency(), null)));
        List<SectionView> sections = new ArrayList<>();
        sections.add(new SectionView("Record", List.of(
                new AnswerView("Child", List.of(reading.child().reference()), null),
                new AnswerView("Case", List.of(reading.onCase().reference()), null),
                new AnswerView("Referral date", List.of(r.received().format(DAY)), null),
                new AnswerView("Recorded by", List.of(r.recordedBy() == null ? "" : r.recordedBy()), null),
                new AnswerView("Recorded at", List.of(r.recorded() == null ? "" : r.recorded().toString()), null))));
        if (r.facts().any()) {
            var f = r.facts();
            sections.add(new SectionView("What became of the referral", List.of(
                    new AnswerView("Social care outcome", f.socialCareOutcome() == null ? List.of() : List.of(OUTCOMES.get(f.socialCareOutcome())), null),
                    new AnswerView("In contact with CAMHS", f.camhsContact() == null ? List.of() : List.of(f.camhsContact() ? "Yes" : "No"), null),
                    new AnswerView("Times missing before the referral", f.missingBefore() == null ? List.of() : List.of(String.valueOf(f.missingBefore())), null),
                    new AnswerView("Method of initial contact", f.initialContact() == null ? List.of() : List.of(f.initialContact()), null))));
        }
        for (Section s : reading.sections()) {
            sections.add(new SectionView(s.title(), s.answers().stream().map(a -> new AnswerView(a.label(), a.values(), null)).toList()));
        }
        view.put("sections", sections);
        return view;
    }
}
