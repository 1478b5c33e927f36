package org.safeguard.core.api.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A panel's report to its safeguarding board for a period, as the area's protocol asks for it
 * (London's MASE report to the LSCB CSE sub-group): the meetings of one type held, the cases
 * they discussed, the themes recorded on those cases' forms, the trends month by month, the
 * activity tracked against the area's strands, and the planned activity for the next period.
 * The strands are the area definition's ({@code strands …}), so an administrator can change
 * them; the report names what a plugin knows: which meeting type is the panel and which form
 * answers are its themes. Build one with {@link #builder(String)}; immutable.
 *
 * @param id          the report's id within its area ({@code report panel --area A --report ID})
 * @param meetingType the id of the panel's meeting type in the area definition
 * @param themes      the case-form answers counted over the cases discussed, in the order printed
 * @since 1.1
 */
public record PanelReport(String id, String title, String source, String meetingType, List<Theme> themes, List<String> notes) {
    public PanelReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(meetingType, "meetingType");
        themes = List.copyOf(themes);
        notes = List.copyOf(notes);
    }

    /**
     * A theme: one answer of a case form, counted over the cases the panel discussed (their
     * latest version of the form). A yes/no answer counts the cases answering yes; a code or a
     * set of codes counts the cases with each code of its list.
     *
     * @param firstIsPrimary for a set of codes whose first is the main one (London's primary CSE
     *                       model), whether to count the first codes on their own too
     */
    public record Theme(String title, String form, String field, boolean firstIsPrimary) {
        public Theme {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(field, "field");
        }
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link PanelReport}; a slot added later gets a default, so no plugin breaks. */
    public static final class Builder {
        private final String id;
        private String title;
        private String source = "";
        private String meetingType;
        private final List<Theme> themes = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** The panel's meeting type, as the area definition names it. */
        public Builder meetingType(String meetingType) {
            this.meetingType = meetingType;
            return this;
        }

        /** A theme counted from one answer of a case form. */
        public Builder theme(String title, String form, String field) {
            themes.add(new Theme(title, form, field, false));
            return this;
        }

        /** A theme from a set of codes whose first is the main one, counted in full and by its first codes. */
        public Builder themeWithPrimary(String title, String form, String field) {
            themes.add(new Theme(title, form, field, true));
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public PanelReport build() {
            return new PanelReport(id, title == null ? id : title, source, meetingType, themes, notes);
        }
    }
}
