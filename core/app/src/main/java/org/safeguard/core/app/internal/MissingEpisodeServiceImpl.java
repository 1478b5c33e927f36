package org.safeguard.core.app.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.MissingEpisodeService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.MissingEpisode;

/** {@link MissingEpisodeService} over the store: the episode's state machine is decided here, before anything is written. */
final class MissingEpisodeServiceImpl implements MissingEpisodeService {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final Wiring w;

    MissingEpisodeServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public Episode report(RequestContext ctx, long childId, Instant started, Optional<Return> returned, boolean interviewRequired) {
        List<Problem> problems = new ArrayList<>();
        future(ctx, "from", started, problems);
        returned.map(r -> Inputs.lineProblem("whereFound", r.whereFound())).ifPresent(problems::add);
        returned.ifPresent(r -> {
            future(ctx, "returned", r.at(), problems);
            if (r.at().isBefore(started)) {
                problems.add(Problem.of("returned", "'" + typed(r.at()) + "' is before the start of the episode"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException("refused", problems);
        }
        return w.inTransaction(ctx, tx -> {
            Child c = tx.children().require(childId);
            Instant ends = returned.map(Return::at).orElse(Instant.MAX);
            for (MissingEpisode other : tx.missingEpisodes().forChild(childId)) {
                Instant otherEnds = other.returned() == null ? Instant.MAX : other.returned();
                if (started.isBefore(otherEnds) && other.started().isBefore(ends)) {
                    throw new RefusedException("missing-episodes-overlap", "the child is already recorded missing from " + typed(other.started())
                            + (other.returned() == null ? " and not yet returned" : " to " + typed(other.returned())) + " (missing episode "
                            + other.id() + "): a child is missing once at a time; record the return of that episode, or correct the times");
                }
            }
            MissingEpisode e = tx.missingEpisodes().add(childId, started, returned.map(Return::at).orElse(null),
                    returned.map(Return::whereFound).orElse(null), interviewRequired);
            return episode(e, c, ctx.now());
        });
    }

    @Override
    public Episode recordReturn(RequestContext ctx, long episodeId, Return returned) {
        Inputs.notFuture(ctx, "at", returned.at());
        Inputs.line("whereFound", returned.whereFound());
        return w.inTransaction(ctx, tx -> {
            MissingEpisode before = tx.missingEpisodes().require(episodeId);
            if (!before.open()) {
                throw new RefusedException("return-already-recorded", "missing episode " + episodeId + " already has a return recorded");
            }
            if (returned.at().isBefore(before.started())) {
                throw new RefusedException("return-before-start", "the return is before the start of the missing episode");
            }
            MissingEpisode e = tx.missingEpisodes().recordReturn(episodeId, returned.at(), returned.whereFound());
            return episode(e, tx.children().require(e.childId()), ctx.now());
        });
    }

    @Override
    public Episode recordInterview(RequestContext ctx, long episodeId, Instant held) {
        Inputs.notFuture(ctx, "held", held);
        return w.inTransaction(ctx, tx -> {
            MissingEpisode before = tx.missingEpisodes().require(episodeId);
            if (before.returnInterviewHeld() != null) {
                throw new RefusedException("return-interview-already-recorded", "the return interview of missing episode " + episodeId
                        + " is already recorded (held " + local(before.returnInterviewHeld()) + ")");
            }
            if (before.open()) {
                throw new RefusedException("return-interview-needs-return",
                        "a return interview follows the return; record the return of episode " + episodeId + " first");
            }
            if (held.isBefore(before.returned())) {
                throw InvalidInputException.of("refused", Problem.of("held", "'" + typed(held) + "' is before the return ("
                        + local(before.returned()) + ")"));
            }
            MissingEpisode e = tx.missingEpisodes().recordInterview(episodeId, held);
            return episode(e, tx.children().require(e.childId()), ctx.now());
        });
    }

    @Override
    public List<Episode> list(RequestContext ctx, Long childId) {
        return w.inTransaction(ctx, tx -> {
            Map<Long, Child> children;
            List<MissingEpisode> episodes;
            if (childId == null) {
                episodes = tx.missingEpisodes().all();
                children = tx.children().withIds(episodes.stream().map(MissingEpisode::childId).distinct().toList());
            } else {
                children = Map.of(childId, tx.children().require(childId));
                episodes = tx.missingEpisodes().forChild(childId);
            }
            tx.audit().record("list", "missing_episode", null, childId == null ? "" : "child=" + childId);
            Instant now = ctx.now();
            return episodes.stream().sorted(Comparator.comparing(MissingEpisode::started).thenComparingLong(MissingEpisode::id))
                    .map(e -> episode(e, children.get(e.childId()), now)).toList();
        });
    }

    static Episode episode(MissingEpisode e, Child child, Instant now) {
        return new Episode(e, child, interview(e, now));
    }

    /** Where the return interview stands at a moment. */
    static Interview interview(MissingEpisode e, Instant now) {
        if (e.returnInterviewHeld() != null) {
            return Interview.HELD;
        }
        if (!e.returnInterviewRequired()) {
            return Interview.NOT_REQUIRED;
        }
        if (e.open()) {
            return Interview.AWAITING_RETURN;
        }
        return e.returnInterviewDue().isBefore(now) ? Interview.OVERDUE : Interview.DUE;
    }

    private static void future(RequestContext ctx, String subject, Instant at, List<Problem> problems) {
        try {
            Inputs.notFuture(ctx, subject, at);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
    }

    /** A moment as it is typed, in local time: 2026-11-19T10:00. */
    private static String typed(Instant at) {
        return LocalDateTime.ofInstant(at, RequestContext.ZONE).toString();
    }

    /** A moment as the panel's clock shows it: 2026-11-19 10:00. */
    private static String local(Instant at) {
        return LOCAL.format(at.atZone(RequestContext.ZONE));
    }
}
