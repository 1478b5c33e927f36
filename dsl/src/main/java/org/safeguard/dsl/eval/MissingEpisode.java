package org.safeguard.dsl.eval;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One missing episode of a child: when it started and, once the child returned or was found,
 * when. Immutable and thread-safe.
 */
public record MissingEpisode(Instant start, Optional<Instant> returned, Optional<Instant> interviewHeld, boolean interviewRequired) {
  public MissingEpisode {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(returned, "returned");
    Objects.requireNonNull(interviewHeld, "interviewHeld");
  }

  /** An episode whose return interview is required and not yet held. */
  public MissingEpisode(Instant start, Optional<Instant> returned) {
    this(start, returned, Optional.empty(), true);
  }

  /** An episode; {@code returned} may be null while the child is still missing. */
  public static MissingEpisode of(Instant start, Instant returned) {
    return new MissingEpisode(start, Optional.ofNullable(returned));
  }
}
