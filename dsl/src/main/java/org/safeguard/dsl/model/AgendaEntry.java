package org.safeguard.dsl.model;

import java.util.List;
import java.util.Optional;

/**
 * One entry of a meeting's agenda: a part, a section or an item. Parts appear only at the top of
 * the agenda; sections and items nest inside parts and sections.
 *
 * <p>All implementations are immutable records and thread-safe.
 */
public sealed interface AgendaEntry {

  /** The entry's heading as written, possibly empty for a part. */
  String title();

  /** Where the entry was written. */
  Span span();

  /**
   * A numbered or named part, e.g. {@code part 2 "Intelligence" confidential without parents}.
   * {@code without} lists who leaves for a confidential part; it is empty for an open part.
   */
  record Part(String label, String title, boolean confidential, List<Ref> without,
      List<AgendaEntry> entries, Span span) implements AgendaEntry {
    public Part {
      without = List.copyOf(without);
      entries = List.copyOf(entries);
    }
  }

  /** A heading grouping items. */
  record Section(String title, List<AgendaEntry> entries, Span span) implements AgendaEntry {
    public Section {
      entries = List.copyOf(entries);
    }
  }

  /**
   * An item: once, or once per case matching {@code forEachCase}; optionally listing the panel's
   * actions, under the area's strands when {@code byStrand} (the activity plan); optionally
   * rendered by a named template.
   */
  record Item(String title, Optional<CaseFilter> forEachCase, Optional<ActionList> lists, boolean byStrand,
      Optional<Ref> template, Span span) implements AgendaEntry {}

  /** Which actions an item lists. */
  enum ActionList {
    DUE, OVERDUE, OPEN;

    /** The word used in the text. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
