package org.safeguard.dsl.model;

import java.util.List;
import java.util.Optional;

/**
 * A kind of meeting an area holds: who chairs and attends, when it may do business, how often it
 * meets, when its papers go out and the structure of its agenda.
 *
 * <p>Invariants after a clean check: chairs and vice chair name roles; attendees name agencies,
 * roles or the fixed participants ({@code parents}, {@code carers}, {@code child},
 * {@code referrer}, {@code key-professionals}); quorum agencies are agencies; templates exist.
 * {@code admits} is the condition a case must meet to go on the meeting's panel ({@code admits case
 * when …}), checked like a rule's; a case that does not is refused, naming the parts that do not hold.
 * Immutable and thread-safe.
 */
public record MeetingType(
    String id,
    String name,
    Optional<String> purpose,
    Optional<Cadence> cadence,
    List<Ref> chairs,
    Optional<Ref> viceChair,
    List<Ref> mustAttend,
    List<Ref> invited,
    Optional<Quorum> quorum,
    Optional<TimeAmount> agendaSentBefore,
    Optional<TimeAmount> minutesDueAfter,
    List<TemplateRef> templates,
    Optional<String> confidentialityNotice,
    List<AgendaEntry> agenda,
    Optional<Condition> admits,
    Span span) {

  public MeetingType {
    chairs = List.copyOf(chairs);
    mustAttend = List.copyOf(mustAttend);
    invited = List.copyOf(invited);
    templates = List.copyOf(templates);
    agenda = List.copyOf(agenda);
  }

  /** The template this meeting names for a document kind, if it names one. */
  public Optional<TemplateRef> template(String document) {
    return templates.stream().filter(t -> t.document().equals(document)).findFirst();
  }
}
