package org.safeguard.core.cli.internal;

import java.util.Map;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.api.instrument.InstrumentResult;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.runtime.Container;
import org.safeguard.core.store.Store;

/**
 * Scoring answers with an enabled instrument and, for a child, recording the result on the
 * child's open case in the instrument's area — draft or final — in one transaction.
 */
final class Assessing {
    /** What happened: the result, and where it was stored (null for a preview). */
    record Outcome(Instrument instrument, InstrumentResult result, Assessment stored, CaseRecord onCase) {
    }

    private Assessing() {
    }

    static Outcome preview(Container container, String instrumentId, Map<String, String> answers) {
        Instrument instrument = InstrumentsCommand.require(container, instrumentId);
        return new Outcome(instrument, instrument.score(answers), null, null);
    }

    static Outcome record(Container container, Store store, String actor, String instrumentId, Map<String, String> answers,
                          long childId, boolean asFinal) {
        Instrument instrument = InstrumentsCommand.require(container, instrumentId);
        InstrumentResult result = instrument.score(answers);
        if (asFinal && !result.complete()) {
            throw new SafeguardException("cannot finalise: " + result.missing().size() + " factor(s) unanswered ("
                    + String.join(", ", result.missing()) + "); answer them, or leave out --final to save a draft");
        }
        String area = areaOf(container, instrumentId);
        return store.inTransaction(actor, tx -> {
            tx.children().require(childId);
            CaseRecord c = tx.cases().openFor(childId, area).orElseThrow(() -> new SafeguardException(
                    "child " + childId + " has no open case in " + area + "; record a referral first (safeguard referral add)"));
            tx.instrumentVersions().remember(instrument);
            Assessment a = tx.assessments().add(c.id(), childId, result, asFinal ? AssessmentStatus.FINAL : AssessmentStatus.DRAFT);
            if (asFinal) {
                tx.classifications().change(c.id(), instrument.id(), result.level(),
                        instrument.title() + " #" + a.id() + ": " + result.score() + " points (" + result.band() + ")", a.id());
            }
            return new Outcome(instrument, result, a, c);
        });
    }

    /** The area whose plugin offers the instrument: cases live in areas, instruments in plugins. */
    static String areaOf(Container container, String instrumentId) {
        String plugin = container.instruments().entries().stream().filter(e -> e.id().equals(instrumentId))
                .findFirst().orElseThrow().pluginId();
        return container.areas().entries().stream().filter(e -> e.pluginId().equals(plugin)).map(e -> e.id())
                .findFirst().orElseThrow(() -> new SafeguardException("plugin " + plugin + " offers no area to record assessments in"));
    }
}
