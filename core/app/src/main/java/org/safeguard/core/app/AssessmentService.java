package org.safeguard.core.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.ChecklistResult;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.api.instrument.InstrumentResult;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.model.Screening;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Role;

/**
 * Assessment instruments and assessments: the instruments the enabled plugins offer, scoring
 * answers as a preview (which needs only the plugins, never the database), and recording a
 * result on a child's open case in the instrument's area, as a draft or as final. A final
 * assessment becomes the case's current risk and its instrument's classification of the case.
 * Implementations are thread-safe.
 */
public interface AssessmentService {
    /**
     * An instrument an enabled plugin offers.
     *
     * @param plugin     the plugin's id
     * @param instrument the instrument
     */
    record Offered(String plugin, Instrument instrument) {
    }

    /**
     * Where a result was recorded.
     *
     * @param assessment the assessment as stored (it names what it supersedes)
     * @param onCase     the case it is on
     */
    record Recorded(Assessment assessment, CaseRecord onCase) {
    }

    /**
     * A scored set of answers.
     *
     * @param instrument the instrument that scored them
     * @param result     the score, band and level (none while incomplete), and the answers normalised
     * @param recorded   where it was recorded; empty for a preview
     */
    record Outcome(Instrument instrument, InstrumentResult result, Optional<Recorded> recorded) {
    }

    /** The enabled plugins' instruments, in the order the plugins offer them. */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    List<Offered> instruments(RequestContext ctx);

    /**
     * The enabled instrument with this id.
     *
     * @throws org.safeguard.core.api.NotFoundException naming the likely one, or saying its plugin is disabled
     */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    Instrument instrument(RequestContext ctx, String instrumentId);

    /**
     * Scores answers and stores nothing; does not open the database. Answers are factor number
     * or id to score, and supplementary question id to yes/no.
     *
     * @throws org.safeguard.core.api.InvalidInputException with every bad answer
     */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    Outcome preview(RequestContext ctx, String instrumentId, Map<String, String> answers);

    /**
     * Scores answers and records them on the child's open case in the instrument's area, in one
     * transaction. A final assessment needs every factor answered, supersedes the case's earlier
     * final of the same instrument, and records the level as the case's classification by it.
     *
     * @throws org.safeguard.core.api.RefusedException {@code final-needs-every-factor} when a final is incomplete,
     *         {@code open-case-needed} when the child has no open case in the area
     */
    @Needs(Role.PRACTITIONER)
    Outcome record(RequestContext ctx, String instrumentId, Map<String, String> answers, long childId, AssessmentStatus status);

    /**
     * A checklist's result on a set of answers.
     *
     * @param checklist the checklist that read them
     * @param result    what it proposes, the rules that produced each proposal, what is still unknown
     * @param recorded  where it was recorded; empty for a preview
     */
    record Screened(Checklist checklist, ChecklistResult result, Optional<ScreeningRecorded> recorded) {
    }

    /** Where a checklist's result was recorded. */
    record ScreeningRecorded(Screening screening, CaseRecord onCase) {
    }

    /** The enabled plugins' checklist instruments, by id. */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    List<Checklist> checklists(RequestContext ctx);

    /** Whether an enabled plugin offers a checklist of this id (rather than a scored instrument). */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    boolean isChecklist(RequestContext ctx, String id);

    /**
     * Reads answers with a checklist and stores nothing; does not open the database. Answers are
     * question id to yes, no or unknown, or a whole number for a number question.
     *
     * @throws org.safeguard.core.api.InvalidInputException with every bad answer, an unknown id with the nearest
     */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    Screened screen(RequestContext ctx, String checklistId, Map<String, String> answers);

    /**
     * Reads answers with a checklist and records the result on the child's open case in the
     * checklist's area, with the checklist version kept as it was (so the result is reproducible).
     *
     * @throws org.safeguard.core.api.RefusedException {@code open-case-needed} when the child has no open case in the area
     */
    @Needs(Role.PRACTITIONER)
    default Screened recordScreening(RequestContext ctx, String checklistId, Map<String, String> answers, long childId) {
        return recordScreening(ctx, checklistId, answers, Map.of(), childId);
    }

    /**
     * The same, with a note per answer (question id to the note: Swindon §9.3 asks each criterion
     * "with a note"), kept with the screening as written; each note is language-checked like every
     * saved text, warning and never refusing. A note on an id that is not a question of the
     * checklist is refused with the nearest id.
     */
    @Needs(Role.PRACTITIONER)
    Screened recordScreening(RequestContext ctx, String checklistId, Map<String, String> answers, Map<String, String> notes, long childId);
}
