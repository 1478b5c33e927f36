package org.safeguard.dsl.model;

/**
 * What meets a deadline: {@code met by final assessment lancashire.cse2}, {@code met by meeting
 * se-strategy held with the case}, {@code met by return interview}, {@code met by decision
 * strategy}. A deadline is met by the first such event at or after its anchor; several are
 * joined with {@code or}.
 *
 * <p>All implementations are immutable records and thread-safe.
 */
public sealed interface MetBy {

  /** Where it was written. */
  Span span();

  /** How it reads in a sentence: "a final assessment of lancashire.cse2". */
  String describe();

  /** {@code final assessment INSTRUMENT}: an assessment of the instrument made final. */
  record FinalAssessment(Ref instrument, Span span) implements MetBy {
    @Override
    public String describe() {
      return "a final assessment of " + instrument.name();
    }
  }

  /** {@code meeting TYPE held with the case}: a meeting of the type, not cancelled, that has begun, with the case on it. */
  record MeetingHeld(Ref meeting, Span span) implements MetBy {
    @Override
    public String describe() {
      return "a " + meeting.name() + " meeting held with the case";
    }
  }

  /** {@code return interview}: the return interview after the latest missing episode was held (or recorded as not needed). */
  record ReturnInterview(Span span) implements MetBy {
    @Override
    public String describe() {
      return "a return interview";
    }
  }

  /** {@code decision KIND}: a decision of that kind recorded on the case. */
  record DecisionRecorded(Ref kind, Span span) implements MetBy {
    @Override
    public String describe() {
      return "a decision of kind " + kind.name();
    }
  }
}
