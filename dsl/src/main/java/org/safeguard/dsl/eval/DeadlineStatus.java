package org.safeguard.dsl.eval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.safeguard.dsl.model.Deadline;

/**
 * Where one deadline stands for one case at the time of evaluation: when it is due, the last
 * local date allowed (Europe/London), when it was met, and its state. Immutable and thread-safe.
 *
 * @param due the instant from which it has passed unless met; empty while its event has not happened
 * @param met when the first evidence its {@code met by} names was recorded, at or after its event
 */
public record DeadlineStatus(Deadline deadline, Optional<Instant> due, Optional<Instant> met, State state) {
  /** {@code PENDING}: its event has not happened, so it is not running. */
  public enum State {
    PENDING, OPEN, MET, OVERDUE;

    /** As JSON and the command line say it: open, met, overdue, pending. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public DeadlineStatus {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(met, "met");
    Objects.requireNonNull(state, "state");
  }

  /**
   * The last local date on which it may still be done: the date of the instant just before it is
   * due (due at 00:00 on 1 May means by the end of 30 April).
   */
  public Optional<LocalDate> dueDate() {
    return due.map(d -> LocalDate.ofInstant(d.minusNanos(1), WorkingCalendar.ZONE));
  }

  /** Met after it was due. */
  public boolean metLate() {
    return met.isPresent() && due.isPresent() && met.get().isAfter(due.get());
  }
}
