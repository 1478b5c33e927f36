package org.safeguard.core.app.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.ChecklistResult;
import org.safeguard.core.api.checklist.Question;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.api.instrument.InstrumentResult;
import org.safeguard.core.app.AssessmentService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Screening;
import org.safeguard.core.runtime.Container;

/**
 * {@link AssessmentService}: instruments from the enabled plugins; a preview touches only the
 * container (the wiring opens the store lazily, so the database is never opened for it).
 */
final class AssessmentServiceImpl implements AssessmentService {
    private final Wiring w;

    AssessmentServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public List<Offered> instruments(RequestContext ctx) {
        return w.container().instruments().entries().stream().map(e -> new Offered(e.pluginId(), e.item())).toList();
    }

    @Override
    public Instrument instrument(RequestContext ctx, String instrumentId) {
        Container container = w.container();
        return container.instruments().find(instrumentId).orElseThrow(() -> {
            if (container.instruments().findIncludingDisabled(instrumentId).isPresent()) {
                return new NotFoundException("instrument " + instrumentId + " belongs to a disabled plugin; no new assessments can use it");
            }
            List<String> ids = container.instruments().ids();
            return new NotFoundException("no instrument '" + instrumentId + "'"
                    + Suggestions.closest(instrumentId, ids).map(s -> " — did you mean '" + s + "'?")
                    .orElse(ids.isEmpty() ? " (no instruments: is an area plugin enabled?)" : " (available: " + String.join(", ", ids) + ")"));
        });
    }

    @Override
    public Outcome preview(RequestContext ctx, String instrumentId, Map<String, String> answers) {
        Instrument instrument = instrument(ctx, instrumentId);
        return new Outcome(instrument, instrument.score(answers), Optional.empty());
    }

    @Override
    public Outcome record(RequestContext ctx, String instrumentId, Map<String, String> answers, long childId, AssessmentStatus status) {
        Instrument instrument = instrument(ctx, instrumentId);
        InstrumentResult result = instrument.score(answers);
        boolean asFinal = status == AssessmentStatus.FINAL;
        if (asFinal && !result.complete()) {
            throw new RefusedException("final-needs-every-factor", "cannot finalise: " + result.missing().size() + " factor(s) unanswered ("
                    + String.join(", ", result.missing()) + ")");
        }
        String area = areaOf(w.container(), instrumentId);
        return w.inTransaction(ctx, tx -> {
            tx.children().require(childId);
            CaseRecord c = tx.cases().openFor(childId, area).orElseThrow(() -> new RefusedException("open-case-needed",
                    "child " + childId + " has no open case in " + area));
            tx.instrumentVersions().remember(instrument);
            Assessment a = tx.assessments().add(c.id(), childId, result, status);
            if (asFinal) {
                tx.classifications().change(c.id(), instrument.id(), result.level(),
                        instrument.title() + " #" + a.id() + ": " + result.score() + " points (" + result.band() + ")", a.id());
            }
            return new Outcome(instrument, result, Optional.of(new Recorded(a, c)));
        });
    }

    @Override
    public List<Checklist> checklists(RequestContext ctx) {
        return w.container().checklists().all();
    }

    @Override
    public boolean isChecklist(RequestContext ctx, String id) {
        return w.container().checklists().find(id.strip()).isPresent();
    }

    private Checklist checklist(String checklistId) {
        Container container = w.container();
        return container.checklists().find(checklistId.strip()).orElseThrow(() -> {
            if (container.checklists().findIncludingDisabled(checklistId.strip()).isPresent()) {
                return new NotFoundException("checklist " + checklistId + " belongs to a disabled plugin; no new screening can use it");
            }
            return new NotFoundException("no checklist '" + checklistId + "'" + Suggestions.closest(checklistId, container.checklists().ids())
                    .map(s -> " — did you mean '" + s + "'?").orElse(""));
        });
    }

    @Override
    public Screened screen(RequestContext ctx, String checklistId, Map<String, String> answers) {
        Checklist checklist = checklist(checklistId);
        return new Screened(checklist, checklist.evaluate(answers), Optional.empty());
    }

