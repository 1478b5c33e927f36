package org.safeguard.core.app;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.MissingEpisode;
import org.safeguard.core.model.Role;

/**
 * A child's missing episodes and their return interviews. An episode moves one way only:
 * reported (still missing), then returned or found (once), then its return interview held
 * (once, never before the return), unless none is required. Every moment given is one that
 * has happened, by the request's clock. Refusals name their rule: {@code return-already-recorded},
 * {@code return-before-start}, {@code return-interview-needs-return},
 * {@code return-interview-already-recorded}. Implementations are thread-safe.
 */
public interface MissingEpisodeService {
    /** Where an episode's return interview stands at a moment. */
    enum Interview {
        /** The interview was held. */
        HELD,
        /** None is required for this episode. */
        NOT_REQUIRED,
        /** The child is still missing: the interview follows the return. */
        AWAITING_RETURN,
        /** Returned; the interview is not yet held and not yet late. */
        DUE,
        /** Returned; the interview is not held and its due moment has passed. */
        OVERDUE
    }

    /**
     * The return of a missing child.
     *
     * @param at         when the child returned or was found
     * @param whereFound where they were found, or null when not known
     */
    record Return(Instant at, String whereFound) {
        public Return {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * An episode with its child, and where its return interview stands by the request's clock.
     *
     * @param episode   the episode as recorded
     * @param child     its child
     * @param interview where the return interview stands
     */
    record Episode(MissingEpisode episode, Child child, Interview interview) {
        /** Whether the interview was held after it was due. */
        public boolean interviewLate() {
            Instant due = episode.returnInterviewDue();
            return due != null && episode.returnInterviewHeld() != null && episode.returnInterviewHeld().isAfter(due);
        }
    }

    /**
     * Records that a child went missing at {@code started} and, when known already, their return.
     *
     * @param interviewRequired whether a return interview is required (it is due within
     *                          {@link MissingEpisode#RETURN_INTERVIEW_WITHIN} of the return)
     */
    @Needs(Role.PRACTITIONER)
    Episode report(RequestContext ctx, long childId, Instant started, Optional<Return> returned, boolean interviewRequired);

    /** Records the return of a child still missing; refused once a return is recorded or if it is before the start. */
    @Needs(Role.PRACTITIONER)
    Episode recordReturn(RequestContext ctx, long episodeId, Return returned);

    /** Records that the return interview was held; refused before the return, and when already recorded. */
    @Needs(Role.PRACTITIONER)
    Episode recordInterview(RequestContext ctx, long episodeId, Instant held);

    /** Episodes, oldest first: one child's, or every child's when {@code childId} is null. The listing is audited. */
    @Needs(Role.PRACTITIONER)
    List<Episode> list(RequestContext ctx, Long childId);
}
