package org.safeguard.core.app.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeguard.core.api.form.CoreField;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FieldType;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.api.language.Finding;
import org.safeguard.core.api.language.Label;
import org.safeguard.core.api.language.LabelChecker;
import org.safeguard.core.api.language.LabelProvider;
import org.safeguard.core.app.LanguageService;
import org.safeguard.core.app.MeetingService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.runtime.Contributions;

/**
 * The language check as the services use it: the enabled plugins' lists then the shared list,
 * compiled once for as long as the plugins stay the same; {@link #note} checks a saved field and
 * adds what it finds to the request's warnings. Thread-safe.
 */
final class Language implements LanguageService {
    private final Wiring w;
    private volatile Compiled compiled;

    private record Compiled(List<Contributions.Entry<LabelProvider>> providers, List<Label> labels, LabelChecker checker) {
    }

    Language(Wiring w) {
        this.w = w;
    }

    @Override
    public List<Finding> check(RequestContext ctx, String text) {
        return compiled().checker().check(text == null ? "" : text);
    }

    @Override
    public List<Label> labels(RequestContext ctx) {
        return compiled().labels();
    }

    /** Checks a field's text as saved, adding what is found to the request's warnings; never refuses, never changes it. */
    void note(RequestContext ctx, String field, String text) {
        if (text != null && !text.isBlank()) {
            ctx.warnings().add(field, check(ctx, text));
        }
    }

    /**
     * The result of a save, after checking the fields it saved: pairs of a field's name and its
     * text as saved. Called with the result of the transaction, so only what was stored is checked.
     */
    <R> R saved(RequestContext ctx, R result, String... fieldsAndTexts) {
        for (int i = 0; i + 1 < fieldsAndTexts.length; i += 2) {
            note(ctx, fieldsAndTexts[i], fieldsAndTexts[i + 1]);
        }
        return result;
    }

    /** The result of recording minutes, after checking their notes, discussions, decisions and actions (stored stripped). */
    <R> R savedMinutes(RequestContext ctx, R result, MeetingService.MinutesInput minutes) {
        for (MeetingService.ItemMinutes item : nullSafe(minutes.items())) {
            String at = "item " + item.item().strip() + " ";
            note(ctx, at + "notes", stripped(item.notes()));
            nullSafe(item.decisions()).forEach(d -> note(ctx, at + "decision", stripped(d)));
            nullSafe(item.actions()).forEach(a -> note(ctx, at + "action", stripped(a.description())));
            for (MeetingService.CaseMinutes c : nullSafe(item.cases())) {
                String onCase = at + "case " + c.caseReference().strip() + " ";
                note(ctx, onCase + "discussion", stripped(c.discussion()));
                nullSafe(c.decisions()).forEach(d -> note(ctx, onCase + "decision", stripped(d)));
            }
        }
        return result;
    }

    private static String stripped(String s) {
        return s == null ? null : s.strip();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Checks every free-text answer of a form as saved (text fields, and those of repeated groups). */
    void noteAnswers(RequestContext ctx, FormDefinition form, Map<String, ?> answers) {
        if (form == null || answers == null) {
            return;
        }
        for (FieldDefinition f : form.fields()) {
            noteField(ctx, form.id(), f, answers.get(f.id()));
        }
    }

    private void noteField(RequestContext ctx, String formId, FieldDefinition f, Object value) {
        if (value == null) {
            return;
        }
        // a field bound to a core concept other than the narrative holds names, addresses and contacts, not wording
        boolean wording = f.binding() == null || f.binding() == CoreField.NARRATIVE;
        if (wording && (f.type() == FieldType.TEXT || f.type() == FieldType.LONG_TEXT) && value instanceof String s) {
            note(ctx, formId + " " + f.id(), s);
        } else if (f.type() == FieldType.GROUP && value instanceof List<?> rows) {
            for (Object row : rows) {
                if (row instanceof Map<?, ?> m) {
                    for (FieldDefinition sub : f.fields()) {
                        noteField(ctx, formId, sub, m.get(sub.id()));
                    }
                }
            }
        }
    }

    private Compiled compiled() {
        List<Contributions.Entry<LabelProvider>> providers = w.home().exists() ? w.container().labels().entries() : List.of();
        Compiled c = compiled;
        if (c == null || !c.providers().equals(providers)) {
            List<Label> labels = new ArrayList<>();
            providers.forEach(p -> labels.addAll(p.item().labels()));
            labels.addAll(SharedLabels.LABELS);
            c = new Compiled(providers, List.copyOf(labels), LabelChecker.of(labels));
            compiled = c;
        }
        return c;
    }
}