    @Override
    public Screened recordScreening(RequestContext ctx, String checklistId, Map<String, String> given, Map<String, String> notes,
                                    long childId) {
        Checklist checklist = checklist(checklistId);
        Map<String, String> kept = notes(checklist, notes);
        String plugin = w.container().checklists().entries().stream().filter(e -> e.id().equals(checklist.id())).findFirst().orElseThrow().pluginId();
        String area = areaOfPlugin(w.container(), plugin);
        Screened screened = w.inTransaction(ctx, tx -> {
            org.safeguard.core.model.Child child = tx.children().require(childId);
            CaseRecord c = tx.cases().openFor(childId, area).orElseThrow(() -> new RefusedException("open-case-needed",
                    "child " + childId + " has no open case in " + area));
            ChecklistResult result = checklist.evaluate(withAge(checklist, given, child, ctx));
            tx.screenings().remember(checklist);
            Screening s = tx.screenings().add(c.id(), childId, result, kept);
            return new Screened(checklist, result, Optional.of(new ScreeningRecorded(s, c)));
        });
        kept.forEach((id, note) -> w.language().note(ctx, checklist.id() + " note on " + id, note));
        return screened;
    }

    /** The notes by question id in the checklist's order, blank ones left out; an id that is no question of it is refused. */
    private static Map<String, String> notes(Checklist checklist, Map<String, String> notes) {
        List<String> ids = checklist.questions().stream().map(Question::id).toList();
        List<Problem> problems = new ArrayList<>();
        notes.keySet().stream().map(String::strip).filter(k -> !ids.contains(k)).forEach(k -> problems.add(new Problem(
                "note " + k, "is not a question of " + checklist.title(), Suggestions.closest(k, ids).orElse(null))));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(checklist.title() + " refused", problems);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : ids) {
            notes.forEach((k, v) -> {
                if (k.strip().equals(id) && v != null && !v.isBlank()) {
                    out.put(id, v);
                }
            });
        }
        return out;
    }

    /**
     * The answers with the child's age worked out from the date of birth, when the checklist asks
     * it and the date is recorded; a given age that disagrees is refused.
     */
    private static Map<String, String> withAge(Checklist checklist, Map<String, String> given, org.safeguard.core.model.Child child,
                                               RequestContext ctx) {
        Optional<org.safeguard.core.api.checklist.Question> age = checklist.childAge();
        if (age.isEmpty() || child.dateOfBirth() == null) {
            return given;
        }
        String id = age.get().id();
        String actual = String.valueOf(child.ageOn(ctx.today()));
        Map<String, String> out = new java.util.LinkedHashMap<>(given);
        String typed = given.entrySet().stream().filter(e -> e.getKey().strip().equals(id)).map(Map.Entry::getValue).findFirst().orElse(null);
        if (typed != null && !typed.strip().equals(actual)) {
            throw org.safeguard.core.api.InvalidInputException.of(checklist.title() + " refused", org.safeguard.core.api.Problem.of(id,
                    "'" + typed.strip() + "' disagrees with the child's date of birth, which gives " + actual + " (leave it out to use that)"));
        }
        out.keySet().removeIf(k -> k.strip().equals(id));
        out.put(id, actual);
        return out;
    }

    /** The area whose plugin offers the instrument: cases live in areas, instruments in plugins. */
    private static String areaOf(Container container, String instrumentId) {
        String plugin = container.instruments().entries().stream().filter(e -> e.id().equals(instrumentId))
                .findFirst().orElseThrow().pluginId();
        return areaOfPlugin(container, plugin);
    }

    private static String areaOfPlugin(Container container, String plugin) {
        return container.areas().entries().stream().filter(e -> e.pluginId().equals(plugin)).map(e -> e.id())
                .findFirst().orElseThrow(() -> new RefusedException("instrument-area-needed",
                        "plugin " + plugin + " offers no area to record assessments in"));
    }
}
