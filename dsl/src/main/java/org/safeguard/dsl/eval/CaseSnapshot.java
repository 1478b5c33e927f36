package org.safeguard.dsl.eval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable {@link CaseFacts} built from values, for tests and for the core when it has the
 * facts in memory.
 *
 * <p>Immutable and thread-safe once built; the builder is not thread-safe.
 */
public final class CaseSnapshot implements CaseFacts {
  private final Instant now;
  private final Map<String, Object> values;
  private final List<MissingEpisode> episodes;
  private final List<AssessmentResult> assessments;
  private final Map<String, Instant> anchors;
  private final Map<String, Instant> met;
  private final int actionsOverdue;
  private final List<CaseEvent> events;

  private CaseSnapshot(Builder b) {
    this.events = List.copyOf(b.events);
    this.now = Objects.requireNonNull(b.now, "now");
    this.values = Map.copyOf(b.values);
    this.episodes = List.copyOf(b.episodes);
    this.assessments = List.copyOf(b.assessments);
    this.anchors = Map.copyOf(b.anchors);
    this.met = Map.copyOf(b.met);
    this.actionsOverdue = b.actionsOverdue;
  }

  /** Starts a snapshot for the time {@code now}. */
  public static Builder at(Instant now) {
    return new Builder(now);
  }

  @Override public Instant now() { return now; }
  @Override public Optional<Object> value(String path) { return Optional.ofNullable(values.get(path)); }
  @Override public List<MissingEpisode> missingEpisodes() { return episodes; }
  @Override public List<AssessmentResult> assessments() { return assessments; }
  @Override public Optional<Instant> anchor(String event) { return Optional.ofNullable(anchors.get(event)); }
  @Override public Optional<Instant> met(String deadlineId) { return Optional.ofNullable(met.get(deadlineId)); }
  @Override public int actionsOverdue() { return actionsOverdue; }
  @Override public List<CaseEvent> events() { return events; }

  /** Collects the facts of a {@link CaseSnapshot}. */
  public static final class Builder {
    private final Instant now;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<MissingEpisode> episodes = new ArrayList<>();
    private final List<AssessmentResult> assessments = new ArrayList<>();
    private final Map<String, Instant> anchors = new LinkedHashMap<>();
    private final Map<String, Instant> met = new LinkedHashMap<>();
    private int actionsOverdue;
    private final List<CaseEvent> events = new ArrayList<>();

    private Builder(Instant now) {
      this.now = now;
    }

    /** Sets a core field by catalogue path; the value must have the type {@link CaseField} lists. */
    public Builder set(String path, Object value) {
      CaseField field = CaseField.byPath(path)
          .orElseThrow(() -> new IllegalArgumentException("not a catalogue field: " + path + " (a plugin's field is set with set(field, value))"));
      return set(field, value);
    }

    /** Sets a field, a core one or one a plugin adds; the value must have the field's type. */
    public Builder set(CaseField field, Object value) {
      if (!fits(field.kind(), value)) {
        throw new IllegalArgumentException(field.path() + " takes " + field.kind().description() + ", not " + value);
      }
      values.put(field.path(), value);
      return this;
    }

    public Builder missing(Instant start, Instant returned) {
      episodes.add(MissingEpisode.of(start, returned));
      return this;
    }

    /** A missing episode with where its return interview stands. */
    public Builder missing(Instant start, Instant returned, Instant interviewHeld, boolean interviewRequired) {
      episodes.add(new MissingEpisode(start, Optional.ofNullable(returned), Optional.ofNullable(interviewHeld), interviewRequired));
      return this;
    }

    /** A meeting of the type held with the case on it, from when it began. */
    public Builder meetingHeld(String type, Instant at) {
      events.add(new CaseEvent(CaseEvent.Kind.MEETING_HELD, type, at));
      return this;
    }

    /** A decision of the kind recorded on the case; {@code on} the start of the day decided. */
    public Builder decision(String kind, Instant on) {
      events.add(new CaseEvent(CaseEvent.Kind.DECISION, kind, on));
      return this;
    }

    public Builder assessment(String instrument, Instant completed, String band, String level, Integer score) {
      assessments.add(AssessmentResult.of(instrument, completed, band, level, score));
      return this;
    }

    public Builder anchor(String event, Instant when) {
      anchors.put(event, when);
      return this;
    }

    public Builder met(String deadlineId, Instant when) {
      met.put(deadlineId, when);
      return this;
    }

    public Builder actionsOverdue(int count) {
      actionsOverdue = count;
      return this;
    }

    public CaseSnapshot build() {
      return new CaseSnapshot(this);
    }

    private static boolean fits(CaseField.Kind kind, Object value) {
      return switch (kind) {
        case NUMBER, SCORE -> value instanceof Number;
        case BOOLEAN -> value instanceof Boolean;
        case FIXED, CODE, BAND, LEVEL -> value instanceof String;
        case CODE_SET -> value instanceof Set<?>;
        case DATE -> value instanceof LocalDate;
        case DATE_TIME -> value instanceof Instant;
      };
    }
  }
}
